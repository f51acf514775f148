"""Factories for the news tests: plain functions with keyword defaults, like
tests/committees/factories.py. Translated fields given by their plain name go
into the German field."""

import datetime
import itertools

from django.utils import timezone

from news.models import Article
from offenbach_portal.core.publication import Status
from tests.factories import in_german

_counter = itertools.count(1)

BERLIN_NOON = datetime.datetime(2024, 6, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))


@in_german
def make_article(title=None, **kwargs):
    number = next(_counter)
    title = title or f"Meldung {number}"
    defaults = {
        "slug": f"meldung-{number}",
        "teaser": f"Kurz gesagt: {title}.",
        "body": f"<p>Der Text zu {title}.</p>",
        "category": Article.Category.PRESS_RELEASE,
        "status": Status.PUBLISHED,
        "published_at": timezone.now() - datetime.timedelta(days=number),
    }
    defaults.update(kwargs)
    meetings = defaults.pop("meetings", [])
    organisations = defaults.pop("organisations", [])
    article = Article.objects.create(title=title, **defaults)
    article.meetings.set(meetings)
    article.organisations.set(organisations)
    return article
