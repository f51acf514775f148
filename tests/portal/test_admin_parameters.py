"""Unknown or malformed parameters on the back office's lists and exports
never answer 500: Django's list and the import-export export both send the
visitor back to the unfiltered list (`?e=1`)."""

import pytest

from orgs.models import Organisation
from tests.factories import UserFactory, make_organisation

pytestmark = pytest.mark.django_db

EXPORTS = ["/admin/orgs/organisation/export/", "/admin/programmes/project/export/"]
GARBAGE = ["resource=-1", "unbekannt=1", "status__exact=x&id__gt=abc", "o=abc&p=-1", "format=99"]


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(superuser=True))
    return client


@pytest.mark.parametrize("export", EXPORTS)
@pytest.mark.parametrize("query", GARBAGE[:3])
def test_export_with_an_unknown_filter_goes_back_to_the_list(admin_client, export, query):
    response = admin_client.get(f"{export}?{query}")
    changelist = export.removesuffix("export/")
    assert (response.status_code, response["Location"]) == (302, f"{changelist}?e=1")
    assert admin_client.get(response["Location"]).status_code == 200
    posted = admin_client.post(f"{export}?{query}", {"format": "0"})
    assert (posted.status_code, posted["Location"]) == (302, f"{changelist}?e=1")


@pytest.mark.parametrize("export", EXPORTS)
def test_export_without_parameters_shows_the_form(admin_client, export):
    assert admin_client.get(export).status_code == 200


@pytest.mark.parametrize("changelist", ["/admin/orgs/organisation/", "/admin/programmes/project/", "/admin/news/article/"])
@pytest.mark.parametrize("query", GARBAGE)
def test_changelist_with_garbage_parameters_never_answers_500(admin_client, changelist, query):
    response = admin_client.get(f"{changelist}?{query}")
    outcome = (response.status_code, response.get("Location"))
    # Sorting and paging values that make no sense are ignored; unknown filters go back to the list.
    assert outcome == ((200, None) if query.startswith("o=") else (302, f"{changelist}?e=1"))


@pytest.mark.parametrize("changelist", ["/admin/orgs/organisation/", "/admin/auth/user/", "/admin/axes/accessattempt/"])
@pytest.mark.parametrize("selected", [["abc"], [str(10**3), "-1", "1.5"], ["\x00"]])
def test_an_action_on_a_selection_that_is_not_ids_changes_nothing(admin_client, changelist, selected):
    """Found by the fuzz test: Django filtered the list by `abc` and failed (500)."""
    organisation = make_organisation(name="Bleibt")
    response = admin_client.post(changelist, {"action": "delete_selected", "_selected_action": selected, "post": "yes"}, follow=True)
    assert response.status_code == 200
    assert [str(message) for message in response.context["messages"]] == ["Die Auswahl ist ungültig. Es wurden keine Einträge geändert."]
    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_an_action_on_valid_ids_still_runs(admin_client):
    kept, removed = make_organisation(name="Bleibt"), make_organisation(name="Geht")
    response = admin_client.post(
        "/admin/orgs/organisation/", {"action": "delete_selected", "_selected_action": [removed.pk], "post": "yes"}, follow=True
    )
    assert response.status_code == 200
    assert list(Organisation.objects.values_list("name", flat=True)) == [kept.name]
