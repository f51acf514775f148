"""/oparl/v1/…: one root line in offenbach_portal/urls.py, outside the language prefixes."""

from django.urls import path, re_path

from . import views

app_name = "oparl"

urlpatterns = [
    path("", views.system, name="system"),
    path("body/", views.body_list, name="body-list"),
    path("body/<str:object_id>", views.body_detail, name="body"),
    re_path(r"^(?P<path>[A-Za-z]+)/$", views.object_list, name="list"),
    re_path(r"^(?P<path>[A-Za-z]+)/(?P<object_id>[A-Za-z0-9_-]{1,40})$", views.object_detail, name="object"),
    re_path(r"^(?P<rest>.*)$", views.unknown, name="unknown"),
]
