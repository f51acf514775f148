import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management.base import OutputWrapper

from orgs import demo
from orgs.models import Organisation, ProfileChange

pytestmark = pytest.mark.django_db


def load():
    demo.load(OutputWrapper(io.StringIO()))


def test_demo_has_one_pending_change_by_the_demo_editor():
    load()
    change = ProfileChange.objects.get()
    assert change.organisation.name == "Griechischer Elternverein"
    assert change.is_pending
    assert change.submitted_by.username == "verein-editor"
    assert change.submitted_by.check_password("demo-verein-2026")
    assert not change.submitted_by.is_staff
    assert change.organisation.editors.filter(username="verein-editor").exists()
    assert change.data["offers"][-1]["title_de"] == "Elterncafé"
    assert Organisation.objects.get(slug="griechischer-elternverein").email == ""  # not public before review


def test_demo_change_loads_once_and_keeps_an_existing_editor_account():
    user = get_user_model().objects.create_user("verein-editor", password="anders-2026")
    load()
    load()
    assert ProfileChange.objects.count() == 1
    user.refresh_from_db()
    assert user.check_password("anders-2026")
    assert ProfileChange.objects.get().submitted_by == user
