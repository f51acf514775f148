from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .models import SIGN_LANGUAGE_SLUG, AccessibilityStatement, KnownBarrier, Page


@admin.register(Page)
class PageAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["title", "slug", "status", "published_at", "updated_at"]
    list_filter = ["status"]
    actions = [publish_selected]
    search_fields = ["title", "slug", "body"]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (_("Video (Gebärdensprache)"), {"fields": ["video", "video_duration", "video_captions"], "classes": ["collapse"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        # Impressum, Datenschutz … have fixed addresses that must always answer.
        if obj is not None and obj.is_fixed:
            return False
        return super().has_delete_permission(request, obj)

    def get_deleted_objects(self, objs, request):
        """The bulk action "delete selected" lists the fixed pages among the
        selection as protected, and so deletes nothing."""
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        fixed = [format_html("{}: {}", Page._meta.verbose_name, page) for page in objs if page.is_fixed]
        if fixed and super().has_delete_permission(request):
            # Not a missing permission (as has_delete_permission() made it look) but protected pages.
            perms_needed = perms_needed - {Page._meta.verbose_name}
        return deleted, model_count, perms_needed, [*protected, *fixed]

    def get_readonly_fields(self, request, obj=None):
        # A fixed page keeps its slug, or its fixed address would answer 404.
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "slug"] if obj is not None and obj.is_fixed else fields

    def view_on_site(self, obj):
        return obj.get_absolute_url()


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(VersionAdmin, TabbedTranslationAdmin):
    """The one record behind the accessibility statement's mandatory parts."""

    readonly_fields = ["updated_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (_("Stand der Vereinbarkeit"), {"fields": ["compliance", "scope_url", "scope"]}),
        (_("Erstellung der Erklärung"), {"fields": ["method", "method_details", "assessed_on", "prepared_on", "reviewed_on"]}),
        (_("Feedback und Kontakt"), {"fields": ["unit", "postal_address", "phone", "email"]}),
        (_("Durchsetzungsverfahren"), {"fields": ["enforcement_body", "enforcement_url", "enforcement_email"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    def has_add_permission(self, request):
        """There is one statement: once it exists, it can only be changed. The
        database is asked only on this model's own pages, not for the "add"
        link in the navigation of every other admin page."""
        if not super().has_add_permission(request):
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or not (match.url_name or "").startswith("pages_accessibilitystatement_"):
            return True
        return not AccessibilityStatement.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def view_on_site(self, obj):
        return reverse("pages:barrierefreiheit")


@admin.register(KnownBarrier)
class KnownBarrierAdmin(VersionAdmin, TabbedTranslationAdmin):
    """The known barriers the accessibility statement lists. Keep them
    current: a fixed barrier loses its tick „besteht noch“."""

    list_display = ["title", "category", "planned_for", "is_current", "order"]
    list_editable = ["is_current", "order"]
    list_filter = ["category", "is_current"]
    search_fields = ["title", "reason"]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "category", "reason", "applies_to_documents"]}),
        (_("Alternative und Maßnahme"), {"fields": ["alternative", "measure", "planned_for"]}),
        (_("Anzeige"), {"fields": ["is_current", "order", "updated_at"]}),
    ]

    def view_on_site(self, obj):
        return reverse("pages:barrierefreiheit")


def missing_sign_language_video_notice(request):
    """For the admin index: a warning while the Gebärdensprache page has no
    DGS video (BITV 2.0 § 4 asks for one), for those who may change pages."""
    user = getattr(request, "user", None)
    if not user or not user.is_staff or not user.has_perm("pages.change_page"):
        return None
    page = Page.objects.filter(slug=SIGN_LANGUAGE_SLUG).only("pk", "video").first()
    if page is None or page.video:
        return None
    text = _("Auf der Seite „Gebärdensprache“ fehlt das Video in Deutscher Gebärdensprache (DGS). Bitte laden Sie es hoch.")
    return str(text), reverse("admin:pages_page_change", args=[page.pk])
