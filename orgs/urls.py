from django.urls import path

from offenbach_portal.views import page_detail

app_name = "orgs"

urlpatterns = [
    path("", page_detail, {"slug": "vereine"}, name="index"),
]
