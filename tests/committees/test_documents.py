from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from committees.models import MeetingDocument
from committees.rules import can_see_member_documents
from offenbach_portal.core.publication import Status
from tests.factories import PDF_BYTES, UserFactory, make_document, make_editor, make_meeting, make_membership, make_organisation

pytestmark = pytest.mark.django_db

MEMBERS = MeetingDocument.Visibility.MEMBERS


@pytest.fixture
def meeting():
    return make_meeting(29)


@pytest.fixture
def member():
    """The editor of a current member organisation."""
    organisation = make_organisation("Mitgliedsverein")
    make_membership(organisation, since=2020)
    return make_editor(organisation, username="vereinsmitglied")


def test_the_old_members_group_is_gone():
    """Rights follow the membership period; no group grants them for ever."""
    from django.contrib.auth.models import Group

    assert not Group.objects.filter(name="Kompetenzteam-Mitglieder").exists()


def test_public_document_downloads_as_attachment(client, meeting):
    document = make_document(meeting, title="Protokoll der Sitzung")
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="kompetenzteam-29-protokoll-der-sitzung.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_members_only_document_answers_404_to_anonymous_visitors(client, meeting):
    document = make_document(meeting, visibility=MEMBERS)
    assert client.get(document.get_absolute_url()).status_code == 404


def test_members_only_document_answers_404_to_a_logged_in_non_member(client, meeting):
    document = make_document(meeting, visibility=MEMBERS)
    client.force_login(UserFactory(username="jemand"))
    assert client.get(document.get_absolute_url()).status_code == 404


def test_members_only_document_downloads_for_a_current_member_editor(client, meeting, member):
    document = make_document(meeting, visibility=MEMBERS)
    client.force_login(member)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_members_only_document_downloads_for_staff(client, meeting, admin_user):
    document = make_document(meeting, visibility=MEMBERS)
    client.force_login(admin_user)
    assert client.get(document.get_absolute_url()).status_code == 200


@pytest.mark.urls("tests.committees.urls_with_media")
def test_members_only_document_is_not_reachable_under_media(client, meeting, settings):
    document = make_document(meeting, visibility=MEMBERS, name="intern.pdf")
    stored = Path(document.file.path)
    assert stored.read_bytes() == PDF_BYTES
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    for guess in [
        document.file.name,
        f"private/{document.file.name}",
        f"private-media/{document.file.name}",
        Path(document.file.name).name,
    ]:
        assert client.get(f"/media/{guess}").status_code == 404
    # Climbing out of MEDIA_ROOT is refused outright.
    assert client.get(f"/media/../private-media/{document.file.name}").status_code == 400


@pytest.mark.urls("tests.committees.urls_with_media")
def test_media_urlconf_does_serve_what_lies_in_media_root(client, settings):
    """The check above could not fail if /media/ served nothing at all."""
    Path(settings.MEDIA_ROOT).mkdir(parents=True)
    (Path(settings.MEDIA_ROOT) / "oeffentlich.pdf").write_bytes(PDF_BYTES)
    assert client.get("/media/oeffentlich.pdf").status_code == 200


def test_meeting_documents_have_no_public_url(meeting):
    document = make_document(meeting)
    with pytest.raises(ValueError):
        _ = document.file.url


def test_document_of_an_unpublished_meeting_answers_404(client):
    document = make_document(make_meeting(40, status=Status.DRAFT))
    assert client.get(document.get_absolute_url()).status_code == 404


def test_document_under_another_meeting_number_answers_404(client, meeting):
    document = make_document(meeting)
    make_meeting(30)
    assert client.get(f"/kompetenzteam/sitzungen/30/dokumente/{document.pk}/").status_code == 404


def test_document_whose_file_is_gone_answers_404(client, meeting):
    document = make_document(meeting)
    Path(document.file.path).unlink()
    assert client.get(document.get_absolute_url()).status_code == 404


def test_meeting_page_lists_only_public_documents_to_visitors(client, meeting, member):
    make_document(meeting, title="Einladung")
    make_document(meeting, visibility=MEMBERS, title="Interne Liste")
    anonymous = client.get(meeting.get_absolute_url())
    client.force_login(member)
    logged_in = client.get(meeting.get_absolute_url())
    assert [d.title for d in anonymous.context["documents"]] == ["Einladung"]
    assert anonymous.context["hidden_documents"] == 1
    assert "Interne Liste" not in anonymous.content.decode()
    assert [d.title for d in logged_in.context["documents"]] == ["Einladung", "Interne Liste"]


@pytest.mark.parametrize(
    ("staff", "group", "active", "expected"),
    [
        (False, None, True, False),
        (True, None, True, False),  # is_staff alone is not enough
        (True, "Redaktion", True, False),  # pages and news, not the committee's documents
        (True, "Integrationsbüro", True, True),
        (True, "Integrationsbüro", False, False),
    ],
)
def test_can_see_member_documents(staff, group, active, expected):
    user = UserFactory(is_staff=staff, is_active=active, groups=[group] if group else [])
    assert can_see_member_documents(user) is expected


@pytest.mark.parametrize(("until", "active", "expected"), [(None, True, True), (2024, True, False), (None, False, False)])
def test_can_see_member_documents_follows_the_membership(until, active, expected):
    organisation = make_organisation()
    make_membership(organisation, since=2019, until=until)
    user = make_editor(organisation, is_active=active)
    assert can_see_member_documents(user) is expected


def test_can_see_member_documents_is_false_for_anonymous_visitors():
    from django.contrib.auth.models import AnonymousUser

    assert can_see_member_documents(AnonymousUser()) is False


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("protokoll.pdf", b"<html>not a pdf</html>", "file_content"),
        ("programm.exe", b"MZ\x90\x00", "file_type"),
        ("folien.svg", b"<svg/>", "file_type"),
    ],
)
def test_upload_check_refuses_wrong_files(meeting, name, content, code):
    document = MeetingDocument(meeting=meeting, title_de="Datei", file=SimpleUploadedFile(name, content))
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert [e.code for e in error.value.error_dict["file"]] == [code]


def test_upload_check_refuses_files_over_20_mb(meeting):
    upload = SimpleUploadedFile("gross.pdf", b"%PDF-" + b"0" * (20 * 1024 * 1024))
    document = MeetingDocument(meeting=meeting, title_de="Groß", file=upload)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert [e.code for e in error.value.error_dict["file"]] == ["file_size"]
