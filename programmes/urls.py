from django.urls import path, register_converter

from . import views


class FieldNumberConverter:
    """1 to 9: /handlungsfelder/0/, /handlungsfelder/01/ and large numbers never reach a view."""

    regex = "[1-9]"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class CallIdConverter(FieldNumberConverter):
    regex = "[1-9][0-9]{0,17}"


register_converter(FieldNumberConverter, "field_number")
register_converter(CallIdConverter, "call_id")

app_name = "programmes"

urlpatterns = [
    path("programme/", views.programme_index, name="index"),
    path("programme/<slug:slug>/", views.programme_detail, name="detail"),
    path("programme/<slug:slug>/handlungsfelder/<field_number:number>/", views.field_detail, name="field"),
    path("projekte/", views.project_list, name="projects"),
    path("projekte/export.csv", views.export_csv, name="export-csv"),
    path("projekte/export.json", views.export_json, name="export-json"),
    path("projekte/<slug:slug>/", views.project_detail, name="project"),
    path("publikationen/", views.publication_list, name="publications"),
    path("publikationen/<slug:slug>/pdf/", views.publication_file, name="publication-file"),
    path("foerderaufrufe/<call_id:pk>/richtlinie/", views.call_guideline, name="call-guideline"),
]
