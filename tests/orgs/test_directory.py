import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext_lazy

from offenbach_portal.core.publication import Status
from orgs.extensions import register_directory_filter, unregister_directory_filter
from orgs.models import District, Language, Offer, Organisation
from tests.factories import OfferFactory, make_organisation

pytestmark = pytest.mark.django_db

C = Offer.Category


def card_names(response):
    return re.findall(r'class="kern-link kern-link--stretched" href="[^"]+">([^<]+)</a>', response.content.decode())


def status_text(response):
    return re.search(r'role="status">([^<]+)<', response.content.decode()).group(1)


@pytest.fixture
def directory():
    """Four published groups and one office, different in every filter."""
    return {
        "greek": make_organisation(
            "Griechische Gemeinde",
            languages=["el", "de"],
            district="Nordend",
            offers=[(C.HOMEWORK, "Hausaufgabenhilfe"), (C.CULTURE, "Tanz")],
            founded_year=1972,
        ),
        "arabic": make_organisation(
            "Arabischer Elternverein", languages=["ar", "de"], district="Nordend", offers=[(C.HOMEWORK, "Lernhilfe")], founded_year=2001
        ),
        "mosque": make_organisation(
            "Moscheegemeinde",
            kind=Organisation.Kind.RELIGIOUS,
            languages=["ar", "tr"],
            district="Lauterborn",
            offers=[(C.RELIGION, "Unterricht")],
            founded_year=1984,
        ),
        "youth": make_organisation(
            "Jugendinitiative", kind=Organisation.Kind.INITIATIVE, languages=["uk"], district="Bieber", offers=[(C.YOUTH, "Treff")]
        ),
        "office": make_organisation("Sozialamt", kind=Organisation.Kind.CITY_OFFICE, languages=["de"]),
        "draft": make_organisation("Entwurfsverein", status=Status.DRAFT, languages=["ar"], district="Nordend"),
    }


def test_directory_lists_published_groups_but_not_offices(client, directory):
    response = client.get("/vereine/")
    assert response.status_code == 200
    assert card_names(response) == ["Arabischer Elternverein", "Griechische Gemeinde", "Jugendinitiative", "Moscheegemeinde"]
    assert status_text(response) == "4 Organisationen gefunden"


def test_directory_shows_offices_when_their_kind_is_chosen(client, directory):
    response = client.get("/vereine/?art=amt")
    assert card_names(response) == ["Sozialamt"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("sprache=ar", ["Arabischer Elternverein", "Moscheegemeinde"]),
        ("sprache=ar&stadtteil=nordend", ["Arabischer Elternverein"]),
        ("sprache=ar&angebot=hausaufgabenhilfe", ["Arabischer Elternverein"]),
        ("angebot=hausaufgabenhilfe", ["Arabischer Elternverein", "Griechische Gemeinde"]),
        ("angebot=hausaufgabenhilfe&stadtteil=nordend&sprache=el", ["Griechische Gemeinde"]),
        ("art=religion&sprache=ar", ["Moscheegemeinde"]),
        ("art=religion&stadtteil=nordend", []),
        ("stadtteil=bieber", ["Jugendinitiative"]),
        ("q=eltern", ["Arabischer Elternverein"]),
        ("q=beschreibung&sprache=de", ["Arabischer Elternverein", "Griechische Gemeinde"]),
    ],
)
def test_directory_filters_combine(client, directory, query, expected):
    response = client.get(f"/vereine/?{query}")
    assert card_names(response) == expected
    assert status_text(response) == ("1 Organisation gefunden" if len(expected) == 1 else f"{len(expected)} Organisationen gefunden")


def test_directory_offer_filter_lists_each_organisation_once(client, directory):
    OfferFactory(organisation=directory["greek"], category=C.HOMEWORK, title="Zweite Gruppe")
    assert card_names(client.get("/vereine/?angebot=hausaufgabenhilfe")) == ["Arabischer Elternverein", "Griechische Gemeinde"]


def test_directory_search_finds_descriptions_in_other_languages(client, directory):
    directory["youth"].description_uk = "Молодіжний клуб у Бібері"
    directory["youth"].save()
    assert card_names(client.get("/vereine/?q=Молодіжний")) == ["Jugendinitiative"]


@pytest.mark.parametrize(
    "sort, expected",
    [
        ("name", ["Arabischer Elternverein", "Griechische Gemeinde", "Jugendinitiative", "Moscheegemeinde"]),
        ("neueste", ["Jugendinitiative", "Moscheegemeinde", "Arabischer Elternverein", "Griechische Gemeinde"]),
        ("gruendung", ["Griechische Gemeinde", "Moscheegemeinde", "Arabischer Elternverein", "Jugendinitiative"]),
        ("quatsch", ["Arabischer Elternverein", "Griechische Gemeinde", "Jugendinitiative", "Moscheegemeinde"]),
    ],
)
def test_directory_sorts(client, directory, sort, expected):
    assert card_names(client.get(f"/vereine/?sortierung={sort}")) == expected


def test_directory_shows_active_filters_with_remove_links(client, directory):
    html = client.get("/vereine/?sprache=ar&stadtteil=nordend&q=eltern&page=1").content.decode()
    active = html.split('class="orgs-active__list"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'<span class="kern-label kern-label--small">([^<]+)</span>', active) == [
        "Suche: „eltern“",
        "Sprache: Arabisch",
        "Stadtteil: Nordend",
    ]
    assert re.findall(r'href="([^"]+)"', active) == [
        "?sprache=ar&amp;stadtteil=nordend",
        "?stadtteil=nordend&amp;q=eltern",
        "?sprache=ar&amp;q=eltern",
    ]


def active_filters(response):
    html = response.content.decode().split('class="orgs-active"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'<span class="kern-label kern-label--small">([^<]+)</span>', html)


def test_directory_applies_a_filter_value_no_organisation_has(client, directory):
    response = client.get("/vereine/?sprache=fa")
    assert response.status_code == 200
    assert card_names(response) == []
    assert status_text(response) == "0 Organisationen gefunden"
    assert active_filters(response) == ["Sprache: Persisch (Farsi)"]
    html = response.content.decode()
    assert (
        '<a class="kern-link kern-link--small" href="?">entfernen<span class="kern-sr-only"> (Sprache: Persisch (Farsi))</span></a>' in html
    )
    assert '<a class="kern-link" href="/vereine/">Alle Filter zurücksetzen</a>' in html
    assert "Keine Organisation passt zu dieser Auswahl." in html
    assert "Adresse kennt" not in html


def test_directory_shows_unknown_filter_values_as_applied_and_finds_nothing(client, directory):
    response = client.get("/vereine/?sprache=xx&art=amtsstube&stadtteil=atlantis&angebot=gibtsnicht&sortierung=zufall")
    assert response.status_code == 200
    assert card_names(response) == []
    assert active_filters(response) == ["Art: amtsstube", "Sprache: xx", "Stadtteil: atlantis", "Angebot: gibtsnicht"]
    assert "Diese Sortierung kennt das Verzeichnis nicht; die Liste ist nach dem Namen sortiert." in response.content.decode()


def test_directory_keeps_known_filters_next_to_unknown_ones(client, directory):
    response = client.get("/vereine/?sprache=ar&stadtteil=atlantis")
    assert card_names(response) == []
    assert active_filters(response) == ["Sprache: Arabisch", "Stadtteil: atlantis"]
    html = response.content.decode()
    assert '<a class="kern-link kern-link--small" href="?sprache=ar">entfernen' in html


def test_directory_offers_only_languages_and_districts_in_use(client, directory):
    html = client.get("/vereine/").content.decode()
    language_select = html.split('name="sprache"', 1)[1].split("</select>", 1)[0]
    district_select = html.split('name="stadtteil"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([^"]*)"', language_select) == ["", "ar", "de", "el", "tr", "uk"]
    assert re.findall(r'<option value="([^"]*)"', district_select) == ["", "bieber", "lauterborn", "nordend"]


def test_directory_names_languages_in_ukrainian(client, directory):
    html = client.get("/uk/vereine/").content.decode()
    language_select = html.split('name="sprache"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="[a-z]+">([^<]+)</option>', language_select) == [
        "Арабська",
        "Грецька",
        "Німецька",
        "Турецька",
        "Українська",
    ]
    card = html.split("Griechische Gemeinde</a>", 1)[1].split("</article>", 1)[0]
    assert "<dd>Грецька, Німецька</dd>" in card


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        "page=999",
        "page=1.5",
        "page=" + "9" * 400,
        "q=" + "x" * 5000,
        "sprache=ar&sprache=de&sprache=",
        "stadtteil=" + "n" * 5000,
        "art[]=verein",
    ],
)
def test_directory_survives_bad_input(client, directory, query):
    response = client.get(f"/vereine/?{query}")
    assert response.status_code == 200


def test_directory_page_past_the_end_shows_the_last_page(client):
    for number in range(14):
        make_organisation(f"Verein {number:02d}")
    response = client.get("/vereine/?page=99")
    assert card_names(response) == ["Verein 12", "Verein 13"]
    assert response.context["page_obj"].number == 2


def test_directory_cuts_long_queries_and_strips_nul_bytes(client, directory):
    response = client.get("/vereine/?q=" + "x" * 5000)
    assert response.context["state"].query == "x" * 200
    # A NUL byte never reaches the directory: the address answers 400 (InvalidAddressMiddleware).
    assert client.get("/vereine/?q=Griech%00ische").status_code == 400


def test_directory_pagination_links_keep_the_filters(client):
    for number in range(13):
        make_organisation(f"Verein {number:02d}", languages=["ar"])
    html = client.get("/vereine/?sprache=ar&sortierung=neueste&bogus=1").content.decode()
    nav = html.split('class="portal-pagination"', 1)[1].split("</nav>", 1)[0]
    assert 'aria-label="Seiten der Vereinsliste"' in nav
    assert re.findall(r'href="([^"]+)"', nav) == [
        "?sprache=ar&amp;sortierung=neueste&amp;page=1",
        "?sprache=ar&amp;sortierung=neueste&amp;page=2",
        "?sprache=ar&amp;sortierung=neueste&amp;page=2",
    ]
    assert nav.count('aria-current="page"') == 1


def test_directory_form_works_without_javascript(client, directory, without_extensions):
    html = client.get("/vereine/").content.decode()
    form = html.split('<form class="orgs-filters"', 1)[1].split("</form>", 1)[0]
    assert 'method="get"' in form and 'action="/vereine/"' in form
    assert re.findall(r'name="([^"]+)"', form) == ["q", "art", "sprache", "stadtteil", "angebot", "sortierung"]
    assert '<button class="kern-btn kern-btn--primary" type="submit">' in form
    # Only the menu button's script (static/js/nav.js) and the one that folds the filters on small
    # screens (static/js/disclosure.js), which the page does not need either: without it they stay open.
    assert [re.sub(r"\.[0-9a-f]{12}\.js", ".js", tag) for tag in re.findall(r"<script[^>]*>", html)] == [
        '<script src="/static/js/nav.js" defer>',
        '<script src="/static/js/disclosure.js" defer>',
    ]
    assert '<details class="orgs-filters-disclosure" open' in html


class MemberFilter:
    """A filter as another app would register it."""

    param = "mitglied"
    label = gettext_lazy("Mitglied")

    def __init__(self, slugs):
        self.slugs = slugs

    def choices(self):
        return [("ja", "ja"), ("nein", "nein")]

    def apply(self, queryset, value):
        return queryset.filter(slug__in=self.slugs) if value == "ja" else queryset.exclude(slug__in=self.slugs)


@pytest.fixture
def member_filter(directory):
    member_filter = MemberFilter([directory["greek"].slug, directory["mosque"].slug])
    register_directory_filter(member_filter)
    yield member_filter
    unregister_directory_filter(member_filter)


def test_registered_filter_narrows_and_combines(client, member_filter):
    assert card_names(client.get("/vereine/?mitglied=ja")) == ["Griechische Gemeinde", "Moscheegemeinde"]
    assert card_names(client.get("/vereine/?mitglied=ja&sprache=ar")) == ["Moscheegemeinde"]
    assert card_names(client.get("/vereine/?mitglied=nein&sprache=ar")) == ["Arabischer Elternverein"]


def test_registered_filter_appears_in_form_and_active_filters(client, member_filter):
    html = client.get("/vereine/?mitglied=ja").content.decode()
    select = html.split('name="mitglied"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([^"]*)"( selected)?', select) == [("", ""), ("ja", " selected"), ("nein", "")]
    assert '<label class="kern-label" for="orgs-filter-mitglied">Mitglied</label>' in html
    assert '<span class="kern-label kern-label--small">Mitglied: ja</span>' in html


def test_registered_filter_with_an_unknown_value_finds_nothing(client, member_filter):
    response = client.get("/vereine/?mitglied=vielleicht")
    assert card_names(response) == []
    assert active_filters(response) == ["Mitglied: vielleicht"]


def test_registered_filter_cannot_take_a_builtin_parameter():
    class Clash(MemberFilter):
        param = "sprache"

    with pytest.raises(ValueError):
        register_directory_filter(Clash([]))


def _many(count):
    for _ in range(count):
        make_organisation(languages=["de", "ar", "tr"], district="Nordend", offers=[(C.HOMEWORK, "Hilfe"), (C.SPORT, "Fußball")])


@pytest.fixture
def without_extensions(monkeypatch):
    """Only the directory's own queries: other apps' filters may add theirs."""
    monkeypatch.setattr("orgs.extensions._directory_filters", [])
    monkeypatch.setattr("orgs.extensions.profile_section_registry._functions", [])


@pytest.mark.parametrize("count", [1, 30])
def test_directory_query_count_does_not_grow(client, django_assert_num_queries, without_extensions, count):
    _many(count)
    # Sprache and Stadtteil choices, count, page, languages of the page.
    with django_assert_num_queries(5):
        response = client.get("/vereine/")
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 30])
def test_filtered_directory_query_count_does_not_grow(client, django_assert_num_queries, without_extensions, count):
    _many(count)
    with django_assert_num_queries(5):
        response = client.get("/vereine/?sprache=ar&angebot=hausaufgabenhilfe&stadtteil=nordend&q=verein&sortierung=gruendung&page=2")
    assert response.status_code == 200


def test_directory_query_count_with_registered_extensions_does_not_grow(client):
    """Whatever other apps register, 1 and 30 organisations cost the same."""
    _many(1)
    with CaptureQueriesContext(connection) as one:
        client.get("/vereine/?sortierung=neueste")
    _many(29)
    with CaptureQueriesContext(connection) as thirty:
        client.get("/vereine/?sortierung=neueste")
    assert len(thirty) == len(one)


def test_directory_cards_mark_german_fallback_descriptions(client, directory):
    directory["youth"].description_en = "A youth club in Bieber."
    directory["youth"].save()
    html = client.get("/en/vereine/").content.decode()
    assert re.findall(r'<p class="kern-body"( lang="[a-z]+")?>([^<]+)</p>', html) == [
        (' lang="de"', "Beschreibung von Arabischer Elternverein."),
        (' lang="de"', "Beschreibung von Griechische Gemeinde."),
        ("", "A youth club in Bieber."),
        (' lang="de"', "Beschreibung von Moscheegemeinde."),
    ]


def test_office_profile_leads_to_the_offices_not_to_the_association_list(client, directory):
    html = client.get(directory["office"].get_absolute_url()).content.decode()
    assert "Zurück zur Vereinsliste" not in html
    assert '<a class="kern-link" href="/vereine/?art=amt">Alle Einträge der Art „städtisches Amt“</a>' in html
    listed = client.get("/vereine/?art=amt")
    assert card_names(listed) == ["Sozialamt"]
    html = client.get(directory["greek"].get_absolute_url()).content.decode()
    assert '<a class="kern-link" href="/vereine/">Zurück zur Vereinsliste</a>' in html


@pytest.mark.parametrize("count", [1, 30])
def test_directory_filter_choices_come_from_the_cache_on_the_next_request(
    client, django_assert_num_queries, without_extensions, settings, count
):
    settings.PAGE_CACHE_SECONDS = 300  # kept with the pages (core.pagecache.cached_data), as in production
    _many(count)
    client.get("/vereine/")
    # Another address, so not the kept page: count, page, languages of the page;
    # the Sprache and Stadtteil choices come from the cache.
    with django_assert_num_queries(3):
        response = client.get("/vereine/?page=1")
    assert response["X-Page-Cache"] == "miss"
    assert [code for code, _name in response.context["state"].filters["sprache"].extra["choices"]] == ["ar", "de", "tr"]


def test_directory_filter_choices_are_cached_per_language(client, without_extensions, settings):
    settings.PAGE_CACHE_SECONDS = 300
    _many(1)
    german = client.get("/vereine/").context["state"].filters["sprache"].extra["choices"]
    english = client.get("/en/vereine/").context["state"].filters["sprache"].extra["choices"]
    assert [name for _code, name in german] == ["Arabisch", "Deutsch", "Türkisch"]
    assert [name for _code, name in english] == ["Arabic", "German", "Turkish"]


@pytest.mark.parametrize("cache_seconds", [0, 300])
def test_directory_filter_choices_follow_a_change_of_an_organisation(client, without_extensions, settings, cache_seconds):
    settings.PAGE_CACHE_SECONDS = cache_seconds
    organisation = make_organisation(languages=["de"], district="Nordend")
    assert client.get("/vereine/").context["state"].filters["sprache"].extra["choices"] == [("de", "Deutsch")]
    organisation.languages.add(Language.objects.get(code="ar"))
    assert [code for code, _name in client.get("/vereine/").context["state"].filters["sprache"].extra["choices"]] == ["ar", "de"]
    organisation.district = District.objects.get(name="Bieber")
    organisation.save()
    assert client.get("/vereine/").context["state"].filters["stadtteil"].extra["choices"] == [("bieber", "Bieber")]
    organisation.delete()
    assert client.get("/vereine/").context["state"].filters["stadtteil"].extra["choices"] == []


@pytest.mark.parametrize("query", ["обʼєднання", "об'єднання", "об’єднання"])
def test_directory_search_treats_every_apostrophe_alike(client, directory, query):
    directory["youth"].description_uk = "Молодіжне обʼєднання у Бібері"
    directory["youth"].save()
    directory["greek"].description_uk = "Грецьке об'єднання"
    directory["greek"].save()
    assert card_names(client.get("/vereine/", {"q": query})) == ["Griechische Gemeinde", "Jugendinitiative"]
