from django.urls import path

from . import views

app_name = "orgs"

urlpatterns = [
    path("", views.directory, name="index"),
    path("export.csv", views.export_csv, name="export-csv"),
    path("export.json", views.export_json, name="export-json"),
    path("<slug:slug>/", views.detail, name="detail"),
]
