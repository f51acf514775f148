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


SIGN_LANGUAGE_SLUG = "gebaerdensprache"


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
        help_text=_("Nur für die Seite Gebärdensprache: MP4 oder WebM, höchstens 200 MB."),
    )
    video_captions = models.FileField(
        _("Untertitel (WebVTT)"),
        upload_to="pages/video/",
        blank=True,
        validators=[FileCheck(["vtt"], 1024 * 1024)],
    )
    video_duration = models.DurationField(
        _("Länge des Videos"),
        null=True,
        blank=True,
        help_text=_("Minuten und Sekunden, z. B. 04:30. Die Seite nennt die Länge neben dem Link zum Herunterladen."),
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

    @property
    def video_minutes(self):
        """The video's length as „4:30“ (minutes:seconds), or "" when not given."""
        if not self.video_duration:
            return ""
        seconds = int(self.video_duration.total_seconds())
        return f"{seconds // 60}:{seconds % 60:02d}"

    @property
    def video_size(self):
        """The video file's size in bytes, or None when the file is missing."""
        try:
            return self.video.size if self.video else None
        except OSError:
            return None

    @property
    def video_extension(self):
        return self.video.name.rsplit(".", 1)[-1].upper() if self.video else ""


@reversion.register()
class AccessibilityStatement(models.Model):
    """The facts of the accessibility statement on the EU model (Implementing
    Decision (EU) 2018/1523, HVBIT): one record, kept current by staff. The
    page „Barrierefreiheit“ shows them through its data blocks (see
    legal_blocks.py); its text only introduces and connects them."""

    class Compliance(models.TextChoices):
        FULL = "full", _("vollständig barrierefrei")
        PARTIAL = "partial", _("teilweise barrierefrei")
        NONE = "none", _("nicht barrierefrei")

    class Method(models.TextChoices):
        SELF = "self", _("Selbstbewertung")
        THIRD_PARTY = "third-party", _("Prüfung durch Dritte")

    compliance = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        help_text=_("„Teilweise barrierefrei“, solange eine aktuelle Barriere der Art „nicht vereinbar“ besteht."),
    )
    scope_url = models.URLField(
        _("Geltungsbereich (Adresse)"),
        help_text=_("Die Adresse des Portals, für das die Erklärung gilt, z. B. https://integration.offenbach.de/."),
    )
    scope = models.TextField(
        _("Geltungsbereich (Beschreibung)"), blank=True, help_text=_("Welche Teile und Sprachfassungen die Erklärung umfasst.")
    )
    method = models.CharField(_("Methode der letzten Bewertung"), max_length=15, choices=Method.choices, default=Method.SELF)
    method_details = models.TextField(
        _("Wie bewertet wurde"), blank=True, help_text=_("Wer geprüft hat, nach welchem Maßstab und mit welchen Werkzeugen.")
    )
    assessed_on = models.DateField(
        _("Datum der letzten Bewertung"),
        help_text=_("Der Tag, an dem die Bewertung abgeschlossen wurde – nicht der Tag, an dem dieser Eintrag gespeichert wird."),
    )
    prepared_on = models.DateField(_("Erklärung erstellt am"), help_text=_("Der Tag, an dem die Erklärung zuerst erstellt wurde."))
    reviewed_on = models.DateField(
        _("Erklärung zuletzt überprüft am"), null=True, blank=True, help_text=_("Mindestens einmal im Jahr prüfen und hier eintragen.")
    )
    unit = models.CharField(
        _("Zuständige Stelle"), max_length=200, help_text=_("Die Stelle, die Rückmeldungen zur Barrierefreiheit bearbeitet.")
    )
    postal_address = models.TextField(
        _("Postanschrift"), help_text=_("Eine Angabe je Zeile: Stelle, Straße und Hausnummer, Postleitzahl und Ort.")
    )
    phone = models.CharField(_("Telefon"), max_length=50)
    email = models.EmailField(_("E-Mail-Adresse"))
    enforcement_body = models.TextField(
        _("Durchsetzungsstelle"),
        help_text=_("Name und Anschrift der Durchsetzungs- und Überwachungsstelle des Landes Hessen, eine Angabe je Zeile."),
    )
    enforcement_url = models.URLField(
        _("Antrag auf ein Durchsetzungsverfahren (Adresse)"), help_text=_("Die Seite des Landes Hessen, auf der man den Antrag stellt.")
    )
    enforcement_email = models.EmailField(_("E-Mail-Adresse der Durchsetzungsstelle"), blank=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")
        verbose_name_plural = _("Erklärung zur Barrierefreiheit")
        constraints = [models.CheckConstraint(condition=models.Q(pk=1), name="accessibility_statement_single")]

    def __str__(self):
        return str(_("Erklärung zur Barrierefreiheit"))

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    def clean(self):
        # There is one statement: it is always record 1 (see the constraint).
        self.pk = 1

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).first()


@reversion.register()
class KnownBarrier(models.Model):
    """A part of the portal that is not (yet) accessible, as the accessibility
    statement lists it: why, what visitors can use instead, what is planned."""

    class Category(models.TextChoices):
        NON_COMPLIANT = "non-compliant", _("nicht vereinbar mit den Anforderungen")
        DISPROPORTIONATE = "disproportionate", _("unverhältnismäßige Belastung")
        OUT_OF_SCOPE = "out-of-scope", _("nicht vom Geltungsbereich erfasst")

    category = models.CharField(
        _("Art"),
        max_length=20,
        choices=Category.choices,
        default=Category.NON_COMPLIANT,
        help_text=_(
            "„Nicht vereinbar“: eine Anforderung ist nicht erfüllt. „Unverhältnismäßige Belastung“: die Stadt hat "
            "abgewogen und darf darauf verzichten (Begründung nötig). „Nicht erfasst“: die Inhalte fallen nicht unter die Pflicht."
        ),
    )
    title = models.CharField(_("Betroffener Inhalt"), max_length=200, help_text=_("Kurz und konkret, z. B. „Sitzungsunterlagen als PDF“."))
    reason = models.TextField(_("Was nicht barrierefrei ist und warum"))
    applies_to_documents = models.BooleanField(
        _("Betrifft hochgeladene Dokumente"),
        default=False,
        help_text=_("Die Erklärung nennt dann alle Dokumentformate, die das Portal annimmt."),
    )
    alternative = models.TextField(
        _("Zugängliche Alternative"), blank=True, help_text=_("Was Besucherinnen und Besucher stattdessen nutzen können.")
    )
    measure = models.TextField(_("Geplante Maßnahme"), blank=True)
    planned_for = models.DateField(_("Geplant bis"), null=True, blank=True)
    is_current = models.BooleanField(
        _("besteht noch"),
        default=True,
        help_text=_("Ist die Barriere behoben, hier den Haken entfernen: sie verschwindet aus der Erklärung."),
    )
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    label_field = "title"

    class Meta:
        verbose_name = _("Bekannte Barriere")
        verbose_name_plural = _("Bekannte Barrieren")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title
