"""The history names only the fields that changed, per language."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from offenbach_portal.contact.models import ContactMessage
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


def test_plain_multi_line_texts_left_as_they_were_do_not_count_as_changed(client):
    """The same for plain text fields (a lead, a topic's steps): only the
    English title changed, although every textarea came back with CR LF."""
    client.force_login(UserFactory(username="chefin", superuser=True))
    page = PageFactory(
        slug="sprechstunde",
        title_de="Sprechstunde",
        title_en="Office hours",
        lead_de="Erste Zeile.\nZweite Zeile.",
        lead_en="First line.\nSecond line.",
        lead_uk="Перший рядок.\nДругий рядок.",
        lead_ru="Первая строка.\nВторая строка.",
    )
    url = reverse("admin:pages_page_change", args=[page.pk])
    data = {name: value.replace("\n", "\r\n") for name, value in form_data(client.get(url)).items()}
    data["title_en"] = "Consultation hours"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert LogEntry.objects.get(object_id=str(page.pk)).get_change_message() == "Titel [en] geändert."
    page.refresh_from_db()
    assert (page.title_en, page.lead_de, page.lead_uk) == (
        "Consultation hours",
        "Erste Zeile.\nZweite Zeile.",
        "Перший рядок.\nДругий рядок.",
    )


def test_a_message_sent_with_cr_lf_is_stored_with_lf(client):
    response = client.post("/kontakt/", {"message": "Guten Tag,\r\nzwei Zeilen.\rUnd eine alte."})
    assert response.status_code == 303
    assert ContactMessage.objects.get().message == "Guten Tag,\nzwei Zeilen.\nUnd eine alte."
