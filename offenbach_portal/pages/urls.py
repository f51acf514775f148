from django.urls import path

from . import views
from .models import FIXED_SLUGS

app_name = "pages"

# The pages every German city site carries, at their fixed addresses.
urlpatterns = [path(f"{slug}/", views.page_detail, {"slug": slug}, name=slug) for slug in FIXED_SLUGS] + [
    path("seite/<slug:slug>/", views.page_detail, name="page"),
]
