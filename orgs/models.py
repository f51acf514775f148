"""Organisations of Offenbach's integration work: associations, religious
communities and initiatives (the public directory), plus the city offices and
institutions that appear as presenters and sponsors; their offers and the
people acting for them. Languages and districts are data, editable by staff."""

import reversion
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from offenbach_portal.core.publication import Publishable, PublishableQuerySet

from .logos import LOGO_HELP, process_logo, validate_logo


@reversion.register()
class Language(models.Model):
    """A language someone can be spoken to in. The name exists once per portal
    language (name_de, name_en, name_uk, name_ru), so that /uk/vereine/ names
    the languages in Ukrainian."""

    code = models.CharField(
        _("Sprachcode"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2,3}$", _("Zwei oder drei Kleinbuchstaben, z. B. „tr“ oder „prs“."))],
        help_text=_("ISO 639-1 (zwei Buchstaben, z. B. „ar“); nur wenn es keinen gibt, ISO 639-3 (drei Buchstaben, z. B. „prs“ für Dari)."),
    )
    name = models.CharField(_("Name"), max_length=100, help_text=_("Name der Sprache in der jeweiligen Portalsprache."))

    class Meta:
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")
        ordering = ["code"]

    def __str__(self):
        return self.name or self.code


@reversion.register()
class District(models.Model):
    """A Stadtteil of Offenbach. The 21 official Stadtteile (decided by the city
    council in June 2019) are loaded by a migration; they are data, not code."""

    name = models.CharField(
        _("Name"),
        max_length=100,
        unique=True,
        help_text=_(
            "Die Stadtteile sind Daten, keine feste Liste im Programm: Ändert die Stadt ihre Gliederung, werden sie hier angepasst."
        ),
    )
    slug = models.SlugField(
        _("Adresse (Slug)"), max_length=100, unique=True, help_text=_("Erscheint im Filter der Vereinsliste, z. B. ?stadtteil=nordend.")
    )

    class Meta:
        verbose_name = _("Stadtteil")
        verbose_name_plural = _("Stadtteile")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganisationQuerySet(PublishableQuerySet):
    def listed(self, kind=None):
        """What the public directory lists: published associations, religious
        communities and initiatives. Offices and institutions only appear when
        a visitor filters for their `kind` (and as presenters and sponsors;
        their published profiles exist all the same)."""
        published = self.published()
        return published.filter(kind=kind) if kind else published.filter(kind__in=Organisation.DIRECTORY_KINDS)


@reversion.register(follow=["offers"])
class Organisation(Publishable):
    class Kind(models.TextChoices):
        ASSOCIATION = "verein", _("Verein")
        RELIGIOUS = "religion", _("religiöse Gemeinschaft")
        INITIATIVE = "initiative", _("Initiative")
        INSTITUTION = "einrichtung", _("Einrichtung")
        CITY_OFFICE = "amt", _("städtisches Amt")

    DIRECTORY_KINDS = [Kind.ASSOCIATION, Kind.RELIGIOUS, Kind.INITIATIVE]

    name = models.CharField(_("Name"), max_length=200)
    short_name = models.CharField(_("Kurzname"), max_length=60, blank=True)
    slug = models.SlugField(_("Adresse (Slug)"), max_length=120, unique=True)
    kind = models.CharField(
        _("Art"),
        max_length=12,
        choices=Kind.choices,
        default=Kind.ASSOCIATION,
        help_text=_("Einrichtungen und städtische Ämter erscheinen nicht in der Vereinsliste, nur als Vortragende und Projektträger."),
    )
    origin = models.CharField(
        _("Herkunft"),
        max_length=200,
        blank=True,
        help_text=_("Herkunftsländer oder Communities, z. B. „griechisch“ oder „aus Bosnien und Herzegowina“."),
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("Sprachen"),
        related_name="organisations",
        blank=True,
        help_text=_("In diesen Sprachen kann man mit der Organisation sprechen."),
    )
    district = models.ForeignKey(
        District, verbose_name=_("Stadtteil"), on_delete=models.SET_NULL, related_name="organisations", null=True, blank=True
    )
    description = models.TextField(
        _("Beschreibung"),
        help_text=_(
            "Wer sind Sie, was tun Sie, für wen? Einfacher Text, Absätze durch Leerzeilen. Deutsch ist Pflicht, die anderen Sprachen zeigen sonst den deutschen Text."
        ),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("gegründet (Jahr)"), null=True, blank=True, validators=[MinValueValidator(1500), MaxValueValidator(2100)]
    )
    email = models.EmailField(_("E-Mail-Adresse (öffentlich)"), blank=True)
    phone = models.CharField(_("Telefon (öffentlich)"), max_length=40, blank=True)
    website = models.URLField(_("Website"), blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("Postleitzahl"), max_length=10, blank=True)
    city = models.CharField(pgettext_lazy("Adresse", "Ort"), max_length=100, blank=True, default="Offenbach am Main")
    internal_contact = models.TextField(
        _("interner Kontakt"),
        blank=True,
        help_text=_(
            "Nur für das Integrationsbüro: Ansprechperson, private Telefonnummern, Hinweise. Erscheint nie auf der Website und in keinem Export."
        ),
    )
    logo = models.FileField(_("Logo"), upload_to="orgs/logos/", blank=True, validators=[validate_logo], help_text=LOGO_HELP)
    logo_small = models.FileField(_("Logo, 160 px breit"), upload_to="orgs/logos/", blank=True, editable=False)
    logo_medium = models.FileField(_("Logo, 480 px breit"), upload_to="orgs/logos/", blank=True, editable=False)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="OrganisationEditor",
        verbose_name=_("Bearbeiter*innen"),
        related_name="edited_organisations",
        blank=True,
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(founded_year__isnull=True) | Q(founded_year__gte=1500, founded_year__lte=2100),
                name="orgs_organisation_founded_year_plausible",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def in_directory(self):
        """Listed in the directory without a filter (associations, religious
        communities, initiatives); offices and institutions only under `?art=`."""
        return self.kind in self.DIRECTORY_KINDS

    def get_absolute_url(self):
        return reverse("orgs:detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        if self.logo and not self.logo._committed:
            process_logo(self)
        elif not self.logo:
            self.logo_small = self.logo_medium = ""
        super().save(*args, **kwargs)

    @property
    def address_lines(self):
        lines = [self.street, " ".join(part for part in [self.postcode, self.city] if part)]
        return [line for line in lines if line]

    @property
    def has_address(self):
        return bool(self.street)


@reversion.register()
class Offer(models.Model):
    """Something an organisation offers regularly: advice, a course, homework help."""

    class Category(models.TextChoices):
        ADVICE = "beratung", _("Beratung")
        GERMAN_COURSE = "deutschkurs", _("Deutschkurs")
        HOMEWORK = "hausaufgabenhilfe", _("Hausaufgabenhilfe")
        HERITAGE_LANGUAGE = "herkunftssprache", _("Unterricht in der Herkunftssprache")
        CULTURE = "kultur", _("Kultur")
        RELIGION = "religion", _("Religion")
        SPORT = "sport", _("Sport")
        YOUTH = "jugend", _("Jugend")
        WOMEN = "frauen", _("Frauen")
        SENIORS = "senioren", _("Senioren")
        FAMILY = "familie", _("Familie und Eltern")
        HEALTH = "gesundheit", _("Gesundheit")
        MEETING = "begegnung", _("Begegnung")
        OTHER = "sonstiges", _("Sonstiges")

    organisation = models.ForeignKey(Organisation, verbose_name=_("Organisation"), on_delete=models.CASCADE, related_name="offers")
    title = models.CharField(_("Titel"), max_length=200)
    category = models.CharField(_("Kategorie"), max_length=20, choices=Category.choices)
    schedule = models.CharField(
        _("Zeiten"), max_length=200, blank=True, help_text=_("z. B. „dienstags 16–18 Uhr“ oder „nach Vereinbarung“")
    )
    languages = models.ManyToManyField(Language, verbose_name=_("Sprachen"), related_name="offers", blank=True)
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        ordering = ["position", "id"]

    def __str__(self):
        return self.title


@reversion.register()
class Person(models.Model):
    """Someone acting in a public role for an organisation or office: chairs,
    presenters, delegates, project coordinators."""

    name = models.CharField(pgettext_lazy("Person", "Name"), max_length=200)
    role = models.CharField(_("öffentliche Funktion"), max_length=200, blank=True, help_text=_("z. B. „Amtsleiterin des Sozialamts“"))
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("Organisation oder Amt"), on_delete=models.PROTECT, related_name="people", null=True, blank=True
    )

    class Meta:
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name

    @property
    def role_names_organisation(self):
        """Whether the role already says where (so a line need not repeat it):
        "Amtsleiterin des Sozialamts" for the Sozialamt."""
        return bool(self.organisation and self.role and self.organisation.name in self.role)


@reversion.register()
class OrganisationEditor(models.Model):
    """A person who may keep an organisation's public profile current from the
    member area (`/mein-verein/`). Their changes go public only after the
    Integrationsbüro approves them. A person may edit several organisations;
    the binding is made by accepting an invitation or by staff in the admin."""

    organisation = models.ForeignKey(Organisation, verbose_name=_("Organisation"), on_delete=models.CASCADE, related_name="editor_links")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("Zugang"), on_delete=models.CASCADE, related_name="organisation_editor_links"
    )
    added_at = models.DateTimeField(_("seit"), auto_now_add=True)

    class Meta:
        verbose_name = _("Bearbeiter*in des Profils")
        verbose_name_plural = _("Bearbeiter*innen des Profils")
        ordering = ["organisation__name", "user__username"]
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="orgs_organisationeditor_unique")]

    def __str__(self):
        return f"{self.user.get_username()} – {self.organisation}"


@reversion.register()
class ListingRequest(models.Model):
    """An association, religious community or initiative not yet in the
    directory asks to be listed (`/vereine/eintragen/`). The form creates a
    draft organisation (seen by nobody but staff) and this request; staff
    approve it (the organisation is published) or decline it with a reason
    (the organisation is archived, so that the history stays)."""

    class State(models.TextChoices):
        PENDING = "offen", _("offen")
        APPROVED = "freigegeben", _("freigegeben")
        DECLINED = "abgelehnt", _("abgelehnt")

    organisation = models.OneToOneField(
        Organisation,
        verbose_name=_("Organisation (Entwurf)"),
        on_delete=models.PROTECT,
        related_name="listing_request",
        help_text=_("Der Entwurf, den das Formular angelegt hat. Er erscheint erst nach der Freigabe auf der Website."),
    )
    contact_name = models.CharField(
        _("Kontaktperson"), max_length=200, help_text=_("Wer den Eintrag beantragt hat. Nur für das Integrationsbüro, nie öffentlich.")
    )
    contact_email = models.EmailField(
        _("E-Mail der Kontaktperson"),
        help_text=_("Für Rückfragen und die Nachricht über die Entscheidung. Nur für das Integrationsbüro, nie öffentlich."),
    )
    language = models.CharField(
        _("Sprache"),
        max_length=5,
        blank=True,
        help_text=_("Die Sprache, in der das Formular ausgefüllt wurde; darin gehen die E-Mails an die Kontaktperson."),
    )
    created_at = models.DateTimeField(_("eingegangen am"), auto_now_add=True)
    state = models.CharField(
        _("Stand"),
        max_length=12,
        choices=State.choices,
        default=State.PENDING,
        db_index=True,
        help_text=_("Wird mit „Freigeben“ oder „Ablehnen“ gesetzt, nicht von Hand."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entschieden von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wer den Antrag freigegeben oder abgelehnt hat."),
    )
    reviewed_at = models.DateTimeField(_("entschieden am"), null=True, blank=True, help_text=_("Wann der Antrag entschieden wurde."))
    reason = models.TextField(
        _("Begründung"),
        blank=True,
        max_length=2000,
        help_text=_("Pflicht bei einer Ablehnung; sie geht mit der E-Mail an die Kontaktperson."),
    )

    class Meta:
        verbose_name = _("Eintragsantrag")
        verbose_name_plural = _("Eintragsanträge")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="abgelehnt") | ~Q(reason=""),
                name="orgs_listingrequest_declined_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(state="offen") | Q(reviewed_at__isnull=False),
                name="orgs_listingrequest_decided_has_date",
            ),
        ]

    def __str__(self):
        return str(self.organisation)

    @property
    def is_pending(self):
        return self.state == self.State.PENDING


def _private_storage():
    from .storage import ProfileChangeStorage

    return ProfileChangeStorage()


class ProfileChangeQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=ProfileChange.State.PENDING)


@reversion.register()
class ProfileChange(models.Model):
    """A change to an organisation's public profile proposed by one of its
    editors in the member area. It leaves the public profile as it is until
    staff approve it (`orgs.services.profile_change_approve`). `data` holds the
    proposed values, `base` the organisation's values when the change was
    first sent: approval applies only what the editor changed and refuses
    (shows the conflict) where staff changed the same thing in the meantime."""

    class State(models.TextChoices):
        PENDING = "offen", _("wartet auf Prüfung")
        APPROVED = "freigegeben", _("freigegeben")
        REJECTED = "abgelehnt", _("abgelehnt")

    organisation = models.ForeignKey(Organisation, verbose_name=_("Organisation"), on_delete=models.CASCADE, related_name="profile_changes")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gesendet von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wer die Änderung im Mitgliederbereich gesendet hat."),
    )
    submitted_at = models.DateTimeField(_("gesendet am"), help_text=_("Wann die Änderung zuletzt gesendet wurde."))
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    language = models.CharField(
        _("Sprache der Bearbeiterin"),
        max_length=5,
        blank=True,
        help_text=_("Sprache der Seite beim Senden; die Benachrichtigung geht auf Deutsch und in dieser Sprache."),
    )
    state = models.CharField(
        _("Stand"),
        max_length=12,
        choices=State.choices,
        default=State.PENDING,
        help_text=_("Je Organisation wartet höchstens eine Änderung; eine neue Sendung aktualisiert sie."),
    )
    data = models.JSONField(_("vorgeschlagene Angaben"), default=dict, help_text=_("Die vorgeschlagenen Werte, Angebote und Sprachen."))
    base = models.JSONField(
        _("Stand beim Senden"),
        default=dict,
        help_text=_("Die Werte der Organisation, als die Änderung zuerst gesendet wurde; daran werden Konflikte erkannt."),
    )
    logo = models.FileField(
        _("vorgeschlagenes Logo"),
        storage=_private_storage,
        upload_to="profile-changes/",
        blank=True,
        help_text=_("Geprüft und neu gespeichert, nicht öffentlich; wird erst mit der Freigabe zum Logo."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geprüft von"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wer die Änderung freigegeben oder abgelehnt hat."),
    )
    reviewed_at = models.DateTimeField(_("geprüft am"), null=True, blank=True, help_text=_("Wann sie freigegeben oder abgelehnt wurde."))
    reason = models.TextField(_("Begründung"), blank=True, help_text=_("Warum die Änderung abgelehnt wurde; die Bearbeiterin liest es."))

    objects = ProfileChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("Profiländerung")
        verbose_name_plural = _("Profiländerungen")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation"], condition=Q(state="offen"), name="orgs_profilechange_one_pending_per_organisation"
            ),
            models.CheckConstraint(condition=~Q(state="abgelehnt") | ~Q(reason=""), name="orgs_profilechange_rejection_has_reason"),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.get_state_display()}"

    @property
    def is_pending(self):
        return self.state == self.State.PENDING
