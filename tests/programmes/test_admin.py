"""The back office: office staff reach every programme admin; an end before the
start, a negative amount or a deadline before the opening is a form error backed
by a database constraint; saving records history."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.db import IntegrityError, transaction
from reversion.models import Version

from programmes.models import FundingCall, Programme, Project
from tests.factories.programmes import make_call, make_organisation, make_programme, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_user():
    user = User.objects.create_user("buero-test", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Integrationsbüro"))
    return user


@pytest.fixture
def mri():
    return make_programme()


@pytest.mark.parametrize(
    "path",
    [
        "/admin/programmes/programme/",
        "/admin/programmes/programme/add/",
        "/admin/programmes/project/",
        "/admin/programmes/project/add/",
        "/admin/programmes/project/import/",
        "/admin/programmes/project/export/",
        "/admin/programmes/project/?traeger=stadt&state__exact=laufend&q=Seminar",
        "/admin/programmes/publication/",
        "/admin/programmes/publication/add/",
        "/admin/programmes/fundingcall/",
        "/admin/programmes/fundingcall/?offen=ja",
        "/admin/programmes/fundingcall/add/",
    ],
)
def test_office_staff_reach_the_programme_admin(client, office_user, mri, path):
    make_project(mri, fields=[1])
    client.force_login(office_user)
    assert client.get(path).status_code == 200


def test_programme_change_form_has_fields_inline_and_history(admin_client, mri):
    html = admin_client.get(f"/admin/programmes/programme/{mri.pk}/change/").content.decode()
    assert 'name="fields-0-number"' in html
    assert admin_client.get(f"/admin/programmes/programme/{mri.pk}/history/").status_code == 200


def programme_form(**changes):
    data = {
        "name_de": "Neues Programm",
        "short_name": "NP",
        "slug": "neues-programm",
        "start": "2014-01-01",
        "end": "",
        "funder_de": "Land Hessen",
        "status": "entwurf",
        "fields-TOTAL_FORMS": "0",
        "fields-INITIAL_FORMS": "0",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_programme_end_before_start_is_a_form_error(admin_client):
    response = admin_client.post("/admin/programmes/programme/add/", programme_form(end="2013-12-31"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end"] == ["Das Ende liegt vor dem Beginn."]
    assert not Programme.objects.filter(slug="neues-programm").exists()


def test_programme_is_saved_with_its_fields_and_history(admin_client):
    response = admin_client.post(
        "/admin/programmes/programme/add/",
        programme_form(
            **{
                "fields-TOTAL_FORMS": "1",
                "fields-0-number": "1",
                "fields-0-name_de": "Bildung",
            }
        ),
    )
    assert response.status_code == 302
    programme = Programme.objects.get(slug="neues-programm")
    assert [field.name for field in programme.fields.all()] == ["Bildung"]
    assert Version.objects.get_for_object(programme).count() == 1


def test_field_number_outside_1_to_5_is_a_form_error(admin_client):
    response = admin_client.post(
        "/admin/programmes/programme/add/",
        programme_form(
            **{
                "fields-TOTAL_FORMS": "1",
                "fields-0-number": "6",
                "fields-0-name_de": "Sechs",
            }
        ),
    )
    assert response.status_code == 200
    assert not Programme.objects.filter(slug="neues-programm").exists()


def project_form(mri, sponsor, **changes):
    data = {
        "title_de": "Neues Projekt",
        "slug": "neues-projekt",
        "programme": str(mri.pk),
        "sponsor": str(sponsor.pk),
        "start_year": "2011",
        "end_year": "2012",
        "funding_amount": "100",
        "state": "abgeschlossen",
        "status": "entwurf",
        "fields_of_action": [str(mri.fields.get(number=1).pk)],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_year": "2010"}, "end_year", "Das Jahr „bis“ liegt vor dem Jahr „von“."),
        ({"funding_amount": "-1"}, "funding_amount", "Die Fördersumme kann nicht negativ sein."),
    ],
)
def test_project_bad_input_is_a_form_error(admin_client, mri, changes, field, message):
    response = admin_client.post("/admin/programmes/project/add/", project_form(mri, make_organisation(), **changes))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[field] == [message]
    assert not Project.objects.filter(slug="neues-projekt").exists()


def test_project_field_of_another_programme_is_a_form_error(admin_client, mri):
    wir = make_programme("wir", name="WIR", short_name="WIR", fields=1)
    data = project_form(mri, make_organisation(), fields_of_action=[str(wir.fields.get().pk)])
    response = admin_client.post("/admin/programmes/project/add/", data)
    assert response.status_code == 200
    assert "fields_of_action" in response.context["adminform"].form.errors


def test_project_is_saved_with_history(admin_client, mri):
    response = admin_client.post("/admin/programmes/project/add/", project_form(mri, make_organisation()))
    assert response.status_code == 302
    assert Version.objects.get_for_object(Project.objects.get(slug="neues-projekt")).count() == 1


def test_call_deadline_before_opening_is_a_form_error(admin_client, mri):
    response = admin_client.post(
        "/admin/programmes/fundingcall/add/",
        {
            "programme": str(mri.pk),
            "title_de": "Aufruf",
            "opens": "2026-06-10",
            "deadline": "2026-06-01",
            "status": "entwurf",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["deadline"] == ["Die Frist liegt vor dem Beginn der Bewerbung."]
    assert not FundingCall.objects.exists()


@pytest.mark.parametrize(
    "write",
    [
        lambda mri: Programme.objects.filter(pk=mri.pk).update(end=datetime.date(2000, 1, 1)),
        lambda mri: make_project(mri, start_year=2012, end_year=2011),
        lambda mri: make_project(mri, amount=-5),
        lambda mri: make_call(mri, opens=datetime.date(2026, 6, 10), deadline=datetime.date(2026, 6, 1)),
        lambda mri: mri.fields.filter(number=1).update(number=6),
        lambda mri: mri.fields.filter(number=1).update(number=2),
    ],
)
def test_database_refuses_what_the_forms_refuse(mri, write):
    with pytest.raises(IntegrityError), transaction.atomic():
        write(mri)
