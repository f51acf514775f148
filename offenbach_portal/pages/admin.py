from django.contrib import admin
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

    def view_on_site(self, obj):
        return obj.get_absolute_url()
