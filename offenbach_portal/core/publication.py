"""One publication pattern for everything the portal shows to the public.

A `Publishable` model has a status (Entwurf, In Prüfung, Veröffentlicht,
Archiviert) and a publication date. The public sees only what
`published()` returns: status „Veröffentlicht“ and a publication date that
is empty or reached. A date in the future therefore schedules the
publication without any cron job: the entry appears by itself.

Staff who may change a model can preview its entries that are not public
(see `offenbach_portal.core.rules`); everybody else gets a 404."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "entwurf", _("Entwurf")
    REVIEW = "pruefung", _("In Prüfung")
    PUBLISHED = "veroeffentlicht", _("Veröffentlicht")
    ARCHIVED = "archiviert", _("Archiviert")


def published_q(prefix="", now=None):
    """The condition „publicly visible“, optionally through a relation:
    `published_q("committee__")` for the committee of a meeting."""
    now = now or timezone.now()
    return Q(**{f"{prefix}status": Status.PUBLISHED}) & (
        Q(**{f"{prefix}published_at__isnull": True}) | Q(**{f"{prefix}published_at__lte": now})
    )


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and not scheduled for later."""
        return self.filter(published_q())


class Publishable(models.Model):
    status = models.CharField(
        _("Veröffentlichungsstatus"),
        max_length=15,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_(
            "Nur „Veröffentlicht“ erscheint auf der Website. „Entwurf“ und „In Prüfung“ sehen nur Mitarbeitende "
            "mit Bearbeitungsrecht (als Vorschau); „Archiviert“ nimmt einen Eintrag von der Website, ohne ihn zu löschen."
        ),
    )
    published_at = models.DateTimeField(
        _("veröffentlicht ab"),
        null=True,
        blank=True,
        help_text=_(
            "Leer lassen, um sofort zu veröffentlichen. Mit Datum und Uhrzeit in der Zukunft erscheint ein Eintrag "
            "mit Status „Veröffentlicht“ erst dann auf der Website, von selbst."
        ),
    )
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        """For templates: whether the public sees this entry now."""
        if self.status != Status.PUBLISHED:
            return False
        return self.published_at is None or self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.published_at is not None and self.published_at > timezone.now()

    def publish(self, when=None):
        """Set the status to „Veröffentlicht“ (not saved). Keeps a planned date unless `when` is given."""
        self.status = Status.PUBLISHED
        if when is not None:
            self.published_at = when
        elif self.published_at is None:
            self.published_at = timezone.now()


def is_visible_to(obj, user, perm):
    """Whether `user` may see `obj`: everybody when it is published, otherwise
    only who holds `perm` (the model's change permission, for a preview)."""
    return obj.is_published or (user is not None and user.has_perm(perm, obj))


PUBLICATION_FIELDS = ["status", "published_at"]


def publish_selected(modeladmin, request, queryset):
    """Admin action „veröffentlichen“: set the selected entries to
    „Veröffentlicht“ (a planned date stays), each with an entry in the history."""
    import reversion
    from django.contrib import messages
    from django.utils.translation import ngettext

    entries = list(queryset)
    with reversion.create_revision():
        for entry in entries:
            entry.publish()
            entry.save()
        reversion.set_user(request.user)
        reversion.set_comment(_("Veröffentlicht"))
    modeladmin.message_user(
        request,
        ngettext("%(count)d Eintrag ist veröffentlicht.", "%(count)d Einträge sind veröffentlicht.", len(entries))
        % {"count": len(entries)},
        messages.SUCCESS,
    )


publish_selected.short_description = _("Ausgewählte veröffentlichen")
publish_selected.allowed_permissions = ["change"]
