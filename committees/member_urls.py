"""The Kompetenzteam in the member area: /mein-verein/kompetenzteam/…"""

from django.urls import path

from . import views
from .urls import MeetingNumberConverter  # noqa: F401  (registers the converter)

app_name = "committee_members"

urlpatterns = [
    path("sitzungen/<meeting_number:number>/teilnahme/<slug:organisation>/", views.attendance_edit, name="attendance"),
    path("sitzungen/<meeting_number:number>/teilnahme/<slug:organisation>/abmelden/", views.attendance_cancel, name="attendance-cancel"),
    path("themen/neu/", views.topic_propose, name="propose-topic"),
]
