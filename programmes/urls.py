from django.urls import path

from offenbach_portal.pages.views import page_detail

app_name = "programmes"

urlpatterns = [
    path("programme/", page_detail, {"slug": "programme"}, name="index"),
]
