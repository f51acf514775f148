from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import JSON
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from reversion.admin import VersionAdmin

from offenbach_portal.core.admin_export import SafeExportMixin
from offenbach_portal.core.export_forms import NamedFieldsExportForm
from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected
from offenbach_portal.core.text import clean_query

from .models import FieldOfAction, FundingCall, Programme, ProgrammeEvent, Project, Publication, today_in_berlin
from .resources import ProjectResource, SpreadsheetSafeCSV


class FieldOfActionInline(TranslationTabularInline):
    model = FieldOfAction
    extra = 0
    fields = ["number", "name", "description"]
    ordering = ["number"]


class ProgrammeEventInline(TranslationStackedInline):
    model = ProgrammeEvent
    extra = 0
    fields = ["title", "date", "date_note", "place", "description", "participants"]


@admin.register(Programme)
class ProgrammeAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "short_name", "start", "end", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["name_de", "short_name"]
    prepopulated_fields = {"slug": ["name_de"]}
    autocomplete_fields = ["coordinator"]
    inlines = [FieldOfActionInline, ProgrammeEventInline]
    actions = [publish_selected]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "start", "end"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (_("Förderung"), {"fields": ["funder", "scope", "local_authorities", "coordinator", "predecessor"]}),
        (_("Inhalt"), {"fields": ["goals", "description"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    def view_on_site(self, obj):
        return obj.get_absolute_url()


class SponsorTypeFilter(admin.SimpleListFilter):
    title = _("Träger")
    parameter_name = "traeger"

    def lookups(self, request, model_admin):
        return Project.SponsorType.choices

    def queryset(self, request, queryset):
        if self.value() == Project.SponsorType.CITY:
            return queryset.filter(sponsor__kind="amt")
        if self.value() == Project.SponsorType.INDEPENDENT:
            return queryset.exclude(sponsor__kind="amt")
        return queryset


class ProjectAdminForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        programme = cleaned.get("programme")
        fields = cleaned.get("fields_of_action")
        if programme is not None and fields is not None:
            foreign = [field for field in fields if field.programme_id != programme.pk]
            if foreign:
                self.add_error(
                    "fields_of_action",
                    ValidationError(
                        _("Nur Handlungsfelder des gewählten Programms: %(fields)s gehört zu einem anderen."),
                        params={"fields": ", ".join(str(field) for field in foreign)},
                        code="foreign_field",
                    ),
                )
        return cleaned


@admin.register(Project)
class ProjectAdmin(SafeExportMixin, ImportExportModelAdmin, VersionAdmin, TabbedTranslationAdmin):
    export_form_class = NamedFieldsExportForm
    form = ProjectAdminForm
    resource_classes = [ProjectResource]
    import_formats = [SpreadsheetSafeCSV, JSON]
    export_formats = [SpreadsheetSafeCSV, JSON]
    list_display = ["title", "programme", "sponsor", "start_year", "end_year", "funding_amount", "state", "is_sample", "status"]
    list_filter = ["programme", "fields_of_action", SponsorTypeFilter, "state", "status", "is_sample"]
    list_select_related = ["programme", "sponsor"]
    search_fields = ["title_de", "slug", "sponsor__name", "partners__name", "description_de"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["sponsor", "contact"]
    filter_horizontal = ["fields_of_action", "partners"]
    actions = [publish_selected]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "programme", "fields_of_action", "is_sample"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (_("Träger und Partner"), {"fields": ["sponsor", "partners", "contact"]}),
        (_("Zeitraum und Förderung"), {"fields": ["start_year", "end_year", "period_note", "funding_amount", "state"]}),
        (_("Inhalt"), {"fields": ["target_groups", "description", "results"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, clean_query(search_term))

    def view_on_site(self, obj):
        return obj.get_absolute_url()

    def has_import_permission(self, request):
        return request.user.has_perm("programmes.add_project") and request.user.has_perm("programmes.change_project")

    def has_export_permission(self, request):
        return request.user.has_perm("programmes.view_project")

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "base_url": request.build_absolute_uri("/")}

    def get_import_data_kwargs(self, **kwargs):
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}


@admin.register(Publication)
class PublicationAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["title", "kind", "year", "programme", "print_run", "status"]
    list_filter = ["kind", "programme", "status"]
    search_fields = ["title", "publisher"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["portrayed"]
    actions = [publish_selected]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "year", "programme"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (_("Angaben"), {"fields": ["publisher", "print_run", "availability", "description", "file", "portrayed"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    def view_on_site(self, obj):
        return obj.get_absolute_url()


class CallOpenFilter(admin.SimpleListFilter):
    title = _("Bewerbung")
    parameter_name = "offen"

    def lookups(self, request, model_admin):
        return [("ja", _("offen")), ("bald", _("noch nicht geöffnet")), ("nein", _("Frist abgelaufen"))]

    def queryset(self, request, queryset):
        today = today_in_berlin()
        if self.value() == "ja":
            return queryset.open_on(today)
        if self.value() == "bald":
            return queryset.filter(opens__gt=today)
        if self.value() == "nein":
            return queryset.filter(deadline__lt=today)
        return queryset


@admin.register(FundingCall)
class FundingCallAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["title", "programme", "opens", "deadline", "is_open", "is_sample", "status"]
    list_filter = [CallOpenFilter, "programme", "status"]
    list_select_related = ["programme"]
    search_fields = ["title_de"]
    date_hierarchy = "deadline"
    ordering = ["-deadline"]
    autocomplete_fields = ["contact"]
    actions = [publish_selected]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["programme", "title", "is_sample"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (
            _("Fristen"),
            {
                "fields": ["opens", "deadline"],
                "description": _(
                    "Ein veröffentlichter Aufruf erscheint vom ersten Tag der Bewerbung bis zum Ende des Fristtages (Ortszeit Offenbach) auf der Programmseite und der Startseite."
                ),
            },
        ),
        (_("Angaben"), {"fields": ["eligibility", "guideline", "contact"]}),
        (_("Stand"), {"fields": ["updated_at"]}),
    ]

    @admin.display(boolean=True, description=_("offen"))
    def is_open(self, obj):
        today = today_in_berlin()
        return obj.opens <= today <= obj.deadline
