"""The committee's part of the site search index: meetings, agenda items, topic areas."""

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import translated_entries

from .models import PORTAL_COMMITTEE_SLUG


def _visible_from(meeting):
    """None when the meeting can never be public as it stands, else the moment
    it becomes public (None inside the tuple: at once)."""
    committee = meeting.committee
    if meeting.status != Status.PUBLISHED or committee.status != Status.PUBLISHED or committee.slug != PORTAL_COMMITTEE_SLUG:
        return None
    dates = [moment for moment in (meeting.published_at, committee.published_at) if moment]
    return (max(dates) if dates else None,)


def meeting_entries(meeting):
    visible = _visible_from(meeting)
    if visible is None:
        return []
    return translated_entries(
        meeting,
        "title",
        ("date_note", "summary", "results"),
        meeting.get_absolute_url(),
        date=meeting.date,
        published_at=visible[0],
        title_text=lambda language: str(meeting),
    )


def agenda_item_entries(item):
    visible = _visible_from(item.meeting)
    if visible is None:
        return []
    return translated_entries(
        item,
        "title",
        ("description", "result"),
        item.get_absolute_url(),
        date=item.meeting.date,
        published_at=visible[0],
        title_text=lambda language: f"{item.meeting.ordinal}: {getattr(item, f'title_{language}', '') or item.title_de}",
    )


def topic_area_entries(topic):
    return translated_entries(topic, "name", ("description",), topic.get_absolute_url())


def committee_meetings(committee):
    """The committee's publication decides over its meetings and their items."""
    if not committee.pk:
        return []
    meetings = list(committee.meetings.select_related("committee"))
    return meetings + [item for meeting in meetings for item in meeting.agenda_items.select_related("meeting__committee")]


def meeting_items(meeting):
    return list(meeting.agenda_items.select_related("meeting__committee")) if meeting.pk else []
