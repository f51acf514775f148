import datetime

import pytest
import reversion
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from committees.models import AgendaItem, Meeting
from tests.factories import (
    PDF_BYTES,
    make_agenda_item,
    make_committee,
    make_document,
    make_meeting,
)

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/committees/meeting/add/"


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def inline_management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def meeting_form(committee, **overrides):
    data = {
        "committee": str(committee.pk),
        "number": "32",
        "title_de": "Neue Sitzung",
        "state": Meeting.State.PLANNED,
        "status": "veroeffentlicht",
        "date": "2099-04-20",
        "start_time": "17:00",
        "end_time": "19:00",
        "place_name": "",
        "place_address": "",
        "date_note_de": "",
        **inline_management("agenda_items"),
        **inline_management("documents"),
    }
    data.update(overrides)
    return data


def test_add_form_proposes_the_next_number(admin_client):
    committee = make_committee()
    make_meeting(29, committee=committee)
    make_meeting(31, committee=committee)
    response = admin_client.get(ADD_URL)
    form = response.context["adminform"].form
    assert (form.initial["number"], form.initial["committee"], form.initial["state"]) == (32, committee.pk, "geplant")


def test_add_form_proposes_1_for_the_first_meeting(admin_client):
    make_committee()
    assert admin_client.get(ADD_URL).context["adminform"].form.initial["number"] == 1


def test_admin_saves_a_meeting_with_its_agenda(admin_client):
    committee = make_committee()
    data = meeting_form(committee, **inline_management("agenda_items", total=1))
    data.update({"agenda_items-0-order": "1", "agenda_items-0-label": "TOP 1", "agenda_items-0-title_de": "Begrüßung"})
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 302
    meeting = Meeting.objects.get(number=32)
    assert [item.title for item in meeting.agenda_items.all()] == ["Begrüßung"]


def test_admin_duplicate_number_is_an_error_on_the_number_field(admin_client):
    committee = make_committee()
    make_meeting(32, committee=committee)
    response = admin_client.post(ADD_URL, meeting_form(committee))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"number": ["Diese Sitzungsnummer ist für dieses Gremium schon vergeben."]}
    assert Meeting.objects.count() == 1


def test_admin_end_before_start_is_an_error_on_the_end_field(admin_client):
    committee = make_committee()
    response = admin_client.post(ADD_URL, meeting_form(committee, start_time="19:00", end_time="17:30"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "end_time": ["Das Ende muss nach dem Beginn liegen (und setzt einen Beginn voraus)."]
    }
    assert Meeting.objects.count() == 0


def test_admin_refused_upload_is_an_error_on_the_file_field(admin_client):
    committee = make_committee()
    data = meeting_form(committee, **inline_management("documents", total=1))
    data.update(
        {
            "documents-0-kind": "protokoll",
            "documents-0-title_de": "Protokoll",
            "documents-0-visibility": "mitglieder",
            "documents-0-order": "0",
            "documents-0-file": SimpleUploadedFile("protokoll.pdf", b"<html>kein PDF</html>"),
        }
    )
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    [agenda, documents] = response.context["inline_admin_formsets"]
    assert documents.formset.errors == [{"file": ["Der Inhalt der Datei passt nicht zu ihrer Endung „pdf“."]}]
    assert Meeting.objects.count() == 0


def test_admin_accepts_a_pdf_upload_into_private_storage(admin_client, settings):
    committee = make_committee()
    data = meeting_form(committee, **inline_management("documents", total=1))
    data.update(
        {
            "documents-0-kind": "protokoll",
            "documents-0-title_de": "Protokoll",
            "documents-0-visibility": "mitglieder",
            "documents-0-order": "0",
            "documents-0-file": SimpleUploadedFile("protokoll.pdf", PDF_BYTES),
        }
    )
    assert admin_client.post(ADD_URL, data).status_code == 302
    document = Meeting.objects.get(number=32).documents.get()
    assert document.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert document.size == len(PDF_BYTES)


@pytest.mark.parametrize("query", ["", "?jahr=2022", "?jahr=abc", "?jahr=99999999999", "?state=abgesagt", "?q=29"])
def test_meeting_changelist_filters_never_fail(admin_client, query):
    make_meeting(29, date=datetime.date(2022, 5, 24))
    make_meeting(31, date=datetime.date(2024, 11, 5))
    response = admin_client.get("/admin/committees/meeting/" + query)
    assert response.status_code == 200


def test_meeting_changelist_year_filter_narrows_the_list(admin_client):
    make_meeting(29, date=datetime.date(2022, 5, 24))
    make_meeting(31, date=datetime.date(2024, 11, 5))
    response = admin_client.get("/admin/committees/meeting/?jahr=2024")
    assert [m.number for m in response.context["cl"].result_list] == [31]


def test_meeting_revision_captures_its_agenda_items(admin_client):
    meeting = make_meeting(29)
    item = make_agenda_item(meeting, title="Ukraine")
    with reversion.create_revision():
        meeting.save()
    version = Version.objects.get_for_object(meeting).get()
    agenda_versions = version.revision.version_set.filter(content_type__model="agendaitem")
    assert [v.object_id for v in agenda_versions] == [str(item.pk)]
    assert admin_client.get(f"/admin/committees/meeting/{meeting.pk}/history/").status_code == 200


def test_cancel_action_marks_meetings_cancelled(admin_client):
    meeting = make_meeting(33, date=datetime.date(2099, 1, 1), state=Meeting.State.PLANNED)
    response = admin_client.post("/admin/committees/meeting/", {"action": "cancel_meetings", "_selected_action": [meeting.pk]})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.CANCELLED


@pytest.mark.parametrize(
    "path",
    [
        "/admin/committees/committee/",
        "/admin/committees/committee/add/",
        "/admin/committees/membership/",
        "/admin/committees/membership/add/",
        "/admin/committees/membership/?stand=ehemalig",
        "/admin/committees/topicarea/",
        "/admin/committees/topicarea/add/",
        "/admin/committees/meeting/add/",
    ],
)
def test_committee_admin_pages_open(admin_client, path):
    make_committee()
    assert admin_client.get(path).status_code == 200


def test_meeting_change_page_opens_with_its_inlines(admin_client):
    meeting = make_meeting(29)
    make_agenda_item(meeting, title="Ukraine")
    response = admin_client.get(f"/admin/committees/meeting/{meeting.pk}/change/")
    assert response.status_code == 200
    assert [f.formset.prefix for f in response.context["inline_admin_formsets"]] == [
        "agenda_items",
        "documents",
        "attendance_registrations",
    ]
    assert AgendaItem.objects.count() == 1


def change_form(meeting, **overrides):
    """The change form of a saved meeting as the admin sends it back, its
    agenda items and documents included (files unchanged)."""
    items, documents = list(meeting.agenda_items.all()), list(meeting.documents.all())
    data = meeting_form(
        meeting.committee, number=str(meeting.number), title_de=meeting.title_de, state=meeting.state, date=meeting.date.isoformat()
    )
    data.update(
        {
            "agenda_items-TOTAL_FORMS": str(len(items)),
            "agenda_items-INITIAL_FORMS": str(len(items)),
            "documents-TOTAL_FORMS": str(len(documents)),
            "documents-INITIAL_FORMS": str(len(documents)),
            **inline_management("attendance_registrations"),
        }
    )
    for i, item in enumerate(items):
        data.update(
            {
                f"agenda_items-{i}-id": str(item.pk),
                f"agenda_items-{i}-meeting": str(meeting.pk),
                f"agenda_items-{i}-order": str(item.order),
                f"agenda_items-{i}-label": item.label,
                f"agenda_items-{i}-title_de": item.title_de,
            }
        )
    for i, document in enumerate(documents):
        data.update(
            {
                f"documents-{i}-id": str(document.pk),
                f"documents-{i}-meeting": str(meeting.pk),
                f"documents-{i}-kind": document.kind,
                f"documents-{i}-title_de": document.title_de,
                f"documents-{i}-visibility": document.visibility,
                f"documents-{i}-order": str(document.order),
            }
        )
    data.update(overrides)
    return data


@pytest.fixture
def meeting_with_document():
    meeting = make_meeting(29, date=datetime.date(2022, 5, 24))
    make_agenda_item(meeting, title="Ukraine")
    make_document(meeting, title="Protokoll")
    return meeting


def test_meeting_change_page_links_a_stored_document_to_its_download(admin_client, meeting_with_document):
    document = meeting_with_document.documents.get()
    response = admin_client.get(f"/admin/committees/meeting/{meeting_with_document.pk}/change/")
    assert response.status_code == 200
    assert f'<a href="/kompetenzteam/sitzungen/29/dokumente/{document.pk}/">{document.file.name}</a>' in response.content.decode()


def test_meeting_change_form_saves_unchanged_with_a_stored_document(admin_client, meeting_with_document):
    response = admin_client.post(
        f"/admin/committees/meeting/{meeting_with_document.pk}/change/", change_form(meeting_with_document, title_de="Geändert")
    )
    assert response.status_code == 302
    meeting_with_document.refresh_from_db()
    assert (meeting_with_document.title_de, meeting_with_document.documents.count()) == ("Geändert", 1)


@pytest.mark.parametrize(
    ("overrides", "errors"),
    [
        ({"number": "30"}, {"number": ["Diese Sitzungsnummer ist für dieses Gremium schon vergeben."]}),
        (
            {"start_time": "19:00", "end_time": "18:00"},
            {"end_time": ["Das Ende muss nach dem Beginn liegen (und setzt einen Beginn voraus)."]},
        ),
        ({"number": "99999"}, {"number": ["Dieser Wert muss kleiner oder gleich 9999 sein."]}),
        ({"date_is_approximate": "on"}, {"date_note_de": ["Bitte angeben, was über den Zeitpunkt bekannt ist, z. B. „Anfang 2019“."]}),
    ],
)
def test_meeting_edit_errors_name_the_field_with_a_stored_document(admin_client, meeting_with_document, overrides, errors):
    make_meeting(30, committee=meeting_with_document.committee)
    response = admin_client.post(
        f"/admin/committees/meeting/{meeting_with_document.pk}/change/", change_form(meeting_with_document, **overrides)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == errors
    meeting_with_document.refresh_from_db()
    assert (meeting_with_document.number, meeting_with_document.date_is_approximate) == (29, False)


def test_meeting_edit_refused_replacement_upload_is_an_error_on_the_file_field(admin_client, meeting_with_document):
    upload = SimpleUploadedFile("protokoll.pdf", b"<html>kein PDF</html>")
    response = admin_client.post(
        f"/admin/committees/meeting/{meeting_with_document.pk}/change/", change_form(meeting_with_document, **{"documents-0-file": upload})
    )
    assert response.status_code == 200
    [agenda, documents, _registrations] = response.context["inline_admin_formsets"]
    assert documents.formset.errors == [{"file": ["Der Inhalt der Datei passt nicht zu ihrer Endung „pdf“."]}]
    assert meeting_with_document.documents.get().file.read() == PDF_BYTES


def test_meeting_edit_bad_agenda_order_is_an_error_on_the_order_field(admin_client, meeting_with_document):
    response = admin_client.post(
        f"/admin/committees/meeting/{meeting_with_document.pk}/change/",
        change_form(meeting_with_document, **{"agenda_items-0-order": "abc"}),
    )
    assert response.status_code == 200
    [agenda, documents, _registrations] = response.context["inline_admin_formsets"]
    assert agenda.formset.errors == [{"order": ["Bitte eine ganze Zahl eingeben."]}]


def test_meeting_change_page_links_the_public_page_only_as_saved(admin_client, meeting_with_document):
    response = admin_client.post(
        f"/admin/committees/meeting/{meeting_with_document.pk}/change/", change_form(meeting_with_document, number="99999")
    )
    assert '<a href="/kompetenzteam/sitzungen/29/" class="viewsitelink">' in response.content.decode()
