import reversion
from django.db import models
from django.db.models import ProtectedError
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.publication import Publishable, PublishableQuerySet
from offenbach_portal.core.richtext import RichTextField
from offenbach_portal.core.uploads import FileCheck

VIDEO_MAX_BYTES = 200 * 1024 * 1024
# The page whose title, lead and text introduce the home page.
HOME_SLUG = "startseite"
# The pages every German city site carries, at their fixed addresses: they
# cannot be deleted (admin, bulk action, model and queryset alike).
FIXED_SLUGS = ("impressum", "datenschutz", "barrierefreiheit", "leichte-sprache", "gebaerdensprache")


def fixed_page_error(pages):
    return ProtectedError(
        gettext("Die Seiten Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache und Gebärdensprache können nicht gelöscht werden."),
        set(pages),
    )


class PageQuerySet(PublishableQuerySet):
    def delete(self):
        fixed = list(self.filter(slug__in=FIXED_SLUGS))
        if fixed:
            raise fixed_page_error(fixed)
        return super().delete()


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

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("Seite")
        verbose_name_plural = _("Seiten")
        ordering = ["slug"]

    def __str__(self):
        return self.title

    @property
    def is_fixed(self):
        return self.slug in FIXED_SLUGS

    def delete(self, *args, **kwargs):
        # The stored slug counts: a fixed page renamed in memory is still fixed.
        if self.is_fixed or Page.objects.filter(pk=self.pk, slug__in=FIXED_SLUGS).exists():
            raise fixed_page_error([self])
        return super().delete(*args, **kwargs)

    def get_absolute_url(self):
        """The page's one address: the home page's introduction is the home
        page, a fixed page has its fixed address (/impressum/), a section
        introduction its section's (/vereine/), any other page /seite/<slug>/."""
        try:
            return reverse(f"pages:{self.slug}")
        except NoReverseMatch:
            pass
        return self.section_url() or reverse("pages:page", kwargs={"slug": self.slug})

    def section_url(self):
        """The address of the section this page introduces: the home page for
        "startseite", /<slug>/ when another app serves it ("kompetenzteam",
        "vereine"); None otherwise. Such a page has no address of its own: the
        section is listed in the sitemap and the search by whoever serves it."""
        if self.slug == HOME_SLUG:
            return reverse("home")
        path = f"{reverse('home')}{self.slug}/"
        try:
            match = resolve(path)
        except Resolver404:
            return None
        return path if match.app_name != "pages" else None
