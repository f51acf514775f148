from django.urls import path

from . import views

app_name = "contact"

urlpatterns = [
    path("kontakt/", views.contact_view, {"kind": "contact"}, name="contact"),
    path("barriere-melden/", views.contact_view, {"kind": "barrier"}, name="barrier"),
    path("kontakt/danke/", views.thanks, name="thanks"),
]
