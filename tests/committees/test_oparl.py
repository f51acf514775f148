import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from committees.models import Meeting, MeetingDocument
from offenbach_portal.core.publication import Status
from tests.factories.committees import (
    ChairFactory,
    make_agenda_item,
    make_committee,
    make_document,
    make_meeting,
    make_membership,
    make_topic,
)
from tests.factories.orgs import make_organisation, make_person

from .oparl_helpers import validate, validate_list

pytestmark = pytest.mark.django_db

BASE = "http://testserver/oparl/v1/"
LISTS = ["organization", "person", "membership", "meeting", "agendaItem", "file", "location", "paper"]


@pytest.fixture
def kompetenzteam():
    """The published Kompetenzteam with two chairs, a public and a draft member
    organisation, two published meetings with agenda items, presenters and
    documents (one members-only), a draft meeting and an online meeting."""
    committee = make_committee()
    mayor = make_person("Erika Vorsitz", role="Integrationsdezernentin")
    ChairFactory(committee=committee, person=mayor, role="Vorsitz (Stadt)", since=2019)
    ChairFactory(committee=committee, person=make_person("Ali Beirat"), role="Vorsitz (Vereine)", since=2015, until=2020)
    member = make_organisation("Griechische Gemeinde", internal_contact="Privat: 0170 123456")
    make_membership(member, since=2010)
    hidden = make_organisation("Entwurfsverein", status=Status.DRAFT)
    make_membership(hidden)
    presenter = make_person("Dana Vortrag", role="Sozialamt")
    held = make_meeting(29, title="Sprachkurse")
    item = make_agenda_item(
        held, title="Bericht Sprachkurse", presenters=[presenter], topics=[make_topic("Sprache")], result="<p>Angenommen</p>"
    )
    make_agenda_item(held, title="Verschiedenes")
    make_document(held, kind=MeetingDocument.Kind.MINUTES, title="Protokoll 29")
    make_document(held, kind=MeetingDocument.Kind.INVITATION, title="Einladung 29")
    make_document(held, title="Geheime Folien", visibility=MeetingDocument.Visibility.MEMBERS)
    online = make_meeting(30, title="Online-Austausch", is_online=True, place_name="", place_address="", start_time=None, end_time=None)
    make_agenda_item(online, title="Austausch")
    draft = make_meeting(31, title="Geheimer Entwurf", status=Status.DRAFT)
    make_agenda_item(draft, title="Entwurfspunkt", presenters=[make_person("Versteckte Person")])
    make_document(draft, title="Entwurfsdokument")
    return {"committee": committee, "held": held, "online": online, "draft": draft, "item": item, "member": member, "hidden": hidden}


def get(client, url, **headers):
    return client.get(url, headers=headers)


def test_system_and_body_validate(client, kompetenzteam):
    system = get(client, "/oparl/v1/").json()
    assert validate(system) == "System"
    assert system["id"] == BASE
    assert system["body"] == BASE + "body/"
    bodies = validate_list(client, system["body"])
    assert [body["id"] for body in bodies] == [BASE + "body/offenbach"]
    body = get(client, bodies[0]["id"]).json()
    assert validate(body) == "Body"
    assert body["name"] == "Stadt Offenbach am Main"
    assert body["location"]["streetAddress"] == "Berliner Straße 100"
    assert validate(get(client, body["location"]["id"]).json()) == "Location"


@pytest.mark.parametrize("path", LISTS)
def test_every_list_and_object_validates(client, kompetenzteam, path):
    objects = validate_list(client, f"/oparl/v1/{path}/?limit=1")
    for obj in objects:
        assert obj["id"].startswith(BASE + path + "/")
        assert obj["deleted"] is False
        single = get(client, obj["id"]).json()
        assert single == obj
        validate(single)


def test_lists_serve_what_is_public(client, kompetenzteam):
    def names(path):
        return sorted(obj.get("name") for obj in validate_list(client, f"/oparl/v1/{path}/"))

    assert names("organization") == ["Griechische Gemeinde", "Kompetenzteam Integration"]
    assert names("person") == ["Ali Beirat", "Dana Vortrag", "Erika Vorsitz"]
    assert names("meeting") == ["29. Sitzung – Sprachkurse", "30. Sitzung – Online-Austausch"]
    assert names("agendaItem") == ["Austausch", "Bericht Sprachkurse", "Verschiedenes"]
    assert names("file") == ["Einladung 29", "Protokoll 29"]
    assert [location["description"] for location in validate_list(client, "/oparl/v1/location/")] == ["Rathaus", "online"]
    assert len(validate_list(client, "/oparl/v1/membership/")) == 3  # two chairs, one public seat


def test_meeting_embeds_items_files_and_location(client, kompetenzteam):
    held = kompetenzteam["held"]
    meeting = get(client, f"/oparl/v1/meeting/{held.pk}").json()
    assert meeting["start"] == "2020-01-30T17:00:00+01:00"
    assert meeting["organization"] == [BASE + f"organization/k{kompetenzteam['committee'].pk}"]
    assert meeting["web"] == "http://testserver/kompetenzteam/sitzungen/29/"
    assert meeting["invitation"]["name"] == "Einladung 29"
    assert meeting["resultsProtocol"]["accessUrl"].startswith("http://testserver/kompetenzteam/sitzungen/29/dokumente/")
    assert meeting["resultsProtocol"]["downloadUrl"] == meeting["resultsProtocol"]["accessUrl"]
    assert "auxiliaryFile" not in meeting
    item = meeting["agendaItem"][0]
    assert (item["name"], item["result"], item["keyword"]) == ("Bericht Sprachkurse", "Angenommen", ["Sprache"])
    assert client.get(meeting["resultsProtocol"]["accessUrl"]).status_code == 200
    slim = get(client, f"/oparl/v1/meeting/{held.pk}?omit_internal=1").json()
    assert "agendaItem" not in slim and "location" not in slim
    validate(slim)


def test_no_private_data_anywhere(client, kompetenzteam):
    text = "".join(client.get(url).content.decode() for url in ["/oparl/v1/", "/oparl/v1/body/"])
    for path in LISTS:
        text += client.get(f"/oparl/v1/{path}/?limit=100").content.decode()
        text += client.get(f"/oparl/v1/{path}/?limit=100&modified_since=2000-01-01T00:00:00Z").content.decode()
    for secret in [
        "Geheime Folien",
        "Geheimer Entwurf",
        "Entwurfspunkt",
        "Entwurfsdokument",
        "Entwurfsverein",
        "Versteckte Person",
        "0170 123456",
        "@",
    ]:
        assert secret not in text.replace("integrationsbuero@offenbach.de", "")


def test_non_public_objects_are_content_free_deleted_stubs(client, kompetenzteam):
    draft = get(client, f"/oparl/v1/meeting/{kompetenzteam['draft'].pk}").json()
    assert draft["deleted"] is True
    assert set(draft) == {"id", "type", "created", "modified", "deleted"}
    validate(draft)
    secret = MeetingDocument.objects.get(title="Geheime Folien")
    assert get(client, f"/oparl/v1/file/{secret.pk}").json()["deleted"] is True


def test_sync_with_modified_since_sees_change_and_deletion(client, kompetenzteam, time_machine):
    time_machine.move_to(timezone.now() + datetime.timedelta(days=1))
    since = timezone.now().isoformat()
    first = validate_list(client, f"/oparl/v1/meeting/?modified_since={since.replace('+', '%2B')}")
    assert first == []
    time_machine.move_to(timezone.now() + datetime.timedelta(hours=1))
    held, online = kompetenzteam["held"], kompetenzteam["online"]
    held.title = "Sprachkurse und Arbeit"
    held.save()
    online_pk, item_pk = online.pk, kompetenzteam["item"].pk
    online.delete()
    kompetenzteam["item"].delete()
    query = {"modified_since": since}
    meetings = {obj["id"]: obj for obj in validate_list(client, "/oparl/v1/meeting/?" + _encode(query))}
    assert meetings[BASE + f"meeting/{held.pk}"]["name"] == "29. Sitzung – Sprachkurse und Arbeit"
    assert meetings[BASE + f"meeting/{online_pk}"]["deleted"] is True
    assert len(meetings) == 2
    items = validate_list(client, "/oparl/v1/agendaItem/?" + _encode(query))
    assert any(obj["deleted"] and obj["id"] == BASE + f"agendaItem/{item_pk}" for obj in items)
    # Without modified_since a list never shows deleted objects.
    assert all(not obj["deleted"] for obj in validate_list(client, "/oparl/v1/meeting/"))
    # The deleted object itself answers as deleted.
    assert get(client, f"/oparl/v1/meeting/{online_pk}").json()["deleted"] is True


def test_unpublishing_shows_as_deleted_in_sync(client, kompetenzteam, time_machine):
    time_machine.move_to(timezone.now() + datetime.timedelta(days=1))
    since = timezone.now()
    held = kompetenzteam["held"]
    held.status = Status.ARCHIVED
    held.save()
    meetings = validate_list(client, "/oparl/v1/meeting/?" + _encode({"modified_since": since.isoformat()}))
    assert [(obj["id"], obj["deleted"]) for obj in meetings] == [(BASE + f"meeting/{held.pk}", True)]
    files = validate_list(client, "/oparl/v1/file/?" + _encode({"modified_since": since.isoformat()}))
    assert files and all(obj["deleted"] for obj in files)


def test_created_and_modified_filters(client, kompetenzteam):
    future = (timezone.now() + datetime.timedelta(days=1)).isoformat()
    past = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    assert validate_list(client, "/oparl/v1/meeting/?" + _encode({"created_since": future})) == []
    assert len(validate_list(client, "/oparl/v1/meeting/?" + _encode({"created_since": past}))) == 2
    assert validate_list(client, "/oparl/v1/meeting/?" + _encode({"modified_until": past})) == []
    assert len(validate_list(client, "/oparl/v1/meeting/?" + _encode({"created_until": future, "modified_since": past}))) == 3


def test_order_is_stable_by_modified_then_id(client, kompetenzteam):
    objects = validate_list(client, "/oparl/v1/agendaItem/?limit=1")
    keys = [(obj["modified"], obj["id"]) for obj in objects]
    assert keys == sorted(keys)


def test_pagination_links(client, kompetenzteam):
    document = get(client, "/oparl/v1/agendaItem/?limit=2").json()
    assert document["pagination"] == {"totalElements": 3, "elementsPerPage": 2, "currentPage": 1, "totalPages": 2}
    assert document["links"] == {
        "first": BASE + "agendaItem/?limit=2",
        "last": BASE + "agendaItem/?limit=2&page=2",
        "next": BASE + "agendaItem/?limit=2&page=2",
    }
    second = get(client, document["links"]["next"]).json()
    assert second["links"]["prev"] == BASE + "agendaItem/?limit=2"
    assert "next" not in second["links"]


def test_headers_etag_and_304(client, kompetenzteam):
    response = client.get("/oparl/v1/meeting/")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Last-Modified"]
    etag = response["ETag"]
    again = client.get("/oparl/v1/meeting/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get("/oparl/v1/meeting/", headers={"If-None-Match": '"other"'}).status_code == 200
    held = kompetenzteam["held"]
    held.title = "Neu"
    held.save()
    assert client.get("/oparl/v1/meeting/", headers={"If-None-Match": etag}).status_code == 200
    single = client.get(f"/oparl/v1/meeting/{held.pk}")
    assert client.get(f"/oparl/v1/meeting/{held.pk}", headers={"If-None-Match": f"W/{single['ETag']}"}).status_code == 304


@pytest.mark.parametrize("count", [1, 60])
def test_meeting_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    committee = make_committee()
    for number in range(1, count + 1):
        meeting = make_meeting(number, committee=committee)
        make_agenda_item(meeting, topics=[make_topic()], presenters=[make_person()])
        make_document(meeting)
    with django_assert_num_queries(5):
        response = client.get("/oparl/v1/meeting/?limit=100")
    assert response.json()["pagination"]["totalElements"] == count


@pytest.mark.parametrize("path", ["agendaItem", "file", "person", "membership", "organization"])
@pytest.mark.parametrize("count", [1, 30])
def test_other_lists_query_count_does_not_grow(client, django_assert_num_queries, path, count):
    committee = make_committee()
    ChairFactory(committee=committee)
    for number in range(1, count + 1):
        meeting = make_meeting(number, committee=committee)
        make_agenda_item(meeting, topics=[make_topic()], presenters=[make_person()])
        make_document(meeting)
        make_membership(make_organisation(), committee=committee)
    expected = {"agendaItem": 3, "file": 2, "person": 2, "membership": 4, "organization": 7}[path]
    with django_assert_num_queries(expected):
        assert client.get(f"/oparl/v1/{path}/?limit=100").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/oparl/v1/meeting/999999",
        "/oparl/v1/meeting/abc",
        "/oparl/v1/meeting/0",
        "/oparl/v1/meeting/01",
        "/oparl/v1/organization/x1",
        "/oparl/v1/organization/1",
        "/oparl/v1/person/p99999999999999999999",
        "/oparl/v1/body/other",
        "/oparl/v1/unknown/",
        "/oparl/v1/unknown/1",
        "/oparl/v1/meeting/1/extra",
        "/oparl/v1/legislativeTerm/",
        "/oparl/v1/meeting/?page=99",
    ],
)
def test_unknown_ids_answer_oparl_404(client, kompetenzteam, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"
    assert response.json()["message"]


@pytest.mark.parametrize(
    "query",
    [
        "modified_since=gestern",
        "created_since=2026-13-45",
        "created_until=2026-02-30T10:00:00",
        "modified_since=9999999999",
        "page=0",
        "page=-1",
        "page=abc",
        "page=99999999999999999999",
    ],
)
def test_malformed_parameters_answer_400(client, kompetenzteam, query):
    response = client.get(f"/oparl/v1/meeting/?{query}")
    assert response.status_code == 400
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"


@pytest.mark.parametrize(
    ("limit", "expected"),
    [("0", 1), ("-1", 1), ("100000", 100), ("abc", 20), ("", 20), ("3", 3), ("99999999999999999999999", 100)],
)
def test_limit_is_clamped(client, kompetenzteam, limit, expected):
    response = client.get(f"/oparl/v1/agendaItem/?limit={limit}")
    assert response.status_code == 200
    assert response.json()["pagination"]["elementsPerPage"] == expected


@pytest.mark.parametrize("path", ["", "body/", "body/offenbach", *[f"{path}/" for path in LISTS]])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "omit_internal",
        "omit_internal=false",
        "foo=bar&limit=%C3%BF",
        "created_since=2026-01-01&created_until=2025-01-01",
        "modified_since=2026-01-01T00:00:00%2B01:00&limit=1&page=1",
        "modified_since=2026-01-01T00:00:00Z",
        "limit=1&limit=2",
        "page=1&page=",
    ],
)
def test_fuzzed_parameters_never_500(client, kompetenzteam, path, query):
    response = client.get(f"/oparl/v1/{path}?{query}")
    assert response.status_code in (200, 400, 404)
    assert response["Access-Control-Allow-Origin"] == "*"
    response.json()


def test_post_is_not_allowed(client, kompetenzteam):
    assert client.post("/oparl/v1/meeting/").status_code == 405


def test_meeting_of_another_committee_is_not_served(client, kompetenzteam):
    from tests.factories.committees import CommitteeFactory

    other = make_meeting(40, committee=CommitteeFactory())
    assert client.get(f"/oparl/v1/meeting/{other.pk}").status_code == 404
    assert Meeting.objects.count() == 4


def _encode(query):
    from urllib.parse import urlencode

    return urlencode(query)


def test_deletion_known_only_to_reversion_is_reported(client, kompetenzteam, time_machine):
    """A meeting deleted before tombstones existed (no signal): its last
    reversion version stands for the deletion."""
    import reversion
    from django.db.models.signals import post_delete

    from committees.oparl.signals import record_deletion

    time_machine.move_to(timezone.now() + datetime.timedelta(days=1))
    since = timezone.now()
    online = kompetenzteam["online"]
    with reversion.create_revision():
        online.save()
    online_pk = online.pk
    post_delete.disconnect(record_deletion, sender=Meeting, dispatch_uid="oparl-tombstone-committees.meeting")
    try:
        online.delete()
    finally:
        post_delete.connect(record_deletion, sender=Meeting, dispatch_uid="oparl-tombstone-committees.meeting")
    meetings = validate_list(client, "/oparl/v1/meeting/?" + _encode({"modified_since": since.isoformat()}))
    assert [(obj["id"], obj["deleted"]) for obj in meetings] == [(BASE + f"meeting/{online_pk}", True)]
    assert get(client, f"/oparl/v1/meeting/{online_pk}").json()["deleted"] is True


@pytest.mark.parametrize("count", [1, 60])
def test_sync_query_count_does_not_grow(client, django_assert_num_queries, count):
    """With modified_since: keys, tombstones, reversion's deleted versions, then the page."""
    committee = make_committee()
    for number in range(1, count + 1):
        meeting = make_meeting(number, committee=committee)
        make_agenda_item(meeting, topics=[make_topic()])
        make_document(meeting)
    make_meeting(9000, committee=committee, status=Status.DRAFT)
    make_meeting(9001, committee=committee).delete()
    # reversion looks the content type up once per process (ContentType's cache).
    ContentType.objects.get_for_model(Meeting)
    with django_assert_num_queries(7):
        response = client.get("/oparl/v1/meeting/?limit=100&modified_since=2000-01-01")
    assert response.json()["pagination"]["totalElements"] == count + 2
