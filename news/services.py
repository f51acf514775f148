"""Writes that do more than save(): publishing, each with an entry in the history."""

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from offenbach_portal.core.publication import Status


@transaction.atomic
def articles_publish_now(*, articles, user):
    """Publish now: status „Veröffentlicht“ and the publication time set to now,
    also for a scheduled article (it comes out early)."""
    now = timezone.now()
    articles = list(articles)
    with reversion.create_revision():
        for article in articles:
            article.publish(when=now)
            article.save()
        reversion.set_user(user)
        reversion.set_comment(_("Jetzt veröffentlicht"))
    return articles


@transaction.atomic
def articles_schedule(*, articles, user):
    """Publish at the planned time: only articles whose „veröffentlicht ab“ lies
    in the future; they appear by themselves then. Returns (scheduled, skipped)."""
    now = timezone.now()
    scheduled, skipped = [], []
    for article in articles:
        (scheduled if article.published_at and article.published_at > now else skipped).append(article)
    with reversion.create_revision():
        for article in scheduled:
            article.status = Status.PUBLISHED
            article.save()
        reversion.set_user(user)
        reversion.set_comment(_("Veröffentlichung geplant"))
    return scheduled, skipped
