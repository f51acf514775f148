import reversion
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.publication import Publishable
from offenbach_portal.core.richtext import RichTextField
from offenbach_portal.core.uploads import FileCheck

VIDEO_MAX_BYTES = 200 * 1024 * 1024


@reversion.register()
class Page(Publishable):
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
