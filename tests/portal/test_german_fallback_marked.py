"""Every page type in English, Ukrainian and Russian: German fallback text
(content that exists only in German) is always inside an element marked
`lang="de"` — headings, link texts, previous/next links, `<title>`, the meta
description, search results, presenter roles, rich text."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from orgs.models import Offer
from tests.factories import (
    ChairFactory,
    OfferFactory,
    PageFactory,
    PersonFactory,
    make_agenda_item,
    make_committee,
    make_document,
    make_editor,
    make_meeting,
    make_membership,
    make_organisation,
    make_topic,
)
from tests.factories.news import make_article
from tests.factories.programmes import make_programme, make_project, make_publication
from tests.lang_check import unmarked
from tests.page_types import member_paths

pytestmark = pytest.mark.django_db

MARK = "Nurdeutsch"


@pytest.fixture
def german_only_content():
    """One of everything, with every translatable text only in German."""
    PageFactory(slug="startseite", title=f"{MARK} Start", lead=f"{MARK} Einleitung", body=f"<p>{MARK} Inhalt</p>")
    PageFactory(slug="impressum", title=f"{MARK} Impressum", lead=f"{MARK} Einleitung", body=f"<p>{MARK} Text</p>")
    committee = make_committee(name=f"{MARK} Kompetenzteam", purpose=f"<p>{MARK} Zweck</p>")
    ChairFactory(committee=committee, person__name="Erika Muster", role=f"{MARK} Vorsitz", since=2020, note=f"{MARK} Notiz")
    organisation = make_organisation("Verein Muster", description=f"{MARK} Beschreibung", origin=f"{MARK} Herkunft")
    OfferFactory(organisation=organisation, category=Offer.Category.CULTURE, title=f"{MARK} Angebot", schedule=f"{MARK} montags")
    make_membership(organisation, committee=committee, note=f"{MARK} Mitglied")
    topic = make_topic(f"{MARK} Thema", description=f"{MARK} Themenbeschreibung")
    presenter = PersonFactory(name="Max Vortrag", role=f"{MARK} Referent")
    earlier = make_meeting(30, committee=committee, date=datetime.date(2024, 4, 23), title=f"{MARK} Frühere Sitzung")
    meeting = make_meeting(
        31,
        committee=committee,
        date=datetime.date(2024, 11, 5),
        title=f"{MARK} Sitzung",
        summary=f"<p>{MARK} Zusammenfassung</p>",
        results=f"<p>{MARK} Ergebnisse</p>",
    )
    make_meeting(32, committee=committee, date=datetime.date(2025, 6, 1), title=f"{MARK} Spätere Sitzung")
    make_agenda_item(
        meeting,
        title=f"{MARK} Punkt",
        description=f"<p>{MARK} Beschreibung</p>",
        result=f"<p>{MARK} Ergebnis</p>",
        topics=[topic],
        presenters=[presenter],
    )
    make_agenda_item(earlier, title=f"{MARK} Früherer Punkt", topics=[topic])
    make_document(meeting, title=f"{MARK} Protokoll")
    meeting.attendees.add(organisation)
    article = make_article(
        f"{MARK} Meldung", teaser=f"{MARK} Anreißer", body=f"<p>{MARK} Meldungstext</p>", meetings=[meeting], organisations=[organisation]
    )
    programme = make_programme(name=f"{MARK} Programm", fields=2, description=f"{MARK} Programmbeschreibung")
    field = programme.fields.get(number=1)
    field.name = f"{MARK} Handlungsfeld"
    field.description = f"{MARK} Handlungsfeldbeschreibung"
    field.save()
    project = make_project(programme, title=f"{MARK} Projekt", fields=[1], description=f"{MARK} Projektbeschreibung")
    make_publication(programme, title=f"{MARK} Broschüre", description=f"{MARK} Inhalt der Broschüre")
    return {
        "organisation": organisation,
        "meeting": meeting,
        "topic": topic,
        "article": article,
        "programme": programme,
        "field": field,
        "project": project,
    }


def page_urls(content):
    return [
        "/",
        "/impressum/",
        "/vereine/",
        content["organisation"].get_absolute_url(),
        "/kompetenzteam/",
        "/kompetenzteam/sitzungen/",
        content["meeting"].get_absolute_url(),
        content["topic"].get_absolute_url(),
        f"/suche/?q={MARK[1:]}",
        "/aktuelles/",
        content["article"].get_absolute_url(),
        "/programme/",
        content["programme"].get_absolute_url(),
        content["field"].get_absolute_url(),
        "/projekte/",
        content["project"].get_absolute_url(),
        "/publikationen/",
    ]


def pages_without_fallback_text():
    """Pages that show no translated content of their own: checked all the
    same, so that a German text added to them later is caught."""
    with translation.override("de"):
        return [
            reverse(name)
            for name in ("contact:contact", "contact:barrier", "contact:thanks", "accounts:login", "accounts:password_reset", "open-data")
        ]


def test_the_crawl_finds_unmarked_fallback_text():
    assert unmarked(f'<html lang="en"><title>{MARK}</title><p>{MARK}</p><p lang="de">{MARK}</p></html>', MARK) == [
        f"html/title: '{MARK}'",
        f"html/p: '{MARK}'",
    ]


def unmarked_on(client, paths, language, *, shown=False):
    """{address: unmarked German fallback} for the German `paths` in `language`;
    with `shown`, each page must show the fallback at all."""
    problems = {}
    for path in paths:
        address = f"/{language}{path}"
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert not shown or MARK in html, address
        found = unmarked(html, MARK)
        if found:
            problems[address] = found
    return problems


def report(problems):
    return "\n".join(f"{address}: {found}" for address, found in problems.items())


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_no_unmarked_german_fallback_on_any_page_type(client, german_only_content, language):
    problems = unmarked_on(client, page_urls(german_only_content), language, shown=True)
    problems |= unmarked_on(client, pages_without_fallback_text(), language)
    assert problems == {}, report(problems)


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_no_unmarked_german_fallback_in_the_member_area(client, german_only_content, language):
    """An editor of an organisation whose texts exist only in German: the
    member pages mark them, in the form fields too."""
    editor = make_editor(german_only_content["organisation"])
    client.force_login(editor)
    problems = unmarked_on(client, member_paths(editor), language)
    assert problems == {}, report(problems)
