import reversion
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@reversion.register()
class ContactMessage(models.Model):
    class Kind(models.TextChoices):
        CONTACT = "contact", _("Kontakt")
        BARRIER = "barrier", _("Barriere melden")

    class Status(models.TextChoices):
        OPEN = "open", _("offen")
        ANSWERED = "answered", _("beantwortet")

    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.CONTACT)
    name = models.CharField(pgettext_lazy("Person", "Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    message = models.TextField(_("Nachricht"), max_length=5000)
    page_url = models.CharField(_("betroffene Seite"), max_length=500, blank=True)
    language = models.CharField(_("Sprache"), max_length=5, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    note = models.TextField(_("interne Notiz"), blank=True)
    created_at = models.DateTimeField(_("eingegangen am"), auto_now_add=True)
    answered_at = models.DateTimeField(
        _("erledigt am"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Wird beim Setzen auf „beantwortet“ gestempelt. Sechs Monate danach wird die Nachricht gelöscht."),
    )

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.created_at:%d.%m.%Y %H:%M}" if self.created_at else str(self.get_kind_display())

    def save(self, *args, **kwargs):
        # The retention period (see retention.py) runs from the day
        # the message was dealt with; reopening a message stops the clock.
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status != self.Status.ANSWERED:
            self.answered_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "answered_at"}
        super().save(*args, **kwargs)
