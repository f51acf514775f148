from django.urls import path

from . import views

app_name = "pages"

# The pages every German city site carries, at their fixed addresses.
FIXED_PAGES = ["impressum", "datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache"]

urlpatterns = [path(f"{slug}/", views.page_detail, {"slug": slug}, name=slug) for slug in FIXED_PAGES] + [
    path("seite/<slug:slug>/", views.page_detail, name="page"),
]
