"""Funding programmes (Modellregion Integration, WIR): their fields of action,
funded projects, events, publications and open calls for applications."""

import os
from zoneinfo import ZoneInfo

import reversion
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.constraints import ConstraintFieldsMixin
from offenbach_portal.core.publication import Publishable, PublishableQuerySet, published_q
from offenbach_portal.core.richtext import RichTextField
from offenbach_portal.core.uploads import DOCUMENT_EXTENSIONS, DOCUMENT_MAX_BYTES, FileCheck
from orgs.models import Organisation, Person

from .storage import ProgrammeDocumentStorage

# Whether a call is still open is decided by the calendar day in Offenbach.
BERLIN = ZoneInfo("Europe/Berlin")
YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]
FIELD_NUMBERS = range(1, 6)


def today_in_berlin():
    return timezone.localdate(timezone=BERLIN)


class Programme(ConstraintFieldsMixin, Publishable):
    name = models.CharField(_("Name"), max_length=200)
    short_name = models.CharField(_("Kurzname"), max_length=20, help_text=_("z. B. „MRI“ oder „WIR“"))
    slug = models.SlugField(_("Adresse (Slug)"), max_length=120, unique=True)
    start = models.DateField(_("Beginn"))
    end = models.DateField(_("Ende"), null=True, blank=True, help_text=_("Leer lassen, solange das Programm läuft."))
    funder = models.CharField(_("Fördergeber"), max_length=300)
    scope = models.CharField(_("Umfang"), max_length=300, blank=True, help_text=_("z. B. „sechs Modellregionen in Hessen“"))
    local_authorities = models.PositiveSmallIntegerField(_("Zahl der geförderten Gebietskörperschaften"), null=True, blank=True)
    goals = RichTextField(_("Ziele"), blank=True)
    description = RichTextField(_("Beschreibung"), blank=True)
    coordinator = models.ForeignKey(
        Person,
        verbose_name=_("Koordination"),
        on_delete=models.PROTECT,
        related_name="coordinated_programmes",
        null=True,
        blank=True,
    )
    predecessor = models.OneToOneField(
        "self",
        verbose_name=_("Vorgängerprogramm"),
        on_delete=models.SET_NULL,
        related_name="successor",
        null=True,
        blank=True,
    )

    objects = PublishableQuerySet.as_manager()

    CONSTRAINT_FIELDS = {"programme_end_before_start": "end", "programme_own_predecessor": "predecessor"}

    class Meta:
        verbose_name = _("Förderprogramm")
        verbose_name_plural = _("Förderprogramme")
        ordering = ["start", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")),
                name="programmes_programme_end_after_start",
                violation_error_message=_("Das Ende liegt vor dem Beginn."),
                violation_error_code="programme_end_before_start",
            ),
            models.CheckConstraint(
                condition=~Q(predecessor=F("pk")),
                name="programmes_programme_not_own_predecessor",
                violation_error_message=_("Ein Programm kann nicht sein eigener Vorgänger sein."),
                violation_error_code="programme_own_predecessor",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("programmes:detail", kwargs={"slug": self.slug})

    @property
    def years(self):
        if self.end is None:
            return _("seit %(year)s") % {"year": self.start.year}
        if self.end.year == self.start.year:
            return str(self.start.year)
        return f"{self.start.year}–{self.end.year}"

    @property
    def is_running(self):
        return self.end is None or self.end >= today_in_berlin()


reversion.register(Programme, follow=["fields", "events"])


class FieldOfAction(models.Model):
    """A Handlungsfeld of a programme, numbered 1 to 5."""

    programme = models.ForeignKey(Programme, verbose_name=_("Programm"), on_delete=models.CASCADE, related_name="fields")
    number = models.PositiveSmallIntegerField(_("Nummer"), validators=[MinValueValidator(1), MaxValueValidator(5)], help_text=_("1 bis 5"))
    name = models.CharField(_("Name"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True)

    class Meta:
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")
        ordering = ["programme__start", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="programmes_field_number_unique",
                violation_error_message=_("Diese Nummer hat schon ein Handlungsfeld des Programms."),
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=5),
                name="programmes_field_number_1_to_5",
                violation_error_message=_("Die Nummer liegt zwischen 1 und 5."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"

    def get_absolute_url(self):
        return reverse("programmes:field", kwargs={"slug": self.programme.slug, "number": self.number})


reversion.register(FieldOfAction)


class ProjectQuerySet(PublishableQuerySet):
    def published(self):
        """Published projects of published programmes."""
        return self.filter(published_q(), published_q("programme__"))

    def running_in(self, year):
        return self.filter(Q(start_year__lte=year), Q(end_year__isnull=True) | Q(end_year__gte=year))


class Project(ConstraintFieldsMixin, Publishable):
    class State(models.TextChoices):
        PLANNED = "geplant", _("geplant")
        RUNNING = "laufend", _("laufend")
        FINISHED = "abgeschlossen", _("abgeschlossen")

    class SponsorType(models.TextChoices):
        """Follows from the sponsor's kind: a city office is a municipal sponsor."""

        CITY = "stadt", _("städtischer Träger")
        INDEPENDENT = "frei", _("freier Träger")

    title = models.CharField(_("Titel"), max_length=300)
    slug = models.SlugField(_("Adresse (Slug)"), max_length=120, unique=True)
    programme = models.ForeignKey(Programme, verbose_name=_("Programm"), on_delete=models.PROTECT, related_name="projects")
    fields_of_action = models.ManyToManyField(
        FieldOfAction,
        verbose_name=_("Handlungsfelder"),
        blank=True,
        related_name="projects",
        help_text=_("Nur Handlungsfelder des gewählten Programms."),
    )
    sponsor = models.ForeignKey(
        Organisation,
        verbose_name=_("Träger"),
        on_delete=models.PROTECT,
        related_name="sponsored_projects",
        help_text=_("Ein städtisches Amt gilt als städtischer Träger, jede andere Organisation als freier Träger."),
    )
    partners = models.ManyToManyField(Organisation, verbose_name=_("Partnerorganisationen"), blank=True, related_name="partner_projects")
    start_year = models.PositiveSmallIntegerField(_("von (Jahr)"), validators=YEAR_VALIDATORS, null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("bis (Jahr)"), validators=YEAR_VALIDATORS, null=True, blank=True, help_text=_("Leer lassen, solange es läuft.")
    )
    period_note = models.CharField(_("Hinweis zum Zeitraum"), max_length=200, blank=True, help_text=_("z. B. „genaue Jahre nicht bekannt“"))
    funding_amount = models.DecimalField(
        _("Fördersumme (Euro)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leer lassen, wenn der Betrag nicht bekannt ist."),
    )
    target_groups = models.CharField(_("Zielgruppen"), max_length=300, blank=True)
    description = RichTextField(_("Beschreibung"), blank=True)
    results = RichTextField(_("Ergebnisse"), blank=True)
    state = models.CharField(_("Stand"), max_length=13, choices=State.choices, default=State.RUNNING)
    contact = models.ForeignKey(
        Person,
        verbose_name=_("Ansprechperson"),
        on_delete=models.PROTECT,
        related_name="programme_projects",
        null=True,
        blank=True,
    )
    is_sample = models.BooleanField(
        _("Beispiel"),
        default=False,
        help_text=_("Ein erfundenes Projekt, das nur die Seiten veranschaulicht; es ist öffentlich so gekennzeichnet."),
    )

    objects = ProjectQuerySet.as_manager()

    CONSTRAINT_FIELDS = {"project_end_before_start": "end_year", "project_negative_amount": "funding_amount"}

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekte")
        ordering = ["-start_year", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(start_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="programmes_project_end_after_start",
                violation_error_message=_("Das Jahr „bis“ liegt vor dem Jahr „von“."),
                violation_error_code="project_end_before_start",
            ),
            models.CheckConstraint(
                condition=Q(funding_amount__isnull=True) | Q(funding_amount__gte=0),
                name="programmes_project_amount_not_negative",
                violation_error_message=_("Die Fördersumme kann nicht negativ sein."),
                violation_error_code="project_negative_amount",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("programmes:project", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return super().is_published and self.programme.is_published

    @property
    def sponsor_type(self):
        if self.sponsor.kind == Organisation.Kind.CITY_OFFICE:
            return self.SponsorType.CITY
        return self.SponsorType.INDEPENDENT

    @property
    def sponsor_type_label(self):
        return self.SponsorType(self.sponsor_type).label

    @property
    def years(self):
        start, end = self.start_year, self.end_year
        if start and end:
            return f"{start}–{end}" if start != end else str(start)
        if start:
            return _("seit %(year)s") % {"year": start}
        if end:
            return _("bis %(year)s") % {"year": end}
        return ""


reversion.register(Project)


class ProgrammeEvent(models.Model):
    """A conference, review or other event of a programme."""

    programme = models.ForeignKey(Programme, verbose_name=_("Programm"), on_delete=models.CASCADE, related_name="events")
    title = models.CharField(_("Titel"), max_length=300)
    date = models.DateField(_("Datum"))
    date_note = models.CharField(
        _("Zeitangabe"),
        max_length=200,
        blank=True,
        help_text=_("z. B. „Mitte April 2013“, wenn der Tag nicht bekannt ist; ersetzt dann das Datum."),
    )
    place = models.CharField(_("Ort"), max_length=300, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    participants = models.TextField(_("Teilnehmende"), blank=True)

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title


reversion.register(ProgrammeEvent)


def publication_upload_to(instance, filename):
    name, ext = os.path.splitext(os.path.basename(filename))
    return f"publications/{slugify(name)[:80] or 'dokument'}{ext.lower()}"


class Publication(Publishable):
    class Kind(models.TextChoices):
        BROCHURE = "broschuere", _("Broschüre")
        EVALUATION = "evaluation", _("Evaluation")
        REPORT = "bericht", _("Bericht")

    title = models.CharField(_("Titel"), max_length=300)
    slug = models.SlugField(_("Adresse (Slug)"), max_length=120, unique=True)
    programme = models.ForeignKey(
        Programme, verbose_name=_("Programm"), on_delete=models.PROTECT, related_name="publications", null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(
        _("Jahr"), validators=YEAR_VALIDATORS, null=True, blank=True, help_text=_("Leer lassen, wenn das Jahr nicht sicher ist.")
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.BROCHURE)
    publisher = models.CharField(_("Herausgeber"), max_length=300, blank=True)
    print_run = models.PositiveIntegerField(_("Auflage"), null=True, blank=True)
    availability = models.CharField(_("Bezug"), max_length=300, blank=True, help_text=_("Wie man sie bekommt, z. B. „kostenlos bei …“"))
    description = models.TextField(_("Beschreibung"), blank=True)
    file = models.FileField(
        _("PDF"),
        upload_to=publication_upload_to,
        storage=ProgrammeDocumentStorage(),
        max_length=255,
        blank=True,
        validators=[FileCheck(["pdf"], DOCUMENT_MAX_BYTES)],
        help_text=_("Optional: die Publikation als PDF, höchstens 20 MB."),
    )
    portrayed = models.ManyToManyField(
        Organisation, verbose_name=_("porträtierte Organisationen"), blank=True, related_name="portraying_publications"
    )

    class Meta:
        verbose_name = _("Publikation")
        verbose_name_plural = _("Publikationen")
        ordering = [F("year").desc(nulls_last=True), "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('programmes:publications')}#{self.slug}"

    def get_file_url(self):
        return reverse("programmes:publication-file", kwargs={"slug": self.slug})

    @property
    def download_name(self):
        return f"{self.slug}.pdf"


reversion.register(Publication)


def guideline_upload_to(instance, filename):
    name, ext = os.path.splitext(os.path.basename(filename))
    return f"calls/{slugify(name)[:80] or 'richtlinie'}{ext.lower()}"


class FundingCallQuerySet(PublishableQuerySet):
    def published(self):
        return self.filter(published_q(), published_q("programme__"))

    def open_on(self, day):
        """Calls that accept applications on `day`: opened, deadline not passed."""
        return self.filter(opens__lte=day, deadline__gte=day)


class FundingCall(ConstraintFieldsMixin, Publishable):
    """A call for applications (Förderaufruf) with its deadline. Open calls
    appear on the programme page until the deadline day has ended in Offenbach."""

    programme = models.ForeignKey(Programme, verbose_name=_("Programm"), on_delete=models.PROTECT, related_name="calls")
    title = models.CharField(_("Titel"), max_length=300)
    opens = models.DateField(_("Bewerbung ab"))
    deadline = models.DateField(_("Frist"), help_text=_("Der letzte Tag, an dem Anträge eingehen können."))
    eligibility = models.TextField(_("Wer kann sich bewerben"), blank=True)
    guideline = models.FileField(
        _("Förderrichtlinie"),
        upload_to=guideline_upload_to,
        storage=ProgrammeDocumentStorage(),
        max_length=255,
        blank=True,
        validators=[FileCheck(DOCUMENT_EXTENSIONS, DOCUMENT_MAX_BYTES)],
        help_text=_("PDF, Office- oder OpenDocument-Datei, höchstens 20 MB."),
    )
    contact = models.ForeignKey(
        Person, verbose_name=_("Ansprechperson"), on_delete=models.PROTECT, related_name="funding_calls", null=True, blank=True
    )
    is_sample = models.BooleanField(_("Beispiel"), default=False, help_text=_("Ein erfundener Aufruf, öffentlich so gekennzeichnet."))

    objects = FundingCallQuerySet.as_manager()

    CONSTRAINT_FIELDS = {"call_deadline_before_opening": "deadline"}

    class Meta:
        verbose_name = _("Förderaufruf")
        verbose_name_plural = _("Förderaufrufe")
        ordering = ["deadline", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline__gte=F("opens")),
                name="programmes_call_deadline_after_opening",
                violation_error_message=_("Die Frist liegt vor dem Beginn der Bewerbung."),
                violation_error_code="call_deadline_before_opening",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{self.programme.get_absolute_url()}#aufruf-{self.pk}"

    @property
    def is_published(self):
        return super().is_published and self.programme.is_published

    def get_guideline_url(self):
        return reverse("programmes:call-guideline", kwargs={"pk": self.pk})

    @property
    def guideline_extension(self):
        return os.path.splitext(self.guideline.name)[1].lower().lstrip(".")


reversion.register(FundingCall)
