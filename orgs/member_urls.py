"""The member area's pages of an organisation, under /mein-verein/ (the
area itself belongs to accounts)."""

from django.urls import path

from . import views

app_name = "orgs_member"

urlpatterns = [
    path("<slug:slug>/profil/", views.profile_edit, name="profile"),
]
