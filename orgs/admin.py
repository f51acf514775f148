from django.contrib import admin
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import JSON
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .models import District, Language, Offer, Organisation, Person
from .resources import OrganisationResource, SpreadsheetSafeCSV


class OfferInline(TranslationStackedInline):
    model = Offer
    extra = 0
    fields = ["title", "category", "schedule", "languages", "position"]
    filter_horizontal = ["languages"]


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["name", "role"]
    verbose_name_plural = _("Personen in öffentlicher Funktion")


@admin.register(Organisation)
class OrganisationAdmin(ImportExportModelAdmin, VersionAdmin, TabbedTranslationAdmin):
    resource_classes = [OrganisationResource]
    import_formats = [SpreadsheetSafeCSV, JSON]
    export_formats = [SpreadsheetSafeCSV, JSON]
    list_display = ["name", "short_name", "kind", "district", "status", "published_at", "updated_at"]
    list_filter = ["kind", "status", "district", "languages", "offers__category"]
    search_fields = ["name", "short_name", "slug", "description", "origin"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["languages"]
    readonly_fields = ["logo_preview", "created_at", "updated_at"]
    list_select_related = ["district"]
    inlines = [OfferInline, PersonInline]
    actions = [publish_selected]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "kind"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (_("Über die Organisation"), {"fields": ["description", "origin", "languages", "district", "founded_year"]}),
        (_("Öffentlicher Kontakt"), {"fields": ["email", "phone", "website", "street", "postcode", "city"]}),
        (_("Logo"), {"fields": ["logo", "logo_preview"]}),
        (
            _("Nur intern"),
            {
                "fields": ["internal_contact"],
                "description": _("Diese Angaben erscheinen nie auf der Website und in keinem Export."),
            },
        ),
        (_("Stand"), {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.display(description=_("Vorschau"))
    def logo_preview(self, obj):
        if not obj.logo_small:
            return "–"
        return format_html('<img src="{}" alt="" width="160">', obj.logo_small.url)

    def view_on_site(self, obj):
        return obj.get_absolute_url()

    def has_import_permission(self, request):
        return request.user.has_perm("orgs.add_organisation") and request.user.has_perm("orgs.change_organisation")

    def has_export_permission(self, request):
        return request.user.has_perm("orgs.view_organisation")

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "base_url": request.build_absolute_uri("/")}

    def get_import_data_kwargs(self, **kwargs):
        # A file with a bad row imports nothing, even at the confirmation step.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}


@admin.register(Person)
class PersonAdmin(VersionAdmin):
    list_display = ["name", "role", "organisation"]
    list_filter = ["organisation__kind"]
    search_fields = ["name", "role", "organisation__name"]
    autocomplete_fields = ["organisation"]
    list_select_related = ["organisation"]


@admin.register(Language)
class LanguageAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]
    ordering = ["code"]


@admin.register(District)
class DistrictAdmin(VersionAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "subtitle": _(
                "Die Stadtteile sind Daten: 2019 hat die Stadtverordnetenversammlung 21 Stadtteile beschlossen; ändert die Stadt sie, passen Sie sie hier an."
            ),
        }
        return super().changelist_view(request, extra_context)
