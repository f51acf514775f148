"""The guide's part of the site search index: one entry per topic and
translation in a portal language (German always when it exists)."""

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import LANGUAGES, Entry, plain


def topic_entries(topic):
    if topic.status != Status.PUBLISHED:
        return []
    entries = []
    for translation in topic.translations.select_related("language"):
        code = translation.language.code
        if code not in LANGUAGES:
            continue
        body = " ".join(plain(text) for text in (translation.summary, translation.body, translation.steps))
        entries.append(Entry(code, translation.title, body, topic.get_absolute_url(), published_at=topic.published_at))
    return entries


def translation_topic(translation):
    """A translation changed: its topic's entries change."""
    return [translation.topic] if translation.topic_id else []
