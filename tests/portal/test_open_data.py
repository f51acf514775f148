import csv
import io
import json

import pytest

from committees.models import MeetingDocument
from offenbach_portal.core import opendata, search
from offenbach_portal.core.publication import Status
from tests.factories.committees import make_agenda_item, make_committee, make_document, make_meeting, make_membership, make_topic
from tests.factories.orgs import make_organisation, make_person

pytestmark = pytest.mark.django_db

DOWNLOADS = [
    "/kompetenzteam/sitzungen/export.csv",
    "/kompetenzteam/sitzungen/export.json",
    "/kompetenzteam/tagesordnungspunkte/export.csv",
    "/kompetenzteam/tagesordnungspunkte/export.json",
]


@pytest.fixture
def meetings():
    committee = make_committee()
    member = make_organisation("Griechische Gemeinde", internal_contact="Privat: 0170 123456")
    make_membership(member, committee=committee)
    held = make_meeting(29, committee=committee, title="Sprachkurse")
    make_agenda_item(
        held,
        title='=HYPERLINK("http://evil")',
        presenters=[make_person("Dana Vortrag", role="Sozialamt")],
        topics=[make_topic("Sprache")],
        result="<p>Angenommen <strong>einstimmig</strong></p>",
    )
    make_document(held, title="Geheime Folien", visibility=MeetingDocument.Visibility.MEMBERS)
    draft = make_meeting(31, committee=committee, title="Geheimer Entwurf", status=Status.DRAFT)
    make_agenda_item(draft, title="Entwurfspunkt", presenters=[make_person("Versteckte Person")])
    return held


def test_meetings_csv(client, meetings):
    response = client.get("/kompetenzteam/sitzungen/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["number"], row["title"], row["topic_areas"], row["agenda_items"]) for row in rows] == [
        ("29", "Sprachkurse", "Sprache", "1")
    ]
    assert rows[0]["url"] == "http://testserver/kompetenzteam/sitzungen/29/"


def test_agenda_items_csv_is_formula_safe(client, meetings):
    response = client.get("/kompetenzteam/tagesordnungspunkte/export.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["title"] == '\'=HYPERLINK("http://evil")'
    assert (row["presenters"], row["result"], row["topic_areas"]) == ("Dana Vortrag (Sozialamt)", "Angenommen einstimmig", "Sprache")


def test_agenda_items_json(client, meetings):
    payload = client.get("/kompetenzteam/tagesordnungspunkte/export.json").json()
    assert payload["count"] == 1
    assert payload["agenda_items"][0]["meeting_number"] == 29
    meetings_payload = client.get("/kompetenzteam/sitzungen/export.json").json()
    assert [meeting["number"] for meeting in meetings_payload["meetings"]] == [29]


def test_downloads_hold_nothing_private(client, meetings):
    text = "".join(client.get(url).content.decode() for url in DOWNLOADS)
    for secret in ["Geheime Folien", "Geheimer Entwurf", "Entwurfspunkt", "Versteckte Person", "0170 123456"]:
        assert secret not in text


def test_download_query_count_does_not_grow(client, django_assert_num_queries):
    """Each download costs 3 queries for 30 meetings and for 300 (the search
    index, which no download reads, is left alone while they are made)."""
    committee = make_committee()
    for numbers in (range(1, 31), range(31, 301)):
        with search.indexing_suspended():
            for number in numbers:
                make_agenda_item(make_meeting(number, committee=committee), topics=[make_topic()], presenters=[make_person()])
        for url in DOWNLOADS[:4]:
            with django_assert_num_queries(3):
                response = client.get(url)
            assert response.status_code == 200
            assert f"{numbers[-1]}" in response.content.decode(), url


def test_every_dataset_is_registered():
    keys = [dataset.key for dataset in opendata.datasets()]
    assert keys == ["organisations", "meetings", "agenda-items", "oparl", "projects"]


@pytest.mark.parametrize("prefix", ["", "/en", "/uk", "/ru"])
def test_open_data_page_lists_datasets_licence_and_fields(client, meetings, prefix):
    response = client.get(f"{prefix}/offene-daten/")
    assert response.status_code == 200
    html = response.content.decode()
    localised = [*DOWNLOADS, "/vereine/export.csv", "/vereine/export.json", "/projekte/export.csv", "/projekte/export.json"]
    for url in [prefix + url for url in localised] + ["/oparl/v1/"]:
        assert f'href="http://testserver{url}"' in html, url
    assert 'href="/offene-daten/catalog.jsonld"' in html
    assert "https://www.govdata.de/dl-de/by-2-0" in html
    assert "Datenlizenz Deutschland – Namensnennung – Version 2.0" in html
    assert "<code>presenters</code>" in html
    assert "<time datetime=" in html


def test_open_data_page_in_footer_and_sitemap(client, meetings):
    assert 'href="/offene-daten/"' in client.get("/kompetenzteam/").content.decode()
    assert "http://testserver/offene-daten/" in client.get("/sitemap-open-data.xml").content.decode()


def test_licence_is_configurable(client, meetings, settings):
    settings.OPEN_DATA_LICENCE = {
        "name": "CC0 1.0",
        "id": "cc-zero",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/",
        "dcat": "http://dcat-ap.de/def/licenses/cc-zero",
    }
    assert "CC0 1.0" in client.get("/offene-daten/").content.decode()
    catalog = client.get("/offene-daten/catalog.jsonld").json()
    assert catalog["dct:license"] == {"@id": "http://dcat-ap.de/def/licenses/cc-zero"}


def test_dcat_catalog(client, meetings):
    response = client.get("/offene-daten/catalog.jsonld")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    catalog = json.loads(response.content)
    assert catalog["@type"] == "dcat:Catalog"
    assert catalog["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    datasets = catalog["dcat:dataset"]
    assert len(datasets) == 5
    for dataset in datasets:
        assert dataset["@type"] == "dcat:Dataset"
        assert dataset["dct:license"] == {"@id": "http://dcat-ap.de/def/licenses/dl-by-de/2.0"}
        assert dataset["dcat:distribution"]
        for distribution in dataset["dcat:distribution"]:
            assert distribution["@type"] == "dcat:Distribution"
            assert distribution["dct:license"] == dataset["dct:license"]
            assert distribution["dcat:accessURL"]["@id"].startswith("http://testserver/")
    meetings_dataset = next(d for d in datasets if d["@id"].endswith("#meetings"))
    assert meetings_dataset["dct:modified"]["@value"] == meetings.updated_at.isoformat()
    urls = [d["dcat:accessURL"]["@id"] for dataset in datasets for d in dataset["dcat:distribution"]]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_every_download_states_its_licence_in_a_link_header(client, meetings):
    urls = [*DOWNLOADS, "/vereine/export.csv", "/vereine/export.json", "/projekte/export.csv", "/projekte/export.json", "/oparl/v1/"]
    headers = {url: client.get(url).get("Link") for url in urls}
    assert headers == dict.fromkeys(urls, '<https://www.govdata.de/dl-de/by-2-0>; rel="license"')
    assert client.get("/offene-daten/").get("Link") is None


def test_licence_id_is_shown(client, meetings):
    html = client.get("/offene-daten/").content.decode()
    assert (
        '<a class="kern-link" href="https://www.govdata.de/dl-de/by-2-0" lang="de">Datenlizenz Deutschland – Namensnennung – Version 2.0</a> (dl-de/by-2-0)'
        in html
    )


@pytest.mark.parametrize("excepted", [False, True])
def test_organisation_content_is_excepted_only_when_the_setting_says_so(client, meetings, settings, excepted):
    settings.OPEN_DATA_EXCEPT_ORGANISATION_CONTENT = excepted
    html = client.get("/offene-daten/").content.decode()
    assert html.count("Ausgenommen von der Lizenz sind Texte, Logos und Kontaktangaben") == (1 if excepted else 0)
    catalog = client.get("/offene-daten/catalog.jsonld").json()
    rights = {dataset["@id"].rsplit("#", 1)[1]: "dct:rights" in dataset for dataset in catalog["dcat:dataset"]}
    assert rights == {"organisations": excepted, "meetings": False, "agenda-items": False, "oparl": False, "projects": False}
