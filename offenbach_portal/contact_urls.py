from django.urls import path

from . import contact

app_name = "contact"

urlpatterns = [
    path("kontakt/", contact.contact_view, {"kind": "contact"}, name="contact"),
    path("barriere-melden/", contact.contact_view, {"kind": "barrier"}, name="barrier"),
    path("kontakt/danke/", contact.thanks, name="thanks"),
]
