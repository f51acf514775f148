from django import template
from django.urls import NoReverseMatch

from committees.models import Meeting

register = template.Library()

STATE_TONES = {
    Meeting.State.PLANNED: "info",
    Meeting.State.INVITED: "info",
    Meeting.State.HELD: "success",
    Meeting.State.CANCELLED: "danger",
}


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
def state_tone(meeting):
    """The KERN badge variant for a meeting's state (geplant, abgesagt …)."""
    return STATE_TONES.get(meeting.state, "info")


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
    """„2019–2021“, „seit 2022“, „bis 2010“ or "" (see `YearPeriod.years`)."""
    return chair_or_membership.years
