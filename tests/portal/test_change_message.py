"""The history names only the fields that changed, per language."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from tests.factories import PageFactory, UserFactory

pytestmark = pytest.mark.django_db


def form_data(response):
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or hasattr(value, "field"):  # nothing, or a stored file
            value = ""
        if isinstance(value, bool):
            if value:
                data[name] = "on"
            continue
        data[name] = value
    return data


def test_history_lists_only_the_changed_language(client):
    client.force_login(UserFactory(username="chefin", superuser=True))
    page = PageFactory(
        slug="sommerfest",
        title_de="Sommerfest",
        title_en="Summer party",
        body_de="<p>Alt.</p>\n<p>Zweiter Absatz.</p>",
        body_en="<p>Old.</p>\n<p>Second paragraph.</p>",
        body_uk="<p>Старе.</p>\n<p>Другий абзац.</p>",
        body_ru="<p>Старое.</p>\n<p>Второй абзац.</p>",
    )
    url = reverse("admin:pages_page_change", args=[page.pk])
    # A browser sends a textarea's line breaks as CR LF.
    data = {name: value.replace("\n", "\r\n") for name, value in form_data(client.get(url)).items()}
    data["body_de"] = "<p>Neu.</p>\r\n<p>Zweiter Absatz.</p>"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert entry.get_change_message() == "Inhalt [de] geändert."
    page.refresh_from_db()
    assert (page.body_de, page.body_en) == ("<p>Neu.</p>\n<p>Zweiter Absatz.</p>", "<p>Old.</p>\n<p>Second paragraph.</p>")
