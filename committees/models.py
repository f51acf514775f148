"""The Kompetenzteam Integration: its chairs, member organisations, numbered
meetings with their agenda items, topic areas and documents."""

import os
from zoneinfo import ZoneInfo

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.constraints import ConstraintFieldsMixin
from offenbach_portal.core.publication import (
    Publishable,
    PublishableQuerySet,
    published_q,
)
from offenbach_portal.core.richtext import RichTextField
from offenbach_portal.core.uploads import DOCUMENT_EXTENSIONS, DOCUMENT_MAX_BYTES, FileCheck
from orgs.models import Organisation, Person

from .storage import PrivateDocumentStorage

# The committee whose pages live under /kompetenzteam/. Its slug is fixed.
PORTAL_COMMITTEE_SLUG = "kompetenzteam-integration"


YEAR_VALIDATORS = [MinValueValidator(1950), MaxValueValidator(2100)]

# Whether a meeting is still to come is decided by the calendar day in Offenbach,
# whatever TIME_ZONE the server runs with.
BERLIN = ZoneInfo("Europe/Berlin")


def today_in_berlin():
    return timezone.localdate(timezone=BERLIN)


@reversion.register(follow=["chairs"])
class Committee(Publishable):
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(
        _("Adresse (Slug)"),
        max_length=120,
        unique=True,
        help_text=_(
            "Das Kompetenzteam Integration hat den festen Slug „kompetenzteam-integration“; seine Seiten liegen unter /kompetenzteam/."
        ),
    )
    founded = models.PositiveSmallIntegerField(_("gegründet (Jahr)"), validators=YEAR_VALIDATORS, null=True, blank=True)
    purpose = RichTextField(_("Aufgabe und Arbeitsweise"), blank=True)
    managing_office = models.ForeignKey(
        Organisation,
        verbose_name=_("Geschäftsführung"),
        on_delete=models.PROTECT,
        related_name="managed_committees",
        null=True,
        blank=True,
        help_text=_("Das städtische Amt, das Sitzungen vorbereitet und einlädt."),
    )
    created_at = models.DateTimeField(_("angelegt am"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("Gremium")
        verbose_name_plural = _("Gremien")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("committees:index")


class YearPeriodQuerySet(models.QuerySet):
    def current(self):
        return self.filter(until__isnull=True)

    def former(self):
        return self.filter(until__isnull=False)


class YearPeriod(models.Model):
    """A role held for a period of years: a chair, a membership. Often only
    the years are known, sometimes not even those; an open end means it lasts."""

    since = models.PositiveSmallIntegerField(_("von (Jahr)"), validators=YEAR_VALIDATORS, null=True, blank=True)
    until = models.PositiveSmallIntegerField(
        _("bis (Jahr)"),
        validators=YEAR_VALIDATORS,
        null=True,
        blank=True,
        help_text=_("Leer lassen, solange es besteht. Beendete Einträge bleiben mit dem Jahr erhalten: Sie gehören zur Geschichte."),
    )

    objects = YearPeriodQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(until__isnull=True) | Q(since__isnull=True) | Q(until__gte=F("since")),
                name="%(app_label)s_%(class)s_until_after_since",
                violation_error_message=_("Das Jahr „bis“ liegt vor dem Jahr „von“."),
                violation_error_code="until_before_since",
            ),
        ]

    @property
    def is_current(self):
        return self.until is None

    @property
    def years(self):
        """„2019–2021“, „seit 2022“, „bis 2010“ or ""."""
        since, until = self.since, self.until
        if since and until:
            return f"{since}–{until}" if since != until else str(since)
        if since:
            return _("seit %(year)s") % {"year": since}
        if until:
            return _("bis %(year)s") % {"year": until}
        return ""


@reversion.register()
class Chair(YearPeriod):
    """One of the two chairs, for the years someone held the role."""

    committee = models.ForeignKey(Committee, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="chairs")
    person = models.ForeignKey(Person, verbose_name=_("Person"), on_delete=models.PROTECT, related_name="committee_chairs")
    role = models.CharField(_("Funktion im Vorsitz"), max_length=200, help_text=_("z. B. „Integrationsdezernent der Stadt“"))
    note = models.CharField(
        _("Hinweis"), max_length=300, blank=True, help_text=_("z. B. „Zeitraum nicht genau belegt“; erscheint öffentlich.")
    )
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    created_at = models.DateTimeField(_("angelegt am"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta(YearPeriod.Meta):
        verbose_name = _("Vorsitz")
        verbose_name_plural = _("Vorsitz")
        ordering = ["order", "-since", "pk"]

    def __str__(self):
        return f"{self.person.name}: {self.role}"


@reversion.register()
class Membership(YearPeriod):
    """An organisation's seat in the committee. A membership that ended keeps
    its record with the year it ended."""

    committee = models.ForeignKey(Committee, verbose_name=_("Gremium"), on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("Organisation"), on_delete=models.PROTECT, related_name="committee_memberships"
    )
    delegates = models.ManyToManyField(
        Person,
        verbose_name=_("Delegierte"),
        blank=True,
        related_name="committee_delegations",
        help_text=_("Die Personen, die die Organisation in den Sitzungen vertreten."),
    )
    note = models.CharField(_("Hinweis"), max_length=300, blank=True, help_text=_("Erscheint öffentlich neben dem Eintrag."))
    created_at = models.DateTimeField(_("angelegt am"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta(YearPeriod.Meta):
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")
        ordering = ["organisation__name", "-since"]
        constraints = [
            *YearPeriod.Meta.constraints,
            models.UniqueConstraint(
                fields=["committee", "organisation"],
                condition=Q(until__isnull=True),
                name="committees_membership_one_current_per_organisation",
                violation_error_message=_("Diese Organisation ist bereits aktuelles Mitglied."),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.committee}"


class TopicArea(models.Model):
    """A Themenfeld: what the committee has dealt with over the years."""

    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Adresse (Slug)"), max_length=120, unique=True)
    description = models.TextField(_("Beschreibung"), blank=True, help_text=_("Ein bis drei Sätze für die Themenseite."))
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Themenfeld")
        verbose_name_plural = _("Themenfelder")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("committees:topic", kwargs={"slug": self.slug})


reversion.register(TopicArea)


class MeetingQuerySet(PublishableQuerySet):
    def of_portal_committee(self):
        return self.filter(committee__slug=PORTAL_COMMITTEE_SLUG)

    def published(self):
        """Published meetings of the Kompetenzteam, while the committee itself is published."""
        return self.of_portal_committee().filter(published_q(), published_q("committee__"))

    def upcoming(self, today):
        return self.filter(date__gte=today).order_by("date", "start_time", "number")

    def past(self, today):
        return self.filter(date__lt=today).order_by("-date", "-number")


class Meeting(ConstraintFieldsMixin, Publishable):
    class State(models.TextChoices):
        """How far the meeting has got (its publication is `status`)."""

        PLANNED = "geplant", _("geplant")
        INVITED = "eingeladen", _("eingeladen")
        HELD = "durchgefuehrt", _("durchgeführt")
        CANCELLED = "abgesagt", _("abgesagt")

    committee = models.ForeignKey(Committee, verbose_name=_("Gremium"), on_delete=models.PROTECT, related_name="meetings")
    number = models.PositiveSmallIntegerField(
        _("Nummer"),
        validators=[MinValueValidator(1), MaxValueValidator(9999)],
        help_text=_("Die laufende Nummer der Sitzung, z. B. 29 für die 29. Sitzung. Vorschlag: die nächste freie Nummer."),
    )
    title = models.CharField(_("Schwerpunkt"), max_length=300, help_text=_("Das Thema der Sitzung in wenigen Worten."))
    date = models.DateField(_("Datum"))
    date_is_approximate = models.BooleanField(
        _("Tag nicht bekannt"),
        default=False,
        help_text=_(
            "Für ältere Sitzungen, deren genauer Tag nicht überliefert ist. Die Seite zeigt dann den Hinweis unten "
            "statt des Datums; im Kalender erscheint die Sitzung nicht."
        ),
    )
    date_note = models.CharField(
        _("Zeitangabe"), max_length=200, blank=True, help_text=_("z. B. „Anfang 2019“; nötig, wenn der Tag nicht bekannt ist.")
    )
    start_time = models.TimeField(_("Beginn"), null=True, blank=True)
    end_time = models.TimeField(_("Ende"), null=True, blank=True, help_text=_("Muss nach dem Beginn liegen."))
    is_online = models.BooleanField(_("online"), default=False, help_text=_("Die Sitzung findet als Videokonferenz statt."))
    place_name = models.CharField(_("Ort"), max_length=200, blank=True, help_text=_("z. B. „Rathaus, Raum 1“"))
    place_address = models.CharField(_("Anschrift"), max_length=300, blank=True, help_text=_("Straße, Hausnummer, PLZ und Ort"))
    state = models.CharField(_("Stand der Sitzung"), max_length=14, choices=State.choices, default=State.PLANNED)
    summary = RichTextField(_("Zusammenfassung"), blank=True)
    results = RichTextField(_("Ergebnisse"), blank=True)
    attendees = models.ManyToManyField(
        Organisation,
        verbose_name=_("Teilnehmende Organisationen"),
        blank=True,
        related_name="attended_meetings",
        help_text=_("Welche Mitgliedsorganisationen (und Ämter) an der Sitzung teilgenommen haben."),
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    objects = MeetingQuerySet.as_manager()

    # Which field a constraint's violation belongs to in a form.
    CONSTRAINT_FIELDS = {"meeting_number_taken": "number", "meeting_end_before_start": "end_time"}

    class Meta:
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        ordering = ["-date", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "number"],
                name="committees_meeting_number_unique_per_committee",
                violation_error_message=_("Diese Sitzungsnummer ist für dieses Gremium schon vergeben."),
                violation_error_code="meeting_number_taken",
            ),
            models.CheckConstraint(
                condition=Q(end_time__isnull=True) | Q(start_time__isnull=False, end_time__gt=F("start_time")),
                name="committees_meeting_end_after_start",
                violation_error_message=_("Das Ende muss nach dem Beginn liegen (und setzt einen Beginn voraus)."),
                violation_error_code="meeting_end_before_start",
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1),
                name="committees_meeting_number_positive",
                violation_error_message=_("Die Nummer muss mindestens 1 sein."),
                violation_error_code="meeting_number_not_positive",
            ),
        ]
        indexes = [models.Index(fields=["date"], name="committees_meeting_date_idx")]

    # What `{% label meeting %}` checks for a German fallback.
    label_field = "title"

    def __str__(self):
        return f"{self.ordinal} – {self.title}" if self.title else str(self.ordinal)

    @property
    def ordinal(self):
        return _("%(number)s. Sitzung") % {"number": self.number}

    def get_absolute_url(self):
        return reverse("committees:meeting", kwargs={"number": self.number})

    def get_calendar_url(self):
        return reverse("committees:meeting-ics", kwargs={"number": self.number})

    @property
    def is_published(self):
        """Public when the meeting and its committee are published (as in `published()`)."""
        return super().is_published and self.committee.slug == PORTAL_COMMITTEE_SLUG and self.committee.is_published

    @property
    def is_cancelled(self):
        return self.state == self.State.CANCELLED

    @property
    def is_held(self):
        return self.state == self.State.HELD

    @property
    def is_upcoming_state(self):
        """Planned or invited: the place may still be announced with the invitation."""
        return self.state in (self.State.PLANNED, self.State.INVITED)

    @property
    def in_calendar(self):
        """A meeting whose day is not known cannot be put into a calendar."""
        return not self.date_is_approximate

    def clean(self):
        errors = {}
        # German is where every text starts (the form's field is date_note_de;
        # an error on the untranslated name would crash the translated admin form).
        if self.date_is_approximate and not self.date_note_de:
            errors["date_note_de"] = _("Bitte angeben, was über den Zeitpunkt bekannt ist, z. B. „Anfang 2019“.")
        if self.state == self.State.HELD and self.date and self.date > today_in_berlin():
            errors["state"] = _("Eine Sitzung in der Zukunft kann noch nicht durchgeführt sein.")
        if errors:
            raise ValidationError(errors)


reversion.register(Meeting, follow=["agenda_items", "documents"])


class AgendaItem(models.Model):
    """A Tagesordnungspunkt: what was presented, by whom, and what came of it."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="agenda_items")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=1)
    label = models.CharField(_("Bezeichnung"), max_length=30, blank=True, help_text=_("z. B. „TOP 1“; leer: „TOP“ mit der Reihenfolge."))
    title = models.CharField(_("Titel"), max_length=300)
    topic_areas = models.ManyToManyField(TopicArea, verbose_name=_("Themenfelder"), blank=True, related_name="agenda_items")
    presenters = models.ManyToManyField(
        Person,
        verbose_name=_("Vortragende"),
        blank=True,
        related_name="presented_agenda_items",
        help_text=_("Personen in ihrer öffentlichen Funktion; Funktion und Amt kommen aus dem Personeneintrag."),
    )
    description = RichTextField(_("Beschreibung"), blank=True)
    result = RichTextField(_("Ergebnis"), blank=True)
    created_at = models.DateTimeField(_("angelegt am"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Tagesordnungspunkt")
        verbose_name_plural = _("Tagesordnungspunkte")
        ordering = ["meeting", "order", "pk"]

    def __str__(self):
        return f"{self.display_label}: {self.title}"

    def get_absolute_url(self):
        return f"{self.meeting.get_absolute_url()}#top-{self.pk}"

    @property
    def display_label(self):
        return self.label or _("TOP %(order)s") % {"order": self.order}


reversion.register(AgendaItem)


def document_upload_to(instance, filename):
    name, ext = os.path.splitext(os.path.basename(filename))
    return f"committees/meetings/{instance.meeting.number:04d}/{name[:80]}{ext.lower()}"


class MeetingDocument(models.Model):
    """Invitation, minutes, slides. Every file is stored outside the public
    media folder and only ever served through the download view."""

    class Kind(models.TextChoices):
        INVITATION = "einladung", _("Einladung")
        MINUTES = "protokoll", _("Protokoll")
        SLIDES = "praesentation", _("Präsentation")
        OTHER = "sonstiges", _("Sonstiges")

    class Visibility(models.TextChoices):
        PUBLIC = "oeffentlich", _("öffentlich")
        MEMBERS = "mitglieder", _("nur für Mitglieder")

    meeting = models.ForeignKey(Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("Art"), max_length=14, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("Titel"), max_length=200)
    file = models.FileField(
        _("Datei"),
        upload_to=document_upload_to,
        storage=PrivateDocumentStorage(),
        max_length=255,
        validators=[FileCheck(DOCUMENT_EXTENSIONS, DOCUMENT_MAX_BYTES)],
        help_text=_("PDF, Office- oder OpenDocument-Datei oder Bild (PNG, JPG, WebP), höchstens 20 MB."),
    )
    visibility = models.CharField(
        _("Sichtbarkeit"),
        max_length=11,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
        help_text=_(
            "„Nur für Mitglieder“: nur das Integrationsbüro und die Bearbeiter*innen aktueller Mitgliedsorganisationen "
            "können sie laden, nicht die Redaktion. Endet eine Mitgliedschaft, endet auch der Zugang."
        ),
    )
    size = models.PositiveIntegerField(_("Größe (Bytes)"), default=0, editable=False)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    uploaded_at = models.DateTimeField(_("hochgeladen am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and (not self.file._committed or not self.size):
            self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("committees:document", kwargs={"number": self.meeting.number, "pk": self.pk})

    @property
    def is_public(self):
        return self.visibility == self.Visibility.PUBLIC

    @property
    def extension(self):
        return os.path.splitext(self.file.name)[1].lower().lstrip(".")

    @property
    def download_name(self):
        stem = slugify(self.title_de or self.title) or self.kind
        return f"kompetenzteam-{self.meeting.number}-{stem[:80]}.{self.extension}"


reversion.register(MeetingDocument)


class Tombstone(models.Model):
    """What was deleted and when: the OParl interface reports deleted objects
    as `deleted: true` to clients that sync with `modified_since`. Written by
    a post_delete signal (`committees.oparl.signals`), never edited."""

    kind = models.CharField(_("Art"), max_length=40, help_text=_("Das Modell des gelöschten Eintrags, z. B. „committees.meeting“."))
    object_id = models.CharField(_("Kennung"), max_length=40, help_text=_("Der Primärschlüssel des gelöschten Eintrags."))
    created_at = models.DateTimeField(
        _("angelegt am"), null=True, blank=True, help_text=_("Wann der gelöschte Eintrag angelegt wurde, soweit bekannt.")
    )
    deleted_at = models.DateTimeField(_("gelöscht am"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("gelöschter Eintrag")
        verbose_name_plural = _("gelöschte Einträge")
        ordering = ["deleted_at", "pk"]
        indexes = [models.Index(fields=["kind", "deleted_at"], name="committees_tombstone_kind_idx")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


@reversion.register()
class AttendanceRegistration(models.Model):
    """A member organisation says who will attend an upcoming meeting. Staff
    see the registrations on the meeting in the admin; after the meeting they
    prefill its attendance record (`Meeting.attendees`)."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("Sitzung"), on_delete=models.CASCADE, related_name="attendance_registrations")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("Organisation"), on_delete=models.CASCADE, related_name="attendance_registrations"
    )
    attendees = models.CharField(
        _("Wer kommt"),
        max_length=300,
        help_text=_("Die Namen der Personen, die kommen (eine bis drei), oder ihre Anzahl."),
    )
    note = models.TextField(
        _("Hinweis"), max_length=1000, blank=True, help_text=_("z. B. „kommt etwas später“; nur für das Integrationsbüro.")
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("angemeldet von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Der Zugang, der die Anmeldung zuletzt gespeichert hat."),
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Teilnahme-Anmeldung")
        verbose_name_plural = _("Teilnahme-Anmeldungen")
        ordering = ["meeting", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organisation"],
                name="committees_attendance_one_per_organisation",
                violation_error_message=_("Diese Organisation ist für diese Sitzung schon angemeldet."),
            )
        ]

    def __str__(self):
        return f"{self.organisation} – {self.meeting.ordinal}"


@reversion.register()
class TopicProposal(models.Model):
    """A topic a member organisation proposes for the agenda. Staff accept it
    (it becomes an agenda item of the meeting) or decline it with a note; the
    proposer is mailed either way."""

    class State(models.TextChoices):
        PROPOSED = "vorgeschlagen", _("vorgeschlagen")
        ACCEPTED = "angenommen", _("angenommen")
        DECLINED = "abgelehnt", _("abgelehnt")

    organisation = models.ForeignKey(Organisation, verbose_name=_("Organisation"), on_delete=models.PROTECT, related_name="topic_proposals")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vorgeschlagen von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Der Zugang, der den Vorschlag eingereicht hat; er bekommt die Entscheidung per E-Mail."),
    )
    title = models.CharField(_("Thema"), max_length=200, help_text=_("Wird als Titel des Tagesordnungspunkts übernommen."))
    description = models.TextField(
        _("Worum es geht"), max_length=3000, blank=True, help_text=_("Wird als Beschreibung des Tagesordnungspunkts übernommen.")
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("Sitzung"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="topic_proposals",
        help_text=_("Die Sitzung, für die das Thema vorgeschlagen ist. Leer: die nächste Sitzung, wenn es übernommen wird."),
    )
    state = models.CharField(_("Stand"), max_length=14, choices=State.choices, default=State.PROPOSED)
    staff_note = models.TextField(
        _("Hinweis des Integrationsbüros"),
        blank=True,
        help_text=_("Bei einer Ablehnung der Grund; die vorschlagende Person sieht ihn im Mitgliederbereich und in der E-Mail."),
    )
    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name=_("Tagesordnungspunkt"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposal",
        help_text=_("Der Tagesordnungspunkt, der aus dem Vorschlag wurde."),
    )
    created_at = models.DateTimeField(_("eingereicht am"), auto_now_add=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Themenvorschlag")
        verbose_name_plural = _("Themenvorschläge")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.state == self.State.PROPOSED
