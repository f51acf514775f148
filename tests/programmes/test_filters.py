"""The project list's filters: they combine, unknown values are ignored, pages keep them."""

import datetime

import pytest

from programmes.models import Project
from tests.factories.programmes import make_organisation, make_programme, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    mri = make_programme()
    wir = make_programme("wir", name="WIR", short_name="WIR", start=datetime.date(2014, 1, 1), end=None, fields=2)
    office = make_organisation("Sozialamt", kind="amt")
    association = make_organisation("Griechischer Elternverein")
    return {
        "mri_city_1": make_project(mri, fields=[1], sponsor=office, start_year=2010, end_year=2011, title="A"),
        "mri_free_1": make_project(mri, fields=[1, 3], sponsor=association, start_year=2012, end_year=2013, title="B"),
        "mri_free_3": make_project(
            mri, fields=[3], sponsor=association, start_year=2011, end_year=2011, title="C", state=Project.State.RUNNING
        ),
        "wir_free_1": make_project(
            wir, fields=[1], sponsor=association, start_year=2018, end_year=None, title="D", state=Project.State.RUNNING
        ),
        "wir_city_2": make_project(wir, fields=[2], sponsor=office, start_year=None, end_year=None, title="E", state=Project.State.PLANNED),
    }


def listed(client, query):
    response = client.get(f"/projekte/{query}")
    assert response.status_code == 200
    return sorted(project.title for project in response.context["page_obj"].paginator.object_list)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["A", "B", "C", "D", "E"]),
        ("?programm=modellregion-integration", ["A", "B", "C"]),
        ("?handlungsfeld=modellregion-integration-1", ["A", "B"]),
        ("?handlungsfeld=wir-1", ["D"]),
        ("?traeger=stadt", ["A", "E"]),
        ("?traeger=frei", ["B", "C", "D"]),
        ("?stand=laufend", ["C", "D"]),
        ("?jahr=2011", ["A", "C"]),
        ("?jahr=2020", ["D"]),
        ("?programm=modellregion-integration&traeger=frei", ["B", "C"]),
        ("?programm=modellregion-integration&traeger=frei&handlungsfeld=modellregion-integration-3&jahr=2013", ["B"]),
        ("?programm=wir&handlungsfeld=modellregion-integration-1", []),
        ("?traeger=frei&stand=laufend&jahr=2011", ["C"]),
    ],
)
def test_filters_combine(client, projects, query, expected):
    assert listed(client, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "?programm=gibt-es-nicht",
        "?handlungsfeld=modellregion-integration-9",
        "?traeger=bund",
        "?stand=vergessen",
        "?jahr=abc",
        "?jahr=99999999999999999999",
        "?jahr=1800",
        "?page=abc",
        "?page=99999",
        "?programm=" + "x" * 5000,
        "?jahr=2011&jahr=abc",
    ],
)
def test_unknown_filter_values_are_ignored_not_an_error(client, projects, query):
    response = client.get(f"/projekte/{query}")
    assert response.status_code == 200


def test_unknown_value_is_ignored_and_the_others_apply(client, projects):
    response = client.get("/projekte/?traeger=bund&stand=laufend")
    assert sorted(p.title for p in response.context["page_obj"].paginator.object_list) == ["C", "D"]
    assert response.context["state"].ignored == ["traeger"]
    assert "kennt die Projektliste nicht" in response.content.decode()


def test_year_choices_run_from_the_first_start_to_this_year_for_an_open_project(client, projects):
    choices = [value for value, _label in client.get("/projekte/").context["state"].form.fields["jahr"].choices if value]
    assert choices[-1] == "2010"
    assert choices[0] == str(datetime.date.today().year)


def test_pages_keep_the_filters_in_their_links(client):
    mri = make_programme()
    association = make_organisation("Verein X")
    for number in range(25):
        make_project(mri, sponsor=association, title=f"Projekt {number:02d}")
    html = client.get("/projekte/?programm=modellregion-integration&stand=abgeschlossen&traeger=bund").content.decode()
    assert 'href="?programm=modellregion-integration&amp;stand=abgeschlossen&amp;page=2"' in html
