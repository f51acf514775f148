import reversion
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class OrganisationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_directory(self):
        """What the public directory lists: published associations, religious
        communities and initiatives; offices and institutions only appear as
        presenters and sponsors."""
        return self.published().filter(kind__in=Organisation.DIRECTORY_KINDS)


@reversion.register()
class Organisation(models.Model):
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
    kind = models.CharField(_("Art"), max_length=12, choices=Kind.choices, default=Kind.ASSOCIATION)
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("orgs:detail", kwargs={"slug": self.slug})


@reversion.register()
class Person(models.Model):
    """Someone acting in a public role for an organisation or office: chairs,
    presenters, delegates, project coordinators."""

    name = models.CharField(_("Name"), max_length=200)
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
