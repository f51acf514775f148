"""Invitations: staff invite a person by email to get rights on something
(an organisation's profile, for instance). The accounts app names no domain
app: the thing is a generic relation (`target`), and the app that owns it
grants the rights when it receives `signals.invitation_accepted`."""

from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def default_expiry():
    return timezone.now() + timedelta(days=settings.INVITATION_DAYS)


class InvitationQuerySet(models.QuerySet):
    def open(self):
        """Neither used nor revoked nor expired."""
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


@reversion.register()
class Invitation(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("offen")
        USED = "used", _("angenommen")
        EXPIRED = "expired", _("abgelaufen")
        REVOKED = "revoked", _("zurückgezogen")

    email = models.EmailField(_("E-Mail-Adresse"), help_text=_("An diese Adresse geht der Einladungslink."))
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("Art des Ziels"),
        on_delete=models.CASCADE,
        help_text=_("Wofür die Einladung Rechte gibt, z. B. Organisation."),
    )
    object_id = models.PositiveBigIntegerField(_("Nummer des Ziels"), help_text=_("Die Nummer des Datensatzes, z. B. der Organisation."))
    target = GenericForeignKey("content_type", "object_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eingeladen von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Die Mitarbeiterin oder der Mitarbeiter, die oder der eingeladen hat."),
    )
    created_at = models.DateTimeField(_("eingeladen am"), auto_now_add=True)
    expires_at = models.DateTimeField(
        _("gültig bis"),
        default=default_expiry,
        help_text=_("Sieben Tage nach der Einladung; danach kann der Link nicht mehr genutzt werden."),
    )
    accepted_at = models.DateTimeField(_("angenommen am"), null=True, blank=True, help_text=_("Leer, solange die Einladung offen ist."))
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("angenommen von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="accepted_invitations",
        help_text=_("Der Zugang, der mit dieser Einladung angelegt oder verbunden wurde."),
    )
    revoked_at = models.DateTimeField(
        _("zurückgezogen am"), null=True, blank=True, help_text=_("Eine zurückgezogene Einladung kann nicht mehr angenommen werden.")
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Einladung")
        verbose_name_plural = _("Einladungen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.email} → {self.target}"

    @property
    def state(self):
        if self.accepted_at:
            return self.State.USED
        if self.revoked_at:
            return self.State.REVOKED
        if self.expires_at <= timezone.now():
            return self.State.EXPIRED
        return self.State.OPEN

    def get_state_display(self):
        return self.state.label
