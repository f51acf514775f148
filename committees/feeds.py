"""The meetings as iCalendar (RFC 5545): one feed with every meeting to
subscribe to, and one file per meeting to add to a calendar.

Every event keeps its UID for ever (`meeting-<pk>@integration.offenbach.de`),
so that a calendar updates the entry when a meeting is moved or cancelled
instead of adding a second one. SEQUENCE counts the seconds between the
meeting's creation and its last change, so it grows with every edit."""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from . import selectors
from .models import BERLIN

UID_DOMAIN = "integration.offenbach.de"
PRODID = "-//Stadt Offenbach am Main//Integrationsportal Kompetenzteam//DE"


def meeting_uid(meeting):
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def meeting_sequence(meeting):
    return max(0, int((meeting.updated_at - meeting.created_at).total_seconds()))


def meeting_location(meeting):
    if meeting.is_online:
        return _("Online (Videokonferenz)")
    return ", ".join(part for part in [meeting.place_name, meeting.place_address] if part)


def meeting_event(meeting, request):
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", timezone.now())
    event.add("created", meeting.created_at)
    event.add("last-modified", meeting.updated_at)
    event.add("sequence", meeting_sequence(meeting))
    event.add("summary", _("Kompetenzteam Integration: %(meeting)s") % {"meeting": meeting})
    if meeting.start_time:
        start = datetime.datetime.combine(meeting.date, meeting.start_time, tzinfo=BERLIN)
        event.add("dtstart", start)
        if meeting.end_time:
            event.add("dtend", datetime.datetime.combine(meeting.date, meeting.end_time, tzinfo=BERLIN))
    else:
        # No time known: an all-day entry on that day.
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + datetime.timedelta(days=1))
    location = meeting_location(meeting)
    if location:
        event.add("location", location)
    url = request.build_absolute_uri(meeting.get_absolute_url())
    event.add("url", url)
    event.add("description", f"{meeting.title}\n\n{url}")
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if meeting.is_cancelled else "OPAQUE")
    return event


def build_calendar(meetings, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    meetings = [m for m in meetings if m.in_calendar]
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, request))
    if meetings:
        first = min(m.date for m in meetings) - datetime.timedelta(days=366)
        last = max(m.date for m in meetings) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()


def _calendar_response(body, filename, *, attachment):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    # Calendar programs poll subscriptions; a quarter of an hour is fresh enough.
    patch_cache_control(response, public=True, max_age=15 * 60)
    return response


def all_meetings_calendar(request):
    """Every upcoming published meeting and the past ones of the last few years
    (settings.COMMITTEE_CALENDAR_PAST_YEARS), cancelled ones marked as such."""
    meetings = selectors.calendar_meetings()
    body = build_calendar(meetings, request, _("Kompetenzteam Integration Offenbach"))
    return _calendar_response(body, "kompetenzteam-sitzungen.ics", attachment=False)


def meeting_calendar(request, number):
    meeting = selectors.published_meetings().filter(number=number).first()
    if meeting is None or not meeting.in_calendar:
        raise Http404
    body = build_calendar([meeting], request, _("Kompetenzteam Integration Offenbach"))
    return _calendar_response(body, f"kompetenzteam-sitzung-{meeting.number}.ics", attachment=True)
