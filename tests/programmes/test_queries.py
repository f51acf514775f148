"""N+1 guards: each page costs the same number of queries for 1 and for 30 projects."""

import pytest

from tests.factories.programmes import (
    make_event,
    make_organisation,
    make_programme,
    make_project,
    make_publication,
)

pytestmark = pytest.mark.django_db

COUNTS = [1, 30]


@pytest.fixture
def mri():
    return make_programme()


def fill(mri, count):
    office = make_organisation("Sozialamt", kind="amt")
    for number in range(count):
        sponsor = office if number % 2 else make_organisation()
        make_project(
            mri,
            fields=[1 + number % 5, 1 + (number + 2) % 5],
            sponsor=sponsor,
            partners=[make_organisation()],
            amount=None if number % 3 == 0 else 1000 + number,
        )
        make_event(mri, title=f"Veranstaltung {number}")
        make_publication(mri).portrayed.set([make_organisation(), sponsor])


@pytest.mark.parametrize("count", COUNTS)
def test_project_list_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, count)
    # programmes, fields, years (filter choices); count, page, its fields of action
    with django_assert_num_queries(6):
        response = client.get("/projekte/")
    assert response.context["page_obj"].paginator.count == count


@pytest.mark.parametrize("count", COUNTS)
def test_filtered_project_list_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, count)
    with django_assert_num_queries(6):
        response = client.get("/projekte/?programm=modellregion-integration&handlungsfeld=modellregion-integration-1&jahr=2011")
    assert response.status_code == 200


@pytest.mark.parametrize("count", COUNTS)
def test_programme_page_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, count)
    # programme (+ fields, events), projects (+ fields), figures, totals, publications (+ portrayed), calls, successor,
    # and the articles about the programme (news)
    with django_assert_num_queries(12):
        response = client.get("/programme/modellregion-integration/")
    assert response.status_code == 200


@pytest.mark.parametrize("count", COUNTS)
def test_field_page_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, count)
    with django_assert_num_queries(5):
        response = client.get("/programme/modellregion-integration/handlungsfelder/1/")
    assert response.status_code == 200


@pytest.mark.parametrize("count", COUNTS)
def test_publications_page_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, count)
    with django_assert_num_queries(2):
        response = client.get("/publikationen/")
    assert len(response.context["publications"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_project_page_query_count(client, django_assert_num_queries, mri, count):
    fill(mri, 1)
    project = make_project(mri, fields=[1, 2, 3], partners=[make_organisation() for _ in range(count)])
    # project (with programme, sponsor, contact), its fields, its partners, the page's own,
    # and the articles about the project (news)
    with django_assert_num_queries(7):
        response = client.get(project.get_absolute_url())
    assert response.status_code == 200


def profile_queries(client, association):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(association.get_absolute_url())
    assert response.status_code == 200
    return len(queries)


def test_organisation_profile_section_query_count_does_not_grow(client, mri):
    counts = []
    for size in COUNTS:
        association = make_organisation(f"Verein mit {size} Projekten")
        for _ in range(size):
            make_project(mri, sponsor=association, fields=[1])
            make_project(mri, partners=[association], fields=[2])
            make_publication(mri).portrayed.set([association])
        counts.append(profile_queries(client, association))
    assert counts[0] == counts[1]
