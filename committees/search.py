"""The committee's part of the site search: meetings, agenda items, topic areas."""

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult

from .models import AgendaItem, TopicArea
from .selectors import published_meetings

LIMIT = 20


def _matches(query, *fields):
    """Match in the visitor's language and in German, the language every text starts in."""
    languages = {"de", (get_language() or "de").split("-")[0]}
    condition = Q()
    for field in fields:
        for language in languages:
            condition |= Q(**{f"{field}_{language}__icontains": query})
    return condition


def _excerpt(html):
    return Truncator(strip_tags(html or "")).words(30)


def search_committee(query):
    results = []
    for meeting in published_meetings().filter(_matches(query, "title", "summary", "results")).order_by("-date")[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Sitzung des Kompetenzteams"),
                title=str(meeting),
                url=meeting.get_absolute_url(),
                excerpt=_excerpt(meeting.summary or meeting.results),
                title_lang=fallback_language(meeting, "title"),
                excerpt_lang=fallback_language(meeting, "summary" if meeting.summary else "results"),
            )
        )
    items = (
        AgendaItem.objects.filter(_matches(query, "title", "description", "result"), meeting__in=published_meetings())
        .select_related("meeting")
        .order_by("-meeting__date", "order")[:LIMIT]
    )
    for item in items:
        results.append(
            SearchResult(
                kind=_("Tagesordnungspunkt"),
                title=f"{item.meeting.ordinal}: {item.title}",
                url=item.get_absolute_url(),
                excerpt=_excerpt(item.description or item.result),
                title_lang=fallback_language(item, "title"),
                excerpt_lang=fallback_language(item, "description" if item.description else "result"),
            )
        )
    for topic in TopicArea.objects.filter(_matches(query, "name", "description"))[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Themenfeld des Kompetenzteams"),
                title=topic.name,
                url=topic.get_absolute_url(),
                excerpt=topic.description,
                title_lang=fallback_language(topic, "name"),
                excerpt_lang=fallback_language(topic, "description"),
            )
        )
    return results
