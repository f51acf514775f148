from django import template
from django.urls import NoReverseMatch
from django.utils.translation import gettext as _

register = template.Library()

STATUS_TONES = {"geplant": "info", "eingeladen": "info", "durchgefuehrt": "success", "abgesagt": "danger"}


@register.filter
def profile_url(organisation):
    """The public profile of an organisation, or "" when it has none (not
    published, or the directory is not there)."""
    if organisation is None or not organisation.is_published:
        return ""
    try:
        return organisation.get_absolute_url()
    except NoReverseMatch:
        return ""


@register.filter
def status_tone(meeting):
    """The KERN badge variant for a meeting's status."""
    return STATUS_TONES.get(meeting.status, "info")


@register.filter
def topics_of(meeting):
    """The distinct topic areas of a meeting's (prefetched) agenda items, in agenda order."""
    seen = {}
    for item in meeting.agenda_items.all():
        for topic in item.topic_areas.all():
            seen.setdefault(topic.pk, topic)
    return list(seen.values())


@register.filter
def years(chair_or_membership):
    """„2019–2021“, „seit 2022“, „bis 2010“ or ""."""
    since, until = chair_or_membership.since, chair_or_membership.until
    if since and until:
        return f"{since}–{until}" if since != until else str(since)
    if since:
        return _("seit %(year)s") % {"year": since}
    if until:
        return _("bis %(year)s") % {"year": until}
    return ""
