"""The site search (offenbach_portal/core/search.py, docs/search.md).

Most cases run on both databases: CI runs the whole suite once on SQLite and
once on PostgreSQL. A few check what only one database has (the stored
vectors with the german configuration and pg_trgm; the FTS5 table): one test
checks the database it runs on, so nothing is skipped and CI sees both."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from offenbach_portal.core.models import SearchEntry
from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import search
from offenbach_portal.core.search_text import highlight, parse, stem_ukrainian
from tests.factories import make_agenda_item, make_meeting, make_organisation
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db


BERLIN = datetime.timezone(datetime.timedelta(hours=1))


def titles(query, language="de", **options):
    with translation.override(language):
        return [str(result.title) for result in search(query, **options).results]


def page(client, query, language="de", **params):
    prefix = "" if language == "de" else f"/{language}"
    response = client.get(f"{prefix}/suche/", {"q": query, **params})
    assert response.status_code == 200
    return response


# Stemming: German and Russian on both databases (SQLite through the snowball
# stems in FTS5, PostgreSQL through its german and russian configurations).


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Vereinen", "Der Verein stellt sich vor"),
        ("Sitzungen", "Bericht aus der Sitzung"),
        ("Frauengruppen", "Neue Frauengruppe im Nordend"),
        ("Tänze", "Griechischer Tanz für alle"),
        ("Hausaufgaben", "Hilfe bei der Hausaufgabe"),
    ],
)
def test_german_inflected_forms_find_each_other(query, title):
    make_article(title, teaser="Kurz.", body="")
    make_article("Etwas ganz anderes", teaser="Kurz.", body="")
    assert titles(query) == [title]


def test_russian_inflected_forms_find_each_other():
    make_article("Hilfe", title_ru="Помощь для беженцев", teaser="Kurz.", teaser_ru="Коротко.", body="")
    make_article("Sport", title_ru="Спорт", teaser="Kurz.", teaser_ru="Коротко.", body="")
    assert titles("беженцы", "ru") == ["Помощь для беженцев"]


def test_ukrainian_inflected_forms_find_each_other():
    make_article("Ukraine", title_uk="Допомога для України", teaser="Kurz.", teaser_uk="Коротко.", body="")
    make_article("Sport", title_uk="Спорт", teaser="Kurz.", teaser_uk="Коротко.", body="")
    assert titles("Україна", "uk") == ["Допомога для України"]
    assert stem_ukrainian("україна") == stem_ukrainian("україни") == stem_ukrainian("україні")


def test_a_typo_is_corrected_with_a_suggestion(client):
    make_article("Offenbach feiert", teaser="Kurz.", body="")
    response = page(client, "Ofenbach")
    outcome = response.context["outcome"]
    assert outcome.suggestion == "Offenbach"
    assert [str(r.title) for r in outcome.results] == ["Offenbach feiert"]
    assert "Meinten Sie" in response.content.decode()


def test_no_suggestion_when_nothing_is_similar(client):
    make_article("Offenbach feiert", teaser="Kurz.", body="")
    outcome = page(client, "Xylophonquartett").context["outcome"]
    assert (outcome.total, outcome.suggestion) == (0, "")
    assert "Keine Treffer" not in page(client, "Xylophonquartett").content.decode()


def test_a_title_hit_ranks_above_a_body_hit():
    make_article("Alltag", teaser="Kurz.", body="<p>Im Text: Sprachcafé, Sprachcafé und noch einmal Sprachcafé.</p>")
    make_article("Sprachcafé am Markt", teaser="Kurz.", body="<p>Ohne das Wort.</p>")
    assert titles("Sprachcafé") == ["Sprachcafé am Markt", "Alltag"]


def test_a_phrase_in_quotes_matches_only_the_phrase():
    make_article("Offener Treff", teaser="Kurz.", body="<p>Ein offener Treff für Familien.</p>")
    make_article("Treff", teaser="Kurz.", body="<p>Der Treff ist offen, aber anders.</p>")
    assert titles('"offener Treff"') == ["Offener Treff"]
    assert sorted(titles("offener Treff")) == ["Offener Treff", "Treff"]


def test_minus_excludes_and_or_widens():
    make_article("Deutschkurs am Abend", teaser="Kurz.", body="")
    make_article("Deutschkurs am Morgen", teaser="Kurz.", body="")
    make_article("Nähkurs", teaser="Kurz.", body="")
    assert titles("Deutschkurs -Abend") == ["Deutschkurs am Morgen"]
    assert sorted(titles("Nähkurs OR Abend")) == ["Deutschkurs am Abend", "Nähkurs"]


def test_the_database_keeps_its_own_index_in_step():
    """What only one database has, checked on the database the suite runs on
    (CI runs it on both): PostgreSQL's weighted vectors, pg_trgm and the GIN
    index; SQLite's FTS5 table of stems."""
    if connection.vendor == "postgresql":
        postgresql_stores_weighted_vectors_with_the_language_configuration()
    else:
        assert connection.vendor == "sqlite"
        sqlite_keeps_the_stems_in_fts5_in_step_with_the_index()


def postgresql_stores_weighted_vectors_with_the_language_configuration():
    make_article("Sitzungen", title_ru="Беженцев", teaser="Vereinen", teaser_ru="Коротко.", body="")
    with connection.cursor() as cursor:
        cursor.execute("SELECT language, vector::text FROM portal_searchentry ORDER BY language")
        vectors = dict(cursor.fetchall())
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() == ("pg_trgm",)
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'portal_search_vector_gin'")
        assert "USING gin (vector)" in cursor.fetchone()[0]
    assert "'sitzung':1A" in vectors["de"] and "'verein':2B" in vectors["de"]
    assert "'беженц':1A" in vectors["ru"]


def sqlite_keeps_the_stems_in_fts5_in_step_with_the_index():
    article = make_article("Sitzungen", teaser="Vereinen", body="")
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, body FROM portal_searchentry_fts")
        assert cursor.fetchall() == [("sitzung", "verein")]
    article.delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM portal_searchentry_fts")
        assert cursor.fetchone() == (0,)


# Only what the public may see.


def test_drafts_scheduled_articles_and_unpublished_organisations_are_never_found():
    make_article("Sommerfest Entwurf", status=Status.DRAFT)
    make_article("Sommerfest geplant", published_at=timezone.now() + datetime.timedelta(days=3))
    make_organisation("Sommerfest Verein", status=Status.DRAFT)
    make_article("Sommerfest veröffentlicht")
    assert titles("Sommerfest") == ["Sommerfest veröffentlicht"]


def test_a_scheduled_article_is_found_from_its_time_on():
    make_article("Lichterfest", published_at=datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN))
    with time_machine.travel(datetime.datetime(2027, 3, 1, 8, 59, tzinfo=BERLIN), tick=False):
        assert titles("Lichterfest") == []
    with time_machine.travel(datetime.datetime(2027, 3, 1, 9, 0, tzinfo=BERLIN), tick=False):
        assert titles("Lichterfest") == ["Lichterfest"]


def test_an_unpublish_a_change_and_a_delete_show_at_once():
    organisation = make_organisation("Kulturbrücke", offers=[("kultur", "Kulturbrücke Theatergruppe")])
    assert sorted(titles("Kulturbrücke")) == ["Kulturbrücke", "Kulturbrücke Theatergruppe"]
    organisation.status = Status.DRAFT
    organisation.save()
    assert titles("Kulturbrücke") == []  # its offers went with it
    organisation.status = Status.PUBLISHED
    organisation.name = "Brückenverein"
    organisation.save()
    assert titles("Brückenverein", kind="organisation") == ["Brückenverein"]
    organisation.delete()
    assert titles("Brückenverein") == [] and not SearchEntry.objects.exists()


def test_agenda_items_follow_their_meeting():
    meeting = make_meeting(41, title="Haushalt")
    make_agenda_item(meeting, title="Stadtteilfonds")
    assert titles("Stadtteilfonds") == ["41. Sitzung: Stadtteilfonds"]
    meeting.status = Status.DRAFT
    meeting.save()
    assert titles("Stadtteilfonds") == []


# The page.


def test_results_are_grouped_by_kind_with_counts_and_filterable(client):
    make_article("Nachbarschaft im Nordend")
    make_organisation("Nachbarschaftsverein")
    outcome = page(client, "Nachbarschaft").context["outcome"]
    assert [(kind, count) for kind, _label, count in outcome.kinds] == [("article", 1), ("organisation", 1)]
    filtered = page(client, "Nachbarschaft", art="organisation").context["outcome"]
    assert [str(r.title) for r in filtered.results] == ["Nachbarschaftsverein"]
    html = page(client, "Nachbarschaft").content.decode()
    assert "Aktuelles (1)" in html and "Organisation (1)" in html and "Alle (2)" in html


def test_results_are_paginated(client):
    for number in range(12):
        make_article(f"Stadtfest {number}")
    first = page(client, "Stadtfest").context
    second = page(client, "Stadtfest", page="2").context
    assert (len(first["results"]), len(second["results"]), first["page_obj"].paginator.num_pages) == (10, 2, 2)
    assert len(page(client, "Stadtfest", page="x").context["results"]) == 10
    assert len(page(client, "Stadtfest", page="99").context["results"]) == 2


def test_snippet_shows_the_text_around_the_hit_marked_and_escaped(client):
    before = " ".join(f"vorher{number}" for number in range(80))
    after = " ".join(f"nachher{number}" for number in range(80))
    make_article("Bericht", teaser="Kurz.", body=f"<p>{before} 1 &lt; 2 &lt;script&gt; Elternabend am Montag. {after}</p>")
    result = page(client, "Elternabend").context["results"][0]
    assert "<mark>Elternabend</mark> am Montag" in result.snippet
    assert "&lt;script&gt;" in result.snippet and "<script>" not in result.snippet
    assert result.snippet.startswith("… ") and result.snippet.endswith(" …")
    assert "vorher0 " not in result.snippet and "nachher79" not in result.snippet


def test_visitors_language_first_then_german_marked_with_lang(client):
    make_article("Kinderbetreuung", title_uk="Kinderbetreuung für Kinder", teaser="Kurz.", teaser_uk="Коротко.", body="")
    make_article("Kinderbetreuung am Abend", teaser="Kurz.", body="")
    response = page(client, "Kinderbetreuung", "uk")
    results = response.context["results"]
    assert [(str(r.title), r.lang) for r in results] == [("Kinderbetreuung für Kinder", None), ("Kinderbetreuung am Abend", "de")]
    html = response.content.decode()
    assert 'lang="de">Kinderbetreuung am Abend</a>' in html


def test_results_page_keeps_its_query_count_for_1_and_50_hits(client):
    make_article("Erntedank 0")
    page(client, "Erntedank")  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as one:
        page(client, "Erntedank")
    for number in range(1, 50):
        make_article(f"Erntedank {number}")
    with CaptureQueriesContext(connection) as fifty:
        response = page(client, "Erntedank")
    assert response.context["outcome"].total == 50
    assert len(one) == len(fifty)


@pytest.mark.parametrize(
    ("query", "problem", "message"),
    [
        ("", "empty", "Bitte geben Sie einen Suchbegriff ein"),
        ("a", "short", "mindestens zwei Buchstaben"),
        ("der die und", "stop", "nur aus sehr häufigen Wörtern"),
        ('"', "words", "mindestens ein Wort"),
        ("OR", "words", "mindestens ein Wort"),
        ("- OR -", "words", "mindestens ein Wort"),
        ("-Sommerfest", "words", "mindestens ein Wort"),
        ("%", "words", "mindestens ein Wort"),
        ("_", "words", "mindestens ein Wort"),
    ],
)
def test_hints_instead_of_errors(client, query, problem, message):
    make_article("Sommerfest")
    response = page(client, query)
    assert response.context["outcome"].problem == problem
    assert response.context["results"] == []
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"Sommerfest',
        'Sommerfest"',
        "' OR 1=1 --",
        "'); DROP TABLE portal_searchentry; --",
        "%Sommer%",
        "Sommer_est",
        "NEAR(Sommerfest Stadt)",
        "title:Sommerfest*",
        "(((",
        "!!! & | <->",
    ],
)
def test_hostile_input_never_fails_and_never_matches_everything(client, query):
    make_article("Sommerfest")
    make_article("Winterfest")
    make_article("Frühlingsfest")
    response = page(client, query)
    assert response.context["outcome"].total <= 1
    assert SearchEntry.objects.count() == 3


def test_a_long_query_is_cut_with_a_note(client):
    make_article("Sommerfest")
    response = page(client, "Sommerfest " + "x" * 300)
    assert len(response.context["query"]) == 200
    assert "länger als 200 Zeichen" in response.content.decode()


def test_opensearch_description_is_linked_from_every_page(client):
    response = client.get("/opensearch.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    assert 'template="http://testserver/suche/?q={searchTerms}"' in response.content.decode()
    assert '<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"' in client.get("/").content.decode()


def test_rebuild_command_writes_the_index_anew_with_progress():
    make_article("Sommerfest")
    make_organisation("Sommerverein")
    SearchEntry.objects.all().delete()
    assert titles("Sommer") == []
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "100 %" in out.getvalue() and "Suchindex neu aufgebaut" in out.getvalue()
    assert sorted(titles("Sommer")) == ["Sommerfest", "Sommerverein"]


def test_parse_reduces_input_to_words():
    parsed = parse('"genaue Folge" -ohne Wort OR Alternative % _ 1=1', "de")
    assert parsed.groups == [[("genaue", "folge")], [("wort",), ("alternative",)]]
    assert parsed.excluded == [("ohne",)]
    assert highlight("A <b> Wort", parse("Wort", "de"), "de") == "A &lt;b&gt; <mark>Wort</mark>"


# Apostrophes: the plain ('), the typographic (’) and the modifier letter (ʼ,
# the one the portal's texts use) are the same letter to the search.

APOSTROPHES = ["обʼєднання", "об'єднання", "об’єднання"]


@pytest.mark.parametrize("query", APOSTROPHES)
def test_every_apostrophe_finds_what_the_modifier_letter_finds(query):
    make_article("Verein", title_uk="Наше обʼєднання", teaser="Kurz.", teaser_uk="Коротко.", body="")
    make_article("Familie", title_uk="Сімʼя", teaser="Kurz.", teaser_uk="Про об'єднання сімей.", body="")
    make_article("Sport", title_uk="Спорт", teaser="Kurz.", teaser_uk="Коротко.", body="")
    assert sorted(titles(query, "uk")) == sorted(titles("обʼєднання", "uk")) == ["Наше обʼєднання", "Сімʼя"]


@pytest.mark.parametrize("query", APOSTROPHES)
def test_every_apostrophe_finds_german_entries_with_cyrillic_words(query):
    """A name written in Ukrainian in the German text (the fallback a Ukrainian visitor gets)."""
    make_article("Treffen im „Обʼєднання українців“", teaser="Kurz.", body="")
    make_article("Sport", teaser="Kurz.", body="")
    assert titles(query, "uk") == titles(query, "de") == ["Treffen im „Обʼєднання українців“"]


@pytest.mark.parametrize("query", APOSTROPHES)
def test_the_snippet_marks_words_with_any_apostrophe(query):
    parsed = parse(query, "uk")
    assert highlight("Наше обʼєднання та об'єднання", parsed, "uk") == "Наше <mark>обʼєднання</mark> та <mark>об&#x27;єднання</mark>"
