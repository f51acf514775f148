"""Aktuelles: dated articles (press releases, news, event notices,
announcements), published on the portal's one publication pattern and linked
to what they are about."""

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from committees.models import Meeting, today_in_berlin
from offenbach_portal.core.constraints import ConstraintFieldsMixin
from offenbach_portal.core.publication import Publishable, PublishableQuerySet, Status
from offenbach_portal.core.richtext import RichTextField
from orgs.logos import LOGO_HELP, validate_logo, webp_copy
from orgs.models import Organisation
from programmes.models import Programme, Project

IMAGE_MAX_SIZE = 1600
# /aktuelles/feed/ and /aktuelles/atom/ are the feeds, not articles.
RESERVED_SLUGS = {"feed", "atom"}
DEFAULT_BYLINE = "Stadt Offenbach am Main, Amt für Arbeitsförderung, Statistik und Integration"


class ArticleQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by(F("published_at").desc(nulls_last=True), "-pk")


@reversion.register()
class Article(ConstraintFieldsMixin, Publishable):
    class Category(models.TextChoices):
        PRESS_RELEASE = "pressemitteilung", _("Pressemitteilung")
        NEWS = "meldung", _("Meldung")
        EVENT = "veranstaltungshinweis", _("Veranstaltungshinweis")
        ANNOUNCEMENT = "bekanntmachung", _("Bekanntmachung")

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(
        _("Adresse (Slug)"),
        max_length=120,
        unique=True,
        help_text=_("Teil der Adresse: /aktuelles/<slug>/. Nach der Veröffentlichung nicht mehr ändern, sonst gehen Links ins Leere."),
    )
    teaser = models.TextField(_("Anreißer"), max_length=400, help_text=_("Ein bis zwei Sätze für Listen, Startseite und Feeds."))
    body = RichTextField(_("Text"), blank=True)
    category = models.CharField(_("Kategorie"), max_length=24, choices=Category.choices, default=Category.PRESS_RELEASE)
    event_date = models.DateField(
        _("Datum der Veranstaltung"),
        null=True,
        blank=True,
        help_text=_("Nur für Veranstaltungshinweise: Danach bleibt der Beitrag lesbar und ist als vergangen markiert."),
    )
    image = models.FileField(_("Bild"), upload_to="news/images/", blank=True, validators=[validate_logo], help_text=LOGO_HELP)
    image_alt = models.CharField(
        _("Alternativtext des Bildes"),
        max_length=300,
        blank=True,
        help_text=_("Pflicht, wenn ein Bild hochgeladen ist: beschreibt in einem Satz, was das Bild zeigt."),
    )
    image_credit = models.CharField(
        _("Bildnachweis"), max_length=200, blank=True, help_text=_("Pflicht bei einem Bild, z. B. „Foto: Stadt Offenbach“.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Autorin oder Autor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_articles",
        limit_choices_to={"is_staff": True},
        help_text=_("Wer den Beitrag im Backoffice verantwortet; erscheint nicht auf der Website."),
    )
    byline = models.CharField(_("Herausgeber (öffentlich)"), max_length=200, default=DEFAULT_BYLINE)
    updated_note = models.CharField(
        _("Hinweis zur Aktualisierung"),
        max_length=300,
        blank=True,
        help_text=_("Erscheint über dem Text, z. B. „Aktualisiert am 3. Juni: Der Ort hat sich geändert.“"),
    )
    meetings = models.ManyToManyField(Meeting, verbose_name=_("Sitzungen"), blank=True, related_name="articles")
    organisations = models.ManyToManyField(Organisation, verbose_name=_("Organisationen"), blank=True, related_name="articles")
    programmes = models.ManyToManyField(Programme, verbose_name=_("Förderprogramme"), blank=True, related_name="articles")
    projects = models.ManyToManyField(Project, verbose_name=_("Projekte"), blank=True, related_name="articles")
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    objects = ArticleQuerySet.as_manager()

    # What an article can be about, listed on its page under these headings
    # (published entries only). A new kind of link is one M2M field and one line here.
    RELATED = [
        ("meetings", _("Sitzungen des Kompetenzteams")),
        ("organisations", _("Organisationen")),
        ("programmes", _("Förderprogramme")),
        ("projects", _("Projekte")),
    ]

    CONSTRAINT_FIELDS = {"article_image_without_alt": "image_alt_de", "article_image_without_credit": "image_credit"}

    class Meta:
        verbose_name = _("Beitrag")
        verbose_name_plural = _("Beiträge")
        ordering = [F("published_at").desc(nulls_last=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(image="") | (Q(image_alt_de__isnull=False) & Q(image_alt_de__gt="")),  # NULL would pass a CHECK
                name="news_article_image_has_alt",
                violation_error_message=_("Ein Bild braucht einen Alternativtext."),
                violation_error_code="article_image_without_alt",
            ),
            models.CheckConstraint(
                condition=Q(image="") | Q(image_credit__gt=""),
                name="news_article_image_has_credit",
                violation_error_message=_("Ein Bild braucht einen Bildnachweis."),
                violation_error_code="article_image_without_credit",
            ),
        ]
        # On PostgreSQL also news_article_newest_idx, in the lists' order (migration 0005).
        indexes = [models.Index(fields=["status", "published_at"], name="news_article_published_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:article", kwargs={"slug": self.slug})

    @property
    def is_event(self):
        return self.category == self.Category.EVENT

    @property
    def is_past_event(self):
        """An event notice whose day is over (Europe/Berlin): still readable, marked as past."""
        return self.is_event and self.event_date is not None and self.event_date < today_in_berlin()

    def clean(self):
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Diese Adresse ist für die Feeds reserviert.")})
        if self.is_event and self.event_date is None:
            raise ValidationError({"event_date": _("Ein Veranstaltungshinweis braucht das Datum der Veranstaltung.")})

    def save(self, *args, **kwargs):
        # A published article always has its date: the list sorts by it, the feeds show it.
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if self.image and not self.image._committed:
            base = slugify(self.slug or self.title_de or "")[:60] or "bild"
            self.image.save(f"{base}.webp", webp_copy(self.image.file, IMAGE_MAX_SIZE), save=False)
        super().save(*args, **kwargs)


# The guide's models live in news/guide/models.py (app label news).
from news.guide.models import *  # noqa: E402, F403
