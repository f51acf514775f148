from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import JSON
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .held_logos import logo_data_uri
from .models import District, Language, Offer, Organisation, Person, ProfileChange
from .resources import OrganisationResource, SpreadsheetSafeCSV
from .selectors import profile_change_comparison
from .services import FIELD_LABELS, ProfileChangeConflict, ProfileChangeNotPending, profile_change_approve, profile_change_reject


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


class ProfileChangeStateFilter(admin.SimpleListFilter):
    """By state; without a choice the list shows the changes waiting for review."""

    title = _("Stand")
    parameter_name = "state"
    ALL = "alle"

    def lookups(self, request, model_admin):
        return [*ProfileChange.State.choices, (self.ALL, _("alle"))]

    def value(self):
        return super().value() or ProfileChange.State.PENDING

    def queryset(self, request, queryset):
        return queryset if self.value() == self.ALL else queryset.filter(state=self.value())

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


@admin.register(ProfileChange)
class ProfileChangeAdmin(VersionAdmin):
    """Review of the changes editors propose in the member area: the list
    (waiting ones first), and per change a comparison of the public profile
    with the proposal, "Freigeben" and "Ablehnen" (with a reason). Editing an
    organisation in its own admin page applies directly, as before."""

    list_display = ["organisation", "submitted_by", "submitted_at", "state", "reviewed_by", "reviewed_at"]
    list_filter = [ProfileChangeStateFilter]
    list_select_related = ["organisation", "submitted_by", "reviewed_by"]
    search_fields = ["organisation__name", "submitted_by__username"]
    date_hierarchy = "submitted_at"

    def has_add_permission(self, request):
        return False

    def may_decide(self, request, change):
        return bool(change.is_pending and self.has_change_permission(request, change) and request.user.has_perm("orgs.change_organisation"))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, change):
            raise PermissionDenied
        status, conflicts, reject_error = 200, [], ""
        if request.method == "POST":
            if not self.may_decide(request, change):
                raise PermissionDenied
            action = request.POST.get("action")
            try:
                if action in ("approve", "apply_anyway"):
                    profile_change_approve(change=change, reviewer=request.user, force=action == "apply_anyway")
                    self.message_user(request, _("Die Änderung ist freigegeben und jetzt öffentlich."), messages.SUCCESS)
                    return redirect("admin:orgs_profilechange_changelist")
                if action == "reject":
                    reason = request.POST.get("reason", "").strip()
                    if reason:
                        profile_change_reject(change=change, reviewer=request.user, reason=reason)
                        self.message_user(request, _("Die Änderung ist abgelehnt; die Bearbeiterin wird benachrichtigt."), messages.SUCCESS)
                        return redirect("admin:orgs_profilechange_changelist")
                    reject_error, status = _("Bitte schreiben Sie eine Begründung für die Ablehnung."), 400
                else:
                    status = 400
            except ProfileChangeConflict as conflict:
                conflicts, status = [FIELD_LABELS[key] for key in conflict.fields], 409
            except ProfileChangeNotPending:
                self.message_user(request, _("Diese Änderung wurde schon entschieden."), messages.WARNING)
                return redirect("admin:orgs_profilechange_changelist")
            change.refresh_from_db()
        comparison = profile_change_comparison(change)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "app_label": self.opts.app_label,
            "original": change,
            "title": _("Profiländerung prüfen: %(name)s") % {"name": change.organisation.name},
            "subtitle": None,
            "comparison": comparison,
            "new_logo_src": logo_data_uri(change.logo.name) if change.logo and comparison["logo"] == "new" else "",
            "conflicts": conflicts,
            "reject_error": reject_error,
            "reason": request.POST.get("reason", "") if request.method == "POST" else "",
            "may_decide": self.may_decide(request, change),
            "has_view_permission": True,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/orgs/profilechange/review.html", context, status=status)


def pending_changes_notice(request):
    """For the admin index: how many profile changes wait, for those who review them."""
    user = getattr(request, "user", None)
    if not user or not user.is_staff or not user.has_perm("orgs.change_profilechange"):
        return None
    count = ProfileChange.objects.pending().count()
    if not count:
        return None
    text = ngettext("%(count)s Profiländerung wartet auf Prüfung", "%(count)s Profiländerungen warten auf Prüfung", count) % {
        "count": count
    }
    return text, reverse("admin:orgs_profilechange_changelist")
