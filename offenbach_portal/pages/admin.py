from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .models import Page


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
        (_("Video (Gebärdensprache)"), {"fields": ["video", "video_captions"], "classes": ["collapse"]}),
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
