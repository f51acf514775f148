from django.urls import path

from offenbach_portal.views import page_detail

app_name = "committees"

urlpatterns = [
    path("", page_detail, {"slug": "kompetenzteam"}, name="index"),
]
