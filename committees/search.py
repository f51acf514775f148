"""The committee's part of the site search: meetings, agenda items, topic areas."""

from django.utils.translation import gettext as _

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult, excerpt, matches

from .models import AgendaItem, TopicArea
from .selectors import published_meetings

LIMIT = 20


def search_committee(query):
    results = []
    for meeting in published_meetings().filter(matches(query, "title", "summary", "results")).order_by("-date")[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Sitzung des Kompetenzteams"),
                title=str(meeting),
                url=meeting.get_absolute_url(),
                excerpt=excerpt(meeting.summary or meeting.results),
                title_lang=fallback_language(meeting, "title"),
                excerpt_lang=fallback_language(meeting, "summary" if meeting.summary else "results"),
            )
        )
    items = (
        AgendaItem.objects.filter(matches(query, "title", "description", "result"), meeting__in=published_meetings())
        .select_related("meeting")
        .order_by("-meeting__date", "order")[:LIMIT]
    )
    for item in items:
        results.append(
            SearchResult(
                kind=_("Tagesordnungspunkt"),
                title=f"{item.meeting.ordinal}: {item.title}",
                url=item.get_absolute_url(),
                excerpt=excerpt(item.description or item.result),
                title_lang=fallback_language(item, "title"),
                excerpt_lang=fallback_language(item, "description" if item.description else "result"),
            )
        )
    for topic in TopicArea.objects.filter(matches(query, "name", "description"))[:LIMIT]:
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
