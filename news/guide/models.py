"""„Offenbach hilft“: a practical guide for people arriving from Ukraine and
for those who help them.

The guide's languages are data (`GuideLanguage`), not the four interface
languages: every text lives in a translation row per language
(`TopicTranslation`, `HubTranslation`, `FirstStepTranslation`), so staff add
Arabic or Turkish without a code change. Contact points reuse the
organisations directory: address, phone, e-mail and website come from
`orgs.Organisation`, opening hours and the appointment link from
`OfficeDetails` attached to it, so one change shows on every page."""

import datetime
from zoneinfo import ZoneInfo

import reversion
from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.publication import Publishable, PublishableQuerySet
from offenbach_portal.core.richtext import RichTextField
from orgs.models import Offer, Organisation

__all__ = [
    "GuideLanguage",
    "Topic",
    "TopicTranslation",
    "HubTranslation",
    "FirstStep",
    "FirstStepTranslation",
    "ContactPoint",
    "OfficeDetails",
    "OpeningHours",
    "ReviewStatus",
]

BERLIN = ZoneInfo("Europe/Berlin")
SOURCE_LANGUAGE = "de"
# A topic whose content nobody has checked for this long is „überfällig“.
REVIEW_INTERVAL_MONTHS = 6


def today_in_berlin():
    return timezone.localdate(timezone=BERLIN)


def months_before(day, months):
    """The same day `months` earlier (the month's last day where it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return datetime.date(year, month, min(day.day, (following - datetime.timedelta(days=1)).day))


def stale_before(today=None):
    """Topics reviewed before this day (or never) are due for a review."""
    return months_before(today or today_in_berlin(), REVIEW_INTERVAL_MONTHS)


def validate_language_code(code):
    """A language Django or the directory knows: „ar“, „tr“, „prs“; not „xx“."""
    from orgs.models import Language

    if code in LANG_INFO or Language.objects.filter(code=code).exists():
        return
    raise ValidationError(_("„%(code)s“ ist kein bekannter Sprachcode."), code="unknown_language", params={"code": code})


class ReviewStatus(models.TextChoices):
    ORIGINAL = "original", _("Originaltext")
    PENDING = "ausstehend", _("übersetzt, Prüfung ausstehend")
    REVIEWED = "geprueft", _("von Muttersprachler geprüft")


class GuideLanguageQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


@reversion.register()
class GuideLanguage(models.Model):
    """A language the guide's content is written in. Unlike the four interface
    languages these are data: an active language with translations appears on
    the pages, in its own name and writing direction."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("von links nach rechts")
        RTL = "rtl", _("von rechts nach links")

    code = models.CharField(
        _("Sprachcode"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2,3}$", _("Zwei oder drei Kleinbuchstaben, z. B. „ar“ oder „prs“.")), validate_language_code],
        help_text=_("ISO 639-1 (z. B. „ar“ für Arabisch, „tr“ für Türkisch); erscheint in der Adresse (?sprache=ar) und im Attribut lang."),
    )
    name = models.CharField(_("Name in der Sprache selbst"), max_length=60, help_text=_("z. B. „العربية“, „Türkçe“, „Українська“."))
    name_de = models.CharField(_("Name auf Deutsch"), max_length=60)
    direction = models.CharField(_("Schreibrichtung"), max_length=3, choices=Direction.choices, default=Direction.LTR)
    active = models.BooleanField(_("aktiv"), default=True, help_text=_("Nur aktive Sprachen erscheinen auf der Website."))
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    objects = GuideLanguageQuerySet.as_manager()

    class Meta:
        app_label = "news"
        verbose_name = _("Sprache des Ratgebers")
        verbose_name_plural = _("Sprachen des Ratgebers")
        ordering = ["order", "code"]

    def __str__(self):
        return f"{self.name_de} ({self.code})"

    @property
    def is_rtl(self):
        return self.direction == self.Direction.RTL


class TopicQuerySet(PublishableQuerySet):
    def stale(self, today=None):
        return self.filter(Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=stale_before(today)))


@reversion.register(follow=["translations", "contact_points"])
class Topic(Publishable):
    class Audience(models.TextChoices):
        REFUGEES = "gefluechtete", _("Ich bin aus der Ukraine geflüchtet")
        HELPERS = "helfende", _("Ich möchte helfen")
        BOTH = "beide", _("für beide")

    slug = models.SlugField(_("Adresse (Slug)"), max_length=80, unique=True, help_text=_("Die Seite liegt unter /offenbach-hilft/<slug>/."))
    short_code = models.SlugField(
        _("Kurzadresse"),
        max_length=12,
        unique=True,
        help_text=_("Für Flyer und QR-Code: /h/<kurzadresse>/ leitet auf das Thema weiter. Kurz und ohne Umlaute, z. B. „wohnen“."),
    )
    audience = models.CharField(_("Zielgruppe"), max_length=12, choices=Audience.choices, default=Audience.REFUGEES)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    offer_category = models.CharField(
        _("Vereine mit Angeboten der Kategorie"),
        max_length=20,
        choices=Offer.Category.choices,
        blank=True,
        help_text=_(
            "Wenn gesetzt, zeigt das Thema alle veröffentlichten Organisationen mit einem Angebot dieser Kategorie aus dem Vereinsverzeichnis."
        ),
    )
    reviewed_on = models.DateField(
        _("geprüft am"),
        null=True,
        blank=True,
        help_text=_(
            "Das Datum, an dem jemand den Inhalt fachlich geprüft hat (nicht das Speicherdatum). Erscheint als „Geprüft am“. "
            "Themen, die seit sechs Monaten nicht geprüft sind, stehen in der Liste oben."
        ),
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        app_label = "news"
        verbose_name = _("Thema des Ratgebers")
        verbose_name_plural = _("Themen des Ratgebers")
        ordering = ["order", "slug"]

    def __str__(self):
        for translation in getattr(self, "_prefetched_objects_cache", {}).get("translations", []):
            if translation.language.code == SOURCE_LANGUAGE:
                return translation.title
        return self.slug

    def get_absolute_url(self):
        return reverse("news:guide-topic", kwargs={"slug": self.slug})

    def get_short_url(self):
        return reverse("guide-short", kwargs={"code": self.short_code})

    @property
    def is_stale(self):
        return self.reviewed_on is None or self.reviewed_on < stale_before()


class TranslationBase(models.Model):
    review_status = models.CharField(
        _("Stand der Übersetzung"),
        max_length=12,
        choices=ReviewStatus.choices,
        default=ReviewStatus.PENDING,
        help_text=_("Wird den Lesenden angezeigt. „Originaltext“ nur für den deutschen Ausgangstext."),
    )

    class Meta:
        abstract = True


@reversion.register()
class TopicTranslation(TranslationBase):
    topic = models.ForeignKey(Topic, verbose_name=_("Thema"), on_delete=models.CASCADE, related_name="translations")
    language = models.ForeignKey(GuideLanguage, verbose_name=_("Sprache"), on_delete=models.PROTECT, related_name="topic_translations")
    title = models.CharField(_("Titel"), max_length=150)
    summary = models.TextField(_("Kurzfassung"), max_length=400, help_text=_("Ein oder zwei Sätze; erscheint auf der Übersicht."))
    body = RichTextField(_("Abschnitte"), blank=True)
    documents = models.TextField(_("Mitzubringende Unterlagen"), blank=True, help_text=_("Eine Unterlage pro Zeile."))
    steps = models.TextField(_("Schritte"), blank=True, help_text=_("Ein Schritt pro Zeile, in der Reihenfolge, in der man sie geht."))

    class Meta:
        app_label = "news"
        verbose_name = _("Übersetzung")
        verbose_name_plural = _("Übersetzungen")
        ordering = ["language__order", "language__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "language"],
                name="news_topictranslation_one_per_language",
                violation_error_message=_("Für diese Sprache gibt es schon eine Übersetzung."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def document_list(self):
        return [line.strip() for line in self.documents.splitlines() if line.strip()]

    @property
    def step_list(self):
        return [line.strip() for line in self.steps.splitlines() if line.strip()]


@reversion.register()
class HubTranslation(TranslationBase):
    """The texts of the hub /offenbach-hilft/ in one language."""

    language = models.OneToOneField(GuideLanguage, verbose_name=_("Sprache"), on_delete=models.PROTECT, related_name="hub_translation")
    title = models.CharField(_("Titel"), max_length=150)
    intro = models.TextField(_("Einleitung"))
    refugees_intro = models.TextField(_("Text für Geflüchtete"), blank=True)
    helpers_intro = models.TextField(_("Text für Helfende"), blank=True)

    class Meta:
        app_label = "news"
        verbose_name = _("Text der Übersichtsseite")
        verbose_name_plural = _("Texte der Übersichtsseite")
        ordering = ["language__order", "language__code"]

    def __str__(self):
        return f"{self.title} ({self.language.code})"


@reversion.register(follow=["translations"])
class FirstStep(models.Model):
    """One item of the „Erste Schritte“ checklist on the hub, linked to the topic that explains it."""

    topic = models.ForeignKey(Topic, verbose_name=_("Thema"), on_delete=models.CASCADE, related_name="first_steps")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        app_label = "news"
        verbose_name = _("Erster Schritt")
        verbose_name_plural = _("Erste Schritte")
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.order}. {self.topic.slug}"


@reversion.register()
class FirstStepTranslation(models.Model):
    step = models.ForeignKey(FirstStep, verbose_name=_("Schritt"), on_delete=models.CASCADE, related_name="translations")
    language = models.ForeignKey(GuideLanguage, verbose_name=_("Sprache"), on_delete=models.PROTECT, related_name="+")
    text = models.CharField(_("Text"), max_length=200)

    class Meta:
        app_label = "news"
        verbose_name = _("Übersetzung")
        verbose_name_plural = _("Übersetzungen")
        constraints = [
            models.UniqueConstraint(fields=["step", "language"], name="news_firststeptranslation_one_per_language"),
        ]

    def __str__(self):
        return self.text


@reversion.register(follow=["hours"])
class OfficeDetails(models.Model):
    """What the guide needs of an organisation beyond the directory: opening
    hours and an appointment link. Address, phone and e-mail stay on the
    organisation, so a change there shows on every guide page."""

    organisation = models.OneToOneField(
        Organisation, verbose_name=_("Organisation oder Amt"), on_delete=models.CASCADE, related_name="guide_details"
    )
    appointment_url = models.URLField(_("Link zur Terminvergabe"), blank=True)
    hours_note = models.CharField(
        _("Hinweis zu den Öffnungszeiten"), max_length=200, blank=True, help_text=_("z. B. „nur mit Termin“; erscheint auf Deutsch.")
    )
    unconfirmed = models.BooleanField(
        _("Demo-Angabe"),
        default=False,
        help_text=_(
            "Öffnungszeiten und Telefonnummer sind noch nicht von der Stadt bestätigt; die Seiten kennzeichnen sie als „Demo-Angabe“."
        ),
    )

    class Meta:
        app_label = "news"
        verbose_name = _("Öffnungszeiten und Termine")
        verbose_name_plural = _("Öffnungszeiten und Termine")
        ordering = ["organisation__name"]

    def __str__(self):
        return str(self.organisation)


@reversion.register()
class OpeningHours(models.Model):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Montag")
        TUESDAY = 1, _("Dienstag")
        WEDNESDAY = 2, _("Mittwoch")
        THURSDAY = 3, _("Donnerstag")
        FRIDAY = 4, _("Freitag")
        SATURDAY = 5, _("Samstag")
        SUNDAY = 6, _("Sonntag")

    office = models.ForeignKey(OfficeDetails, verbose_name=_("Amt oder Organisation"), on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("Wochentag"), choices=Weekday.choices)
    opens = models.TimeField(_("öffnet um"))
    closes = models.TimeField(_("schließt um"))

    class Meta:
        app_label = "news"
        verbose_name = _("Öffnungszeit")
        verbose_name_plural = _("Öffnungszeiten")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="news_openinghours_closes_after_opens",
                violation_error_message=_("Die Schließzeit muss nach der Öffnungszeit liegen."),
                violation_error_code="closes_before_opens",
            ),
            models.CheckConstraint(condition=Q(weekday__lte=6), name="news_openinghours_weekday_valid"),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


@reversion.register()
class ContactPoint(models.Model):
    """An office or organisation that helps with a topic: a link into the directory."""

    topic = models.ForeignKey(Topic, verbose_name=_("Thema"), on_delete=models.CASCADE, related_name="contact_points")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("Organisation oder Amt"), on_delete=models.PROTECT, related_name="guide_contact_points"
    )
    note = models.CharField(_("wofür"), max_length=200, blank=True, help_text=_("z. B. „Anmeldung der Wohnung“; erscheint auf Deutsch."))
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        app_label = "news"
        verbose_name = _("Anlaufstelle")
        verbose_name_plural = _("Anlaufstellen")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "organisation"], name="news_contactpoint_once_per_topic"),
        ]

    def __str__(self):
        return str(self.organisation)
