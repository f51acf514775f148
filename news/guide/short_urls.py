"""Language-neutral short addresses for flyers and QR codes: /h/<code>/
redirects to the topic in the reader's language. Included under /h/ by the
root URLs, outside i18n_patterns."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:code>/", views.short_redirect, name="guide-short"),
]
