"""Presenters and chairs: name, role and the organisation once, linked like members."""

import re

import pytest

from orgs.models import Organisation

pytestmark = pytest.mark.django_db


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def test_presenter_line_names_the_office_once_without_nested_brackets(client, shared_demo):
    html = client.get("/kompetenzteam/sitzungen/29/").content.decode()
    line = next(
        p
        for p in re.findall(r'<p class="kern-body"><span class="kern-body--bold">Vortrag:</span>(.*?)</p>', html, re.S)
        if "Katja Lenz" in p
    )
    assert text_of(line) == "Katja Lenz, Amt für Öffentlichkeitsarbeit, „Offenbach hilft“ (2022)"


def test_current_chairs_link_their_organisation_like_members(client, shared_demo):
    html = client.get("/kompetenzteam/").content.decode()
    chairs = html.split('id="vorsitz"', 1)[1].split("</ul>", 1)[0]
    office = Organisation.objects.get(name="Dezernat III der Stadt Offenbach")
    assert f'<a class="kern-link" href="{office.get_absolute_url()}">Dezernat III der Stadt Offenbach</a>' in chairs
    members = html.split('id="mitglieder"', 1)[1].split("</ul>", 1)[0]
    assert '<a class="kern-link" href="/vereine/' in members
