from django.urls import path

from . import views

app_name = "orgs"

urlpatterns = [
    path("", views.directory, name="index"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.json", views.export_json, name="export-json"),
    path("eintragen/", views.listing_request, name="listing-request"),
    path("eintragen/danke/", views.listing_request_thanks, name="listing-request-thanks"),
    path("<slug:slug>/", views.detail, name="detail"),
]
