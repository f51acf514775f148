import datetime
import re

import pytest

from committees.models import Meeting
from offenbach_portal.core.publication import Status
from tests.factories import (
    make_agenda_item,
    make_committee,
    make_meeting,
    make_membership,
    make_organisation,
    make_person,
    make_topic,
)
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting_29():
    sozialamt = make_organisation("Sozialamt", kind="amt", status=Status.DRAFT)
    wiegand = make_person("Dagmar Wiegand", role="Amtsleiterin", organisation=sozialamt)
    topic = make_topic("Geflüchtete", slug="gefluechtete")
    meeting = make_meeting(
        29,
        date=datetime.date(2022, 5, 24),
        title="Geflüchtete aus der Ukraine",
        results="<p>Ankommen heißt mehr als ein Dach.</p><script>alert(1)</script>",
    )
    make_agenda_item(meeting, title="Ankunft und Registrierung", topics=[topic], presenters=[wiegand])
    return meeting


def test_committee_page_shows_chairs_members_and_next_meeting(client, meeting_29):
    committee = make_committee()
    member = make_organisation("Griechische Gemeinde")
    make_membership(member, since=2010)
    former = make_organisation("Alter Verein")
    make_membership(former, since=2008, until=2012)
    upcoming = make_meeting(32, date=datetime.date(2099, 4, 20), state=Meeting.State.PLANNED)
    response = client.get("/kompetenzteam/")
    assert response.status_code == 200
    assert response.context["committee"] == committee
    assert [m.organisation for m in response.context["current_members"]] == [member]
    assert [m.organisation for m in response.context["former_members"]] == [former]
    assert response.context["next_meeting"] == upcoming
    assert response.context["latest_results"] == [meeting_29]


def test_committee_page_answers_without_a_committee(client):
    response = client.get("/kompetenzteam/")
    assert (response.status_code, response.context["committee"]) == (200, None)


def test_meeting_page_shows_agenda_presenters_and_sanitised_results(client, meeting_29):
    response = client.get("/kompetenzteam/sitzungen/29/")
    html = response.content.decode()
    assert response.status_code == 200
    presenter = re.search(r"Dagmar Wiegand[^<]*(?:<a [^>]*>[^<]*</a>)?", html).group()
    assert presenter == "Dagmar Wiegand, Amtsleiterin, Sozialamt"  # the office is not in the directory: no link
    assert "<script>alert(1)</script>" not in html
    assert '<a class="kern-link kern-link--small" href="/kompetenzteam/themen/gefluechtete/">Geflüchtete</a>' in html


def test_meeting_page_links_previous_and_next_by_number(client, meeting_29):
    make_meeting(26, date=datetime.date(2021, 1, 19))
    make_meeting(30, date=datetime.date(2024, 4, 23))
    make_meeting(31, date=datetime.date(2024, 11, 5), status=Status.DRAFT)
    response = client.get("/kompetenzteam/sitzungen/30/")
    assert (response.context["previous"].number, response.context["following"]) == (29, None)


@pytest.mark.parametrize(
    "path",
    [
        "/kompetenzteam/sitzungen/abc/",
        "/kompetenzteam/sitzungen/0/",
        "/kompetenzteam/sitzungen/029/",
        "/kompetenzteam/sitzungen/-1/",
        "/kompetenzteam/sitzungen/7/",
        "/kompetenzteam/sitzungen/99999999999999999999999/",
        "/kompetenzteam/sitzungen/7.ics",
        "/kompetenzteam/sitzungen/abc.ics",
        "/kompetenzteam/themen/gibt-es-nicht/",
        "/kompetenzteam/sitzungen/29/dokumente/99999999999999999999999/",
        "/kompetenzteam/sitzungen/29/dokumente/1/",
    ],
)
def test_unknown_meeting_topic_or_document_answers_404(client, meeting_29, path):
    assert client.get(path).status_code == 404


def test_unpublished_meeting_answers_404(client):
    make_meeting(5, status=Status.DRAFT)
    assert client.get("/kompetenzteam/sitzungen/5/").status_code == 404
    assert client.get("/kompetenzteam/sitzungen/5.ics").status_code == 404


def test_meeting_of_an_unpublished_committee_answers_404(client):
    make_meeting(5, committee=make_committee(status=Status.DRAFT))
    assert client.get("/kompetenzteam/sitzungen/5/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "?thema=gibt-es-nicht",
        "?thema=" + "x" * 5000,
        "?thema=gefluechtete&thema=x",
        "?jahr=",
        "?page=abc",
    ],
)
def test_archive_ignores_unknown_topics_and_empty_values(client, meeting_29, query):
    response = client.get("/kompetenzteam/sitzungen/" + query)
    assert response.status_code == 200
    assert [m.number for m in response.context["past"]] == [29]
    assert (response.context["selected_topic"], response.context["selected_year"]) == (None, None)


@pytest.mark.parametrize(
    "query",
    [
        "?jahr=abc",
        "?jahr=1800",
        "?jahr=2023",
        "?jahr=99999999999999999999",
        "?jahr=2022.5",
        "?jahr=-2022",
        "?jahr=２０２２",
        "?jahr=2022&jahr=x",
    ],
)
def test_archive_answers_404_for_a_year_without_meetings(client, meeting_29, query):
    assert client.get("/kompetenzteam/sitzungen/" + query).status_code == 404


def test_archive_answers_404_for_a_year_without_meetings_on_the_topic(client, meeting_29):
    make_meeting(30, date=datetime.date(2024, 4, 23))
    assert client.get("/kompetenzteam/sitzungen/?jahr=2024").status_code == 200
    assert client.get("/kompetenzteam/sitzungen/?thema=gefluechtete&jahr=2024").status_code == 404


def test_archive_filters_by_topic_and_year(client, meeting_29):
    other = make_meeting(30, date=datetime.date(2024, 4, 23))
    make_agenda_item(other, title="Förderung", topics=[make_topic("Förderung")])
    by_topic = client.get("/kompetenzteam/sitzungen/?thema=gefluechtete")
    by_year = client.get("/kompetenzteam/sitzungen/?jahr=2024")
    old_year = client.get("/kompetenzteam/sitzungen/?jahr=2022")
    assert [m.number for m in by_topic.context["past"]] == [29]
    assert [m.number for m in by_year.context["past"]] == [30]
    assert [m.number for m in old_year.context["past"]] == [29]


def test_archive_filter_cleans_its_values_like_a_search_query(client, meeting_29):
    response = client.get("/kompetenzteam/sitzungen/?thema=%20gefluechtete&jahr=2022%20")
    assert response.status_code == 200
    assert response.context["selected_topic"].slug == "gefluechtete"
    assert response.context["selected_year"] == 2022


def test_archive_shows_upcoming_and_the_latest_year_with_past_meetings(client, meeting_29):
    make_meeting(30, date=datetime.date(2024, 4, 23))
    make_meeting(31, date=datetime.date(2024, 11, 5))
    make_meeting(40, date=datetime.date(2099, 3, 1), state=Meeting.State.PLANNED)
    response = client.get("/kompetenzteam/sitzungen/")
    html = response.content.decode()
    assert [m.number for m in response.context["upcoming"]] == [40]
    assert [m.number for m in response.context["past"]] == [31, 30]
    assert (response.context["years"], response.context["shown_year"]) == ([2099, 2024, 2022], 2024)
    assert html.count('<h3 class="kern-heading-small" id="jahr-') == 1
    assert 'href="?jahr=2024" aria-current="page">2024</a>' in html
    assert 'href="?jahr=2022">2022</a>' in html


def test_archive_of_a_year_shows_only_that_year(client, meeting_29):
    make_meeting(30, date=datetime.date(2024, 4, 23))
    make_meeting(40, date=datetime.date(2099, 3, 1), state=Meeting.State.PLANNED)
    response = client.get("/kompetenzteam/sitzungen/?jahr=2022")
    html = response.content.decode()
    assert ([m.number for m in response.context["upcoming"]], [m.number for m in response.context["past"]]) == ([], [29])
    assert 'id="kommende"' not in html
    assert 'href="?jahr=2022" aria-current="page">2022</a>' in html
    future = client.get("/kompetenzteam/sitzungen/?jahr=2099")
    assert ([m.number for m in future.context["upcoming"]], future.context["past"]) == ([40], [])


def test_archive_year_links_keep_the_topic(client, meeting_29):
    html = client.get("/kompetenzteam/sitzungen/?thema=gefluechtete").content.decode()
    assert 'href="?thema=gefluechtete&amp;jahr=2022" aria-current="page">2022</a>' in html


def test_topic_page_lists_agenda_items_across_meetings_latest_first(client, meeting_29):
    topic = meeting_29.agenda_items.get().topic_areas.get()
    later = make_meeting(35, date=datetime.date(2025, 3, 1))
    make_agenda_item(later, title="Ein Jahr danach", topics=[topic])
    make_agenda_item(make_meeting(36, date=datetime.date(2025, 6, 1), status=Status.DRAFT), title="Entwurf", topics=[topic])
    response = client.get("/kompetenzteam/themen/gefluechtete/")
    assert [item.title for item in response.context["items"]] == ["Ein Jahr danach", "Ankunft und Registrierung"]
    assert response.context["meeting_count"] == 2


def test_topic_page_is_paged(client, meeting_29):
    topic = meeting_29.agenda_items.get().topic_areas.get()
    for number in range(30, 55):
        make_agenda_item(
            make_meeting(number, date=datetime.date(2023, 1, 1) + datetime.timedelta(days=number)), title=f"Punkt {number}", topics=[topic]
        )
    first = client.get("/kompetenzteam/themen/gefluechtete/")
    second = client.get("/kompetenzteam/themen/gefluechtete/?page=2")
    assert [item.title for item in first.context["items"]] == [f"Punkt {n}" for n in range(54, 34, -1)]
    assert [item.title for item in second.context["items"]] == [f"Punkt {n}" for n in range(34, 29, -1)] + ["Ankunft und Registrierung"]
    assert (first.context["meeting_count"], second.context["meeting_count"]) == (26, 26)
    assert '<a class="kern-link portal-pagination__link" href="?page=2" rel="next">' in first.content.decode()
    assert '<a class="kern-link portal-pagination__link" href="?page=1" rel="prev">' in second.content.decode()


@pytest.mark.parametrize("query", ["?page=abc", "?page=0", "?page=99999999999999999999"])
def test_topic_page_with_an_odd_page_number_shows_a_page(client, meeting_29, query):
    response = client.get("/kompetenzteam/themen/gefluechtete/" + query)
    assert response.status_code == 200
    assert [item.title for item in response.context["items"]] == ["Ankunft und Registrierung"]


def test_meeting_with_unknown_day_shows_the_note_and_no_calendar_link(client):
    make_meeting(25, date=datetime.date(2019, 2, 1), date_is_approximate=True, date_note="Anfang 2019")
    html = client.get("/kompetenzteam/sitzungen/25/").content.decode()
    assert "Anfang 2019" in html
    assert "1. Februar 2019" not in html
    assert "/kompetenzteam/sitzungen/25.ics" not in html


def test_cancelled_meeting_page_says_so(client):
    make_meeting(33, date=datetime.date(2099, 1, 1), state=Meeting.State.CANCELLED)
    assert "Diese Sitzung ist abgesagt." in client.get("/kompetenzteam/sitzungen/33/").content.decode()


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_meeting_pages_answer_in_other_languages(client, meeting_29, language):
    for path in ["/kompetenzteam/", "/kompetenzteam/sitzungen/", "/kompetenzteam/sitzungen/29/", "/kompetenzteam/themen/gefluechtete/"]:
        assert client.get(f"/{language}{path}").status_code == 200


def test_search_finds_meetings_agenda_items_and_topics(client, meeting_29):
    item = make_agenda_item(meeting_29, title="Geflüchtete Kinder in der Schule")
    response = client.get("/suche/", {"q": "Geflüchtete"})
    kinds = {"Sitzung des Kompetenzteams", "Tagesordnungspunkt", "Themenfeld des Kompetenzteams"}
    # Ranked by relevance (the topic area's whole title is the word), so compared as a set.
    assert {(r.label, r.url) for r in response.context["results"] if r.label in kinds} == {
        ("Sitzung des Kompetenzteams", "/kompetenzteam/sitzungen/29/"),
        ("Tagesordnungspunkt", f"/kompetenzteam/sitzungen/29/#top-{item.pk}"),
        ("Themenfeld des Kompetenzteams", "/kompetenzteam/themen/gefluechtete/"),
    }


def test_search_finds_agenda_items_but_not_those_of_unpublished_meetings(client, meeting_29):
    make_agenda_item(make_meeting(40, status=Status.DRAFT), title="Registrierung im Entwurf")
    results = client.get("/suche/", {"q": "Registrierung"}).context["results"]
    item = meeting_29.agenda_items.get()
    assert [(r.label, r.url) for r in results if r.kind == "agenda_item"] == [
        ("Tagesordnungspunkt", f"/kompetenzteam/sitzungen/29/#top-{item.pk}")
    ]


def test_sitemap_lists_meetings_and_topics(client, meeting_29):
    make_meeting(30, status=Status.DRAFT)
    xml = whole_sitemap(client)
    assert "http://testserver/kompetenzteam/sitzungen/29/" in xml
    assert "http://testserver/kompetenzteam/themen/gefluechtete/" in xml
    assert "/kompetenzteam/sitzungen/30/" not in xml
    assert "/dokumente/" not in xml


def test_meeting_page_links_only_published_organisations(client, meeting_29):
    published = make_organisation("Griechische Gemeinde")
    draft = make_organisation("Verein im Entwurf", status=Status.DRAFT)
    meeting_29.attendees.add(published, draft)
    html = client.get("/kompetenzteam/sitzungen/29/").content.decode()
    attendance = html.split('id="teilnahme"', 1)[1].split("</section>", 1)[0]
    assert f'<li><a class="kern-link" href="{published.get_absolute_url()}">Griechische Gemeinde</a></li>' in attendance
    assert "<li>Verein im Entwurf</li>" in attendance
    assert draft.get_absolute_url() not in html
    sozialamt = meeting_29.agenda_items.get().presenters.get().organisation
    assert sozialamt.get_absolute_url() not in html


def test_committee_page_links_only_published_member_organisations(client):
    published = make_organisation("Griechische Gemeinde")
    draft = make_organisation("Verein im Entwurf", status=Status.DRAFT)
    make_membership(published, since=2010)
    make_membership(draft, since=2012)
    html = client.get("/kompetenzteam/").content.decode()
    assert f'<a class="kern-link" href="{published.get_absolute_url()}">Griechische Gemeinde</a>' in html
    assert "<li>Verein im Entwurf <span" in html
    assert draft.get_absolute_url() not in html


def test_untranslated_meeting_texts_are_marked_as_german_on_an_english_page(client, meeting_29):
    Meeting.objects.filter(pk=meeting_29.pk).update(title_en="Refugees from Ukraine", summary_de="<p>Nur auf Deutsch.</p>")
    item = meeting_29.agenda_items.get()
    html = client.get("/en/kompetenzteam/sitzungen/29/").content.decode()
    assert '<h1 class="kern-heading-x-large">Refugees from Ukraine</h1>' in html
    assert '<div class="portal-richtext" lang="de"><p>Nur auf Deutsch.</p></div>' in html
    assert f'<span lang="de">{item.title}</span></h3>' in html
    assert (
        '<a class="kern-link kern-link--small" href="/en/kompetenzteam/themen/gefluechtete/"><span lang="de">Geflüchtete</span></a>' in html
    )


def test_untranslated_topic_and_archive_texts_are_marked_as_german_on_an_english_page(client, meeting_29):
    item = meeting_29.agenda_items.get()
    topic_html = client.get("/en/kompetenzteam/themen/gefluechtete/").content.decode()
    archive_html = client.get("/en/kompetenzteam/sitzungen/").content.decode()
    assert '<h1 class="kern-heading-x-large"><span lang="de">Geflüchtete</span></h1>' in topic_html
    assert (
        f'<a class="kern-link" href="/en/kompetenzteam/sitzungen/29/#top-{item.pk}"><span lang="de">{item.title}</span></a>' in topic_html
    )
    assert (
        '<a class="kern-link" href="/en/kompetenzteam/sitzungen/29/"><span lang="de">Geflüchtete aus der Ukraine</span></a>' in archive_html
    )
