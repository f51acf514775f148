import io

import pytest
from django.core.management import call_command

from committees.models import Meeting, MeetingDocument

from .oparl_helpers import validate, validate_list

pytestmark = pytest.mark.django_db


def test_demo_content_validates_through_the_whole_interface(client):
    """The demo (approximate dates, online meetings, members-only documents):
    from the system through every list, each page and object valid."""
    call_command("load_demo", stdout=io.StringIO())
    system = client.get("/oparl/v1/").json()
    validate(system)
    body = validate_list(client, system["body"])[0]
    found = {}
    for key in ["organization", "person", "membership", "meeting", "agendaItem", "file", "locationList", "paper"]:
        found[key] = validate_list(client, body[key] + "?limit=3")
    assert len(found["meeting"]) == 6
    assert all(found[key] for key in ["organization", "person", "membership", "agendaItem", "file", "locationList"])
    members_only = list(MeetingDocument.objects.filter(visibility=MeetingDocument.Visibility.MEMBERS).values_list("title", flat=True))
    assert members_only, "the demo has members-only documents"
    served = [obj["name"] for obj in found["file"]]
    assert served and not set(members_only) & set(served)
    public = MeetingDocument.objects.filter(visibility=MeetingDocument.Visibility.PUBLIC, meeting__in=Meeting.objects.published())
    assert len(served) == public.count()
