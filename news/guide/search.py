"""The guide's part of the site search: topics, matched in the reader's language and in German."""

from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from offenbach_portal.core.search import SearchResult

from .models import SOURCE_LANGUAGE, TopicTranslation
from .selectors import pick

LIMIT = 20


def search_guide(query):
    languages = {SOURCE_LANGUAGE, (get_language() or SOURCE_LANGUAGE).split("-")[0]}
    text = Q(title__icontains=query) | Q(summary__icontains=query) | Q(body__icontains=query) | Q(steps__icontains=query)
    matching = (
        TopicTranslation.objects.filter(text, language__code__in=languages, topic__in=_published_topics())
        .values_list("topic_id", flat=True)
        .distinct()[:LIMIT]
    )
    translations = TopicTranslation.objects.filter(topic_id__in=list(matching), language__code__in=languages).select_related(
        "topic", "language"
    )
    by_topic = {}
    for translation in translations:
        by_topic.setdefault(translation.topic, []).append(translation)
    current = get_language()
    results = []
    for topic, rows in sorted(by_topic.items(), key=lambda item: item[0].order):
        chosen = next((row for row in rows if row.language.code == current), None)
        _unused, source = pick(rows, None)
        row = chosen or source or rows[0]
        results.append(
            SearchResult(
                kind=_("Offenbach hilft"),
                title=row.title,
                url=topic.get_absolute_url(),
                excerpt=Truncator(strip_tags(row.summary)).words(30),
            )
        )
    return results


def _published_topics():
    from .models import Topic

    return Topic.objects.published()
