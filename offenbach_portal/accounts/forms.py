import logging
import re

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class LoginForm(auth_forms.AuthenticationForm):
    """Django's login form with a message that says what went wrong: Django's
    German catalogue asks to "enter" username and password, as if the fields
    were empty, when they were filled in but did not match."""

    error_messages = {
        **auth_forms.AuthenticationForm.error_messages,
        "invalid_login": _(
            "Benutzername oder Passwort stimmt nicht. Bitte prüfen Sie beide Angaben; Groß- und Kleinschreibung werden unterschieden."
        ),
    }


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form; a mail that cannot be sent is logged, and the visitor
    sees the same answer as always (a 500 would also reveal the account)."""

    def send_mail(self, *args, **kwargs):
        try:
            super().send_mail(*args, **kwargs)
        except Exception:
            logger.exception("Password reset mail to an account could not be sent")


def suggested_username(email):
    """A free username made from the address's local part: "ada.muster@…" →
    "ada.muster" (or "ada.muster2", … when taken)."""
    User = get_user_model()
    base = re.sub(r"[^\w.@+-]", "", email.split("@", 1)[0].lower())[:140] or "verein"
    candidate, number = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{base}{number}"
    return candidate


class InvitationAcceptForm(forms.Form):
    """Sets up the invitee's account: name, username, password twice."""

    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=150,
        required=False,
        help_text=_("Freiwillig. Das Integrationsbüro sieht ihn, die Öffentlichkeit nicht."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    username = forms.CharField(
        label=_("Benutzername"),
        max_length=150,
        help_text=_("Damit melden Sie sich an. Buchstaben, Ziffern und @ . + - _ sind erlaubt."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}),
        error_messages={"required": _("Bitte wählen Sie einen Benutzernamen.")},
    )
    password1 = forms.CharField(
        label=_("Passwort"),
        strip=False,
        help_text=password_validation.password_validators_help_text_html,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Bitte wählen Sie ein Passwort.")},
    )
    password2 = forms.CharField(
        label=_("Passwort wiederholen"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Bitte geben Sie das Passwort noch einmal ein.")},
    )

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        super().__init__(*args, **kwargs)

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        User = get_user_model()
        User.username_validator(username)
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("Dieser Benutzername ist schon vergeben. Bitte wählen Sie einen anderen."), code="taken")
        return username

    def clean(self):
        data = super().clean()
        password1, password2 = data.get("password1"), data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("Die beiden Passwörter stimmen nicht überein."))
        elif password1 and data.get("username"):
            User = get_user_model()
            candidate = User(username=data["username"], email=self.invitation.email, first_name=data.get("name", ""))
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
