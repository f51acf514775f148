"""The demo's member editors (README's demo-login table): bound to current
Kompetenzteam members, loaded idempotently, never overwriting."""

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model

from committees.rules import is_current_committee_member
from orgs.models import OrganisationEditor

pytestmark = pytest.mark.django_db

EDITORS = [
    ("verein-editor", "demo-verein-2026", "griechischer-elternverein"),
    ("verein-editor2", "demo-verein2-2026", "bulgaren-in-offenbach-ev"),
]


@pytest.mark.parametrize(("username", "password", "slug"), EDITORS)
def test_demo_editors_log_in_and_edit_a_current_member(client, shared_demo, username, password, slug):
    response = client.post("/konto/anmelden/", {"username": username, "password": password})
    assert (response.status_code, response["Location"]) == (302, "/mein-verein/")
    user = get_user_model().objects.get(username=username)
    assert client.session[SESSION_KEY] == str(user.pk)
    assert list(user.edited_organisations.values_list("slug", flat=True)) == [slug]
    assert not user.is_staff
    assert is_current_committee_member(user)


def test_demo_editors_are_not_overwritten(shared_demo):
    from django.core.management import call_command

    user = get_user_model().objects.get(username="verein-editor")
    user.set_password("geaendert-2026!")
    user.save()
    call_command("load_demo", stdout=__import__("io").StringIO())
    user.refresh_from_db()
    assert user.check_password("geaendert-2026!")
    assert OrganisationEditor.objects.filter(user__username__in=["verein-editor", "verein-editor2"]).count() == 2
