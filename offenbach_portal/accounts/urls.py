from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path(
        "konto/anmelden/", auth_views.LoginView.as_view(template_name="accounts/login.html", redirect_authenticated_user=True), name="login"
    ),
    path("konto/abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("mein-verein/", views.member_area, name="member-area"),
]
