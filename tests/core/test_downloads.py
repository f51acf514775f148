"""Private files behind nginx: with SENDFILE_NGINX the download views answer
with X-Accel-Redirect after their permission check and send no file body;
without it (the default) they stream the file themselves."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from committees.models import MeetingDocument
from offenbach_portal.core.publication import Status
from tests.factories import PDF_BYTES, UserFactory, make_document, make_editor, make_meeting, make_membership, make_organisation
from tests.factories.programmes import make_programme, make_publication

pytestmark = pytest.mark.django_db

MEMBERS = MeetingDocument.Visibility.MEMBERS


@pytest.fixture
def nginx(settings):
    settings.SENDFILE_NGINX = True


@pytest.fixture
def member():
    organisation = make_organisation("Mitgliedsverein")
    make_membership(organisation, since=2020)
    return make_editor(organisation, username="vereinsmitglied")


def _internal_location(fieldfile, settings):
    return "/_private-media/" + Path(fieldfile.path).resolve().relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve()).as_posix()


def test_members_only_document_is_handed_to_nginx_for_a_member(client, nginx, member, settings):
    document = make_document(make_meeting(29), visibility=MEMBERS, title="Protokoll der Sitzung")
    client.force_login(member)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == _internal_location(document.file, settings)
    assert response["X-Accel-Redirect"].startswith("/_private-media/")
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="kompetenzteam-29-protokoll-der-sitzung.pdf"'
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("who", ["anonymous", "non-member"])
def test_members_only_document_is_404_without_a_location_for_others(client, nginx, who):
    document = make_document(make_meeting(29), visibility=MEMBERS)
    if who == "non-member":
        client.force_login(UserFactory(username="jemand"))
    response = client.get(document.get_absolute_url())
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_a_document_whose_file_is_gone_is_404_not_a_location(client, nginx):
    document = make_document(make_meeting(29))
    Path(document.file.path).unlink()
    response = client.get(document.get_absolute_url())
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_a_file_name_outside_ascii_is_quoted_in_the_location(client, nginx, settings):
    document = make_document(make_meeting(29), name="tagesordnung-über.pdf")
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert "%C3%BC" in response["X-Accel-Redirect"]
    assert response["X-Accel-Redirect"].isascii()


def test_publication_pdf_is_handed_to_nginx(client, nginx, settings):
    publication = make_publication(make_programme(), slug="neue-heimat")
    publication.file.save("neue-heimat.pdf", ContentFile(PDF_BYTES))
    response = client.get("/publikationen/neue-heimat/pdf/")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == _internal_location(publication.file, settings)
    assert response.content == b""
    publication.status = Status.DRAFT
    publication.save()
    assert client.get("/publikationen/neue-heimat/pdf/").status_code == 404


def test_without_the_setting_the_app_streams_the_file(client, member):
    document = make_document(make_meeting(29), visibility=MEMBERS)
    client.force_login(member)
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == PDF_BYTES
