"""Open data: /projekte/export.csv and .json, formula-safe, and the CSV round-trips through the admin import."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from offenbach_portal.core import search
from offenbach_portal.core.publication import Status
from programmes.models import Project
from tests.factories.programmes import make_organisation, make_programme, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects():
    mri = make_programme()
    office = make_organisation("Sozialamt", kind="amt")
    partner = make_organisation("Griechische Gemeinde")
    make_project(
        mri,
        slug="seminare",
        title="Seminare",
        fields=[1, 3],
        sponsor=office,
        partners=[partner],
        amount=1234.5,
        target_groups="Vereine",
        description="<p>Beratung</p>",
        title_en="Seminars",
    )
    make_project(
        mri,
        slug="ohne-betrag",
        title="Ohne Betrag",
        fields=[],
        sponsor=partner,
        amount=None,
        start_year=None,
        end_year=None,
        period_note="Jahre nicht bekannt",
    )
    make_project(mri, slug="entwurf", title="Entwurf", status=Status.DRAFT)
    return mri


def exported_rows(client):
    response = client.get("/projekte/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export_holds_published_projects_with_public_fields(client, projects):
    rows = exported_rows(client)
    assert [row["slug"] for row in rows] == ["ohne-betrag", "seminare"]
    seminare = rows[1]
    assert seminare["programme"] == "modellregion-integration"
    assert seminare["fields_of_action"] == "1,3"
    assert seminare["sponsor"] == "sozialamt"
    assert seminare["sponsor_type"] == "stadt"
    assert seminare["partners"] == "griechische-gemeinde"
    assert seminare["funding_amount"] == "1234.50"
    assert seminare["title_en"] == "Seminars"
    assert seminare["url"] == "http://testserver/projekte/seminare/"
    assert rows[0]["funding_amount"] == ""


def test_json_export_holds_published_projects(client, projects):
    payload = json.loads(client.get("/projekte/export.json").content)
    assert payload["count"] == 2
    seminare = next(p for p in payload["projects"] if p["slug"] == "seminare")
    assert seminare["funding_amount"] == "1234.50"
    assert seminare["fields_of_action"] == [1, 3]
    assert seminare["title"]["de"] == "Seminare"
    assert seminare["sponsor_type"] == "stadt"


def test_csv_export_neutralises_formulas(client, projects):
    Project.objects.filter(slug="seminare").update(title_de='=HYPERLINK("http://x")', target_groups_de="+49 69")
    content = client.get("/projekte/export.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in content
    assert "'+49 69" in content
    assert json.loads(client.get("/projekte/export.json").content)["projects"][1]["title"]["de"].startswith("=HYPERLINK")


def admin_import(client, content):
    upload = SimpleUploadedFile("projekte.csv", content.encode("utf-8"), content_type="text/csv")
    preview = client.post("/admin/programmes/project/import/", {"format": "0", "resource": "0", "import_file": upload})
    assert preview.status_code == 200
    confirm_form = preview.context.get("confirm_form")
    if confirm_form is None:
        return preview, None
    return preview, client.post("/admin/programmes/project/process_import/", confirm_form.initial)


def public_state():
    state = []
    for project in Project.objects.order_by("slug").prefetch_related("fields_of_action", "partners"):
        state.append(
            (
                project.slug,
                project.programme.slug,
                sorted(f.number for f in project.fields_of_action.all()),
                project.sponsor.slug,
                sorted(p.slug for p in project.partners.all()),
                project.start_year,
                project.end_year,
                project.funding_amount,
                project.state,
                project.status,
                project.is_sample,
                *[
                    (getattr(project, f"{name}_{code}") or "")
                    for name in ("title", "target_groups", "period_note", "description", "results")
                    for code in ("de", "en", "uk", "ru")
                ],
            )
        )
    return state


def test_export_round_trips_through_the_admin_import(client, admin_client, projects):
    Project.objects.filter(slug="seminare").update(title_de="=SUMME(A1)")
    exported = client.get("/projekte/export.csv").content.decode("utf-8")
    Project.objects.filter(slug="entwurf").delete()
    before = public_state()
    Project.objects.all().delete()

    preview, confirmed = admin_import(admin_client, exported)
    assert [row.import_type for row in preview.context["result"].rows] == ["new", "new"]
    assert confirmed.status_code == 302
    assert public_state() == before
    assert Project.objects.get(slug="seminare").funding_amount == Decimal("1234.50")


def test_import_reports_unknown_sponsor_and_field_and_imports_nothing(admin_client, projects):
    exported_header = (
        "slug,programme,fields_of_action,sponsor,partners,start_year,end_year,funding_amount,state,status,is_sample,title_de\n"
    )
    content = exported_header + (
        "neu-1,modellregion-integration,7,sozialamt,,2011,2012,,abgeschlossen,veroeffentlicht,0,Neu 1\n"
        "neu-2,modellregion-integration,1,gibt-es-nicht,,2011,2012,,abgeschlossen,veroeffentlicht,0,Neu 2\n"
        "neu-3,modellregion-integration,1,sozialamt,,2013,2011,-5,abgeschlossen,veroeffentlicht,0,Neu 3\n"
    )
    preview, confirmed = admin_import(admin_client, content)
    assert confirmed is None
    assert not Project.objects.filter(slug__startswith="neu-").exists()
    html = preview.content.decode()
    assert "keine Handlungsfelder mit den Nummern 7" in html
    assert "gibt-es-nicht" in html
    assert "Die Fördersumme kann nicht negativ sein." in html


@pytest.mark.parametrize("count", [30, 300])
@pytest.mark.parametrize("path", ["/projekte/export.csv", "/projekte/export.json"])
def test_export_query_count_does_not_grow(client, django_assert_num_queries, count, path):
    mri = make_programme()
    partner = make_organisation()
    with search.indexing_suspended():  # no export reads the search index
        for _ in range(count):
            make_project(mri, fields=[1, 2], partners=[partner])
    # projects (with programme, sponsor, contact), their fields, their partners: no count, no query per chunk of rows
    with django_assert_num_queries(3):
        response = client.get(path)
    assert response.status_code == 200
