import datetime

import pytest
import reversion
from django.core.files.uploadedfile import SimpleUploadedFile
from reversion.models import Version

from committees.models import AgendaItem, Meeting
from tests.committees.factories import PDF_BYTES, make_agenda_item, make_committee, make_meeting

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/committees/meeting/add/"


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def inline_management(prefix, total=0):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def meeting_form(committee, **overrides):
    data = {
        "committee": str(committee.pk), "number": "32", "title_de": "Neue Sitzung", "status": Meeting.Status.PLANNED,
        "is_published": "on", "date": "2099-04-20", "start_time": "17:00", "end_time": "19:00",
        "place_name": "", "place_address": "", "date_note_de": "",
        **inline_management("agenda_items"), **inline_management("documents"),
    }
    data.update(overrides)
    return data


def test_add_form_proposes_the_next_number(admin_client):
    committee = make_committee()
    make_meeting(29, committee=committee)
    make_meeting(31, committee=committee)
    response = admin_client.get(ADD_URL)
    form = response.context["adminform"].form
    assert (form.initial["number"], form.initial["committee"], form.initial["status"]) == (32, committee.pk, "geplant")


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
    data.update({"documents-0-kind": "protokoll", "documents-0-title_de": "Protokoll", "documents-0-visibility": "mitglieder",
                 "documents-0-order": "0", "documents-0-file": SimpleUploadedFile("protokoll.pdf", b"<html>kein PDF</html>")})
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    [agenda, documents] = response.context["inline_admin_formsets"]
    assert documents.formset.errors == [{"file": ["Der Inhalt der Datei passt nicht zu ihrer Endung „pdf“."]}]
    assert Meeting.objects.count() == 0


def test_admin_accepts_a_pdf_upload_into_private_storage(admin_client, settings):
    committee = make_committee()
    data = meeting_form(committee, **inline_management("documents", total=1))
    data.update({"documents-0-kind": "protokoll", "documents-0-title_de": "Protokoll", "documents-0-visibility": "mitglieder",
                 "documents-0-order": "0", "documents-0-file": SimpleUploadedFile("protokoll.pdf", PDF_BYTES)})
    assert admin_client.post(ADD_URL, data).status_code == 302
    document = Meeting.objects.get(number=32).documents.get()
    assert document.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert document.size == len(PDF_BYTES)


@pytest.mark.parametrize("query", ["", "?jahr=2022", "?jahr=abc", "?jahr=99999999999", "?status=abgesagt", "?q=29", "?q=%00"])
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
    meeting = make_meeting(33, date=datetime.date(2099, 1, 1), status=Meeting.Status.PLANNED)
    response = admin_client.post("/admin/committees/meeting/", {"action": "cancel_meetings", "_selected_action": [meeting.pk]})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED


@pytest.mark.parametrize("path", [
    "/admin/committees/committee/", "/admin/committees/committee/add/", "/admin/committees/membership/",
    "/admin/committees/membership/add/", "/admin/committees/membership/?stand=ehemalig", "/admin/committees/topicarea/",
    "/admin/committees/topicarea/add/", "/admin/committees/meeting/add/",
])
def test_committee_admin_pages_open(admin_client, path):
    make_committee()
    assert admin_client.get(path).status_code == 200


def test_meeting_change_page_opens_with_its_inlines(admin_client):
    meeting = make_meeting(29)
    make_agenda_item(meeting, title="Ukraine")
    response = admin_client.get(f"/admin/committees/meeting/{meeting.pk}/change/")
    assert response.status_code == 200
    assert [f.formset.prefix for f in response.context["inline_admin_formsets"]] == ["agenda_items", "documents"]
    assert AgendaItem.objects.count() == 1
