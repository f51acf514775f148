import reversion
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .richtext import RichTextField
from .uploads import FileCheck

VIDEO_MAX_BYTES = 200 * 1024 * 1024


class PageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


@reversion.register()
class Page(models.Model):
    """An editorial page: the legal pages, Leichte Sprache, Gebärdensprache and
    the introductions of the portal's sections. Title, lead and body exist once
    per language (German required, the others fall back to German)."""

    slug = models.SlugField(
        _("Adresse (Slug)"),
        unique=True,
        help_text=_("Teil der Adresse, z. B. „impressum“ für /impressum/. Die festen Seiten brauchen ihre festen Slugs."),
    )
    title = models.CharField(_("Titel"), max_length=200)
    lead = models.TextField(_("Einleitung"), blank=True, help_text=_("Ein bis zwei Sätze, erscheinen unter dem Titel und in der Suche."))
    body = RichTextField(_("Inhalt"), blank=True)
    video = models.FileField(
        _("Video"),
        upload_to="pages/video/",
        blank=True,
        validators=[FileCheck(["mp4", "webm"], VIDEO_MAX_BYTES)],
        help_text=_("Nur für die Seite Gebärdensprache: MP4 oder WebM, höchstens 200 MB."),
    )
    video_captions = models.FileField(
        _("Untertitel (WebVTT)"),
        upload_to="pages/video/",
        blank=True,
        validators=[FileCheck(["vtt"], 1024 * 1024)],
    )
    is_published = models.BooleanField(_("veröffentlicht"), default=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("Seite")
        verbose_name_plural = _("Seiten")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        try:
            return reverse(f"pages:{self.slug}")
        except NoReverseMatch:
            return reverse("pages:page", kwargs={"slug": self.slug})


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
        _("erledigt am"), null=True, blank=True, editable=False,
        help_text=_("Wird beim Setzen auf „beantwortet“ gestempelt. Sechs Monate danach wird die Nachricht gelöscht."),
    )

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.created_at:%d.%m.%Y %H:%M}" if self.created_at else str(self.get_kind_display())

    def save(self, *args, **kwargs):
        # The retention period (see purge_contact_messages) runs from the day
        # the message was dealt with; reopening a message stops the clock.
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        elif self.status != self.Status.ANSWERED:
            self.answered_at = None
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "answered_at"}
        super().save(*args, **kwargs)
