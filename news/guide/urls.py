"""The guide's addresses. `urlpatterns` go under /offenbach-hilft/ in every
interface language (see news/urls.py); the language-neutral short addresses
for flyers are in `short_urls.py`."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.hub, name="guide"),
    path("<slug:slug>/", views.topic_detail, name="guide-topic"),
    path("<slug:slug>/druck/", views.topic_print, name="guide-print"),
    path("<slug:slug>/qr.svg", views.topic_qr, name="guide-qr"),
]
