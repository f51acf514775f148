from django.urls import path, register_converter

from . import feeds, opendata, views


class MeetingNumberConverter:
    """1 to 9999 without leading zeros: /sitzungen/0/, /sitzungen/029/ and
    numbers too large for the database never reach a view."""

    regex = "[1-9][0-9]{0,3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class DocumentIdConverter(MeetingNumberConverter):
    regex = "[1-9][0-9]{0,17}"


register_converter(MeetingNumberConverter, "meeting_number")
register_converter(DocumentIdConverter, "document_id")

app_name = "committees"

urlpatterns = [
    path("", views.committee_detail, name="index"),
    path("sitzungen/", views.meeting_archive, name="archive"),
    path("sitzungen.ics", feeds.all_meetings_calendar, name="calendar"),
    path("sitzungen/export.csv", opendata.export_csv, {"kind": "meetings"}, name="export-meetings-csv"),
    path("sitzungen/export.json", opendata.export_json, {"kind": "meetings"}, name="export-meetings-json"),
    path("tagesordnungspunkte/export.csv", opendata.export_csv, {"kind": "agenda-items"}, name="export-agenda-items-csv"),
    path("tagesordnungspunkte/export.json", opendata.export_json, {"kind": "agenda-items"}, name="export-agenda-items-json"),
    path("sitzungen/<meeting_number:number>/", views.meeting_detail, name="meeting"),
    path("sitzungen/<meeting_number:number>.ics", feeds.meeting_calendar, name="meeting-ics"),
    path("sitzungen/<meeting_number:number>/dokumente/<document_id:pk>/", views.document_download, name="document"),
    path("themen/<slug:slug>/", views.topic_detail, name="topic"),
]
