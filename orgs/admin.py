from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.admin import GenericTabularInline
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import JSON
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin

from offenbach_portal.accounts import services as account_services
from offenbach_portal.accounts.models import Invitation
from offenbach_portal.core.admin_export import SafeExportMixin
from offenbach_portal.core.export_forms import NamedFieldsExportForm
from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .held_logos import logo_data_uri
from .models import District, Language, ListingRequest, Offer, Organisation, OrganisationEditor, Person, ProfileChange
from .resources import OrganisationResource, SpreadsheetSafeCSV
from .selectors import profile_change_comparison
from .services import (
    FIELD_LABELS,
    ProfileChangeConflict,
    ProfileChangeNotPending,
    listing_request_approve,
    listing_request_decline,
    profile_change_approve,
    profile_change_reject,
)


class OfferInline(TranslationStackedInline):
    model = Offer
    extra = 0
    fields = ["title", "category", "schedule", "languages", "position"]
    filter_horizontal = ["languages"]

    def get_queryset(self, request):
        # Each offer's chosen languages come with the offers, not one query per offer.
        return super().get_queryset(request).prefetch_related("languages")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "languages" and formfield is not None:
            # The list of languages is read once per request and shared by every
            # offer's form (each form would otherwise query it again).
            if not hasattr(request, "_offer_language_choices"):
                request._offer_language_choices = list(formfield.choices)
            formfield.choices = request._offer_language_choices
        return formfield


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0
    fields = ["name", "role"]
    verbose_name_plural = _("Personen in öffentlicher Funktion")


class OrganisationEditorInline(admin.TabularInline):
    """Who edits the profile from the member area. New editors come by
    invitation; "Löschen" removes a person's rights on this organisation
    (their account stays)."""

    model = OrganisationEditor
    extra = 0
    fields = ["user", "user_email", "added_at"]
    readonly_fields = fields
    verbose_name_plural = _("Bearbeiter*innen des Profils (neue kommen über „Person zum Bearbeiten einladen“)")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("E-Mail-Adresse"))
    def user_email(self, link):
        return link.user.email

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


class OpenInvitationInline(GenericTabularInline):
    """Invitations to this organisation that have not been accepted yet
    (resend or revoke them under Zugänge › Einladungen)."""

    model = Invitation
    extra = 0
    fields = ["email", "created_by", "created_at", "expires_at"]
    readonly_fields = fields
    verbose_name_plural = _("Offene Einladungen")

    def get_queryset(self, request):
        return super().get_queryset(request).open().select_related("created_by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse der Person"),
        help_text=_("Die Person bekommt einen Link, der sieben Tage gilt; damit legt sie ihr Passwort fest."),
        widget=forms.EmailInput(attrs={"autocomplete": "off", "size": 40}),
    )


@admin.register(Organisation)
class OrganisationAdmin(SafeExportMixin, ImportExportModelAdmin, VersionAdmin, TabbedTranslationAdmin):
    export_form_class = NamedFieldsExportForm
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
    inlines = [OfferInline, PersonInline, OrganisationEditorInline, OpenInvitationInline]
    actions = [publish_selected, "invite_editor"]
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

    def get_inlines(self, request, obj):
        # A new organisation has neither editors nor invitations yet.
        inlines = super().get_inlines(request, obj)
        return inlines if obj is not None else [i for i in inlines if i not in (OrganisationEditorInline, OpenInvitationInline)]

    def get_urls(self):
        invite = self.admin_site.admin_view(self.invite_view)
        return [path("<path:object_id>/einladen/", invite, name="orgs_organisation_invite"), *super().get_urls()]

    def _invite(self, request, organisations, email):
        for organisation in organisations:
            account_services.invite(organisation, email, request.user, request)
        self.message_user(
            request,
            ngettext(
                "Einladung an %(email)s für %(count)d Organisation verschickt.",
                "Einladung an %(email)s für %(count)d Organisationen verschickt.",
                len(organisations),
            )
            % {"email": email, "count": len(organisations)},
            messages.SUCCESS,
        )

    def invite_view(self, request, object_id):
        """The button "Person zum Bearbeiten einladen" on an organisation's page."""
        organisation = self.get_object(request, object_id)
        if organisation is None:
            raise Http404
        if not self.has_change_permission(request, organisation):
            raise PermissionDenied
        form = InviteForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            self._invite(request, [organisation], form.cleaned_data["email"])
            return HttpResponseRedirect(reverse("admin:orgs_organisation_change", args=[organisation.pk]))
        return self._invite_page(request, form, [organisation])

    def _invite_page(self, request, form, organisations, action_form=False):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Person zum Bearbeiten einladen"),
            "form": form,
            "organisations": organisations,
            "action_form": action_form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/orgs/organisation/invite.html", context, status=400 if form.errors else 200)

    @admin.action(description=_("Person zum Bearbeiten einladen"), permissions=["change"])
    def invite_editor(self, request, queryset):
        """Admin action: asks for the email address, then invites the person
        to every selected organisation."""
        organisations = list(queryset)
        form = InviteForm(request.POST if "send_invitation" in request.POST else None)
        if form.is_bound and form.is_valid():
            self._invite(request, organisations, form.cleaned_data["email"])
            return None
        return self._invite_page(request, form, organisations, action_form=True)

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


class ListingRequestStateFilter(admin.SimpleListFilter):
    """The state of a request; without a choice the list shows the pending ones."""

    title = _("Stand")
    parameter_name = "stand"
    ALL = "alle"

    def lookups(self, request, model_admin):
        return [*ListingRequest.State.choices, (self.ALL, _("alle"))]

    def value(self):
        return super().value() or ListingRequest.State.PENDING

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.ALL:
            return queryset
        if value in ListingRequest.State.values:
            return queryset.filter(state=value)
        return queryset.none()


class ListingRequestAdminForm(forms.ModelForm):
    class Meta:
        model = ListingRequest
        fields = ["reason"]
        help_texts = {
            "reason": _(
                "Nur zum Ablehnen nötig: Die Begründung geht in der Sprache des Antrags an die Kontaktperson. Bitte freundlich und verständlich."
            )
        }


@admin.register(ListingRequest)
class ListingRequestAdmin(VersionAdmin):
    """Requests from `/vereine/eintragen/`. „Freigeben“ publishes the draft
    organisation, „Ablehnen“ archives it (its history stays); the contact
    person is mailed either way. Deciding needs the right to change
    organisations."""

    form = ListingRequestAdminForm
    change_form_template = "admin/orgs/listingrequest/change_form.html"
    list_display = ["created_at", "organisation_name", "organisation_kind", "contact_name", "state", "reviewed_at"]
    list_display_links = ["created_at", "organisation_name"]
    list_filter = [ListingRequestStateFilter]
    list_select_related = ["organisation"]
    search_fields = ["organisation__name", "contact_name", "contact_email"]
    readonly_fields = [
        "organisation_links",
        "created_at",
        "language",
        "contact_name",
        "contact_email",
        "state",
        "reviewed_by",
        "reviewed_at",
    ]
    fieldsets = [
        (_("Antrag"), {"fields": ["organisation_links", "created_at", "language"]}),
        (
            _("Kontaktperson (nie öffentlich)"),
            {"fields": ["contact_name", "contact_email"]},
        ),
        (_("Entscheidung"), {"fields": ["state", "reviewed_by", "reviewed_at", "reason"]}),
    ]

    def _may_review(self, request):
        return request.user.has_perm("orgs.change_organisation")

    def has_module_permission(self, request):
        return self._may_review(request)

    def has_view_permission(self, request, obj=None):
        return self._may_review(request)

    def has_change_permission(self, request, obj=None):
        return self._may_review(request)

    def has_add_permission(self, request):
        # Requests come from the website only.
        return False

    def has_delete_permission(self, request, obj=None):
        # A decided request is the record of the decision; it stays.
        return False

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "reason"] if obj is not None and not obj.is_pending else fields

    @admin.display(description=_("Organisation"), ordering="organisation__name")
    def organisation_name(self, obj):
        return obj.organisation.name

    @admin.display(description=_("Art"), ordering="organisation__kind")
    def organisation_kind(self, obj):
        return obj.organisation.get_kind_display()

    @admin.display(description=_("Organisation"))
    def organisation_links(self, obj):
        organisation = obj.organisation
        return format_html(
            '{} ({}) – <a href="{}">{}</a> · <a href="{}">{}</a>',
            organisation.name,
            organisation.get_status_display(),
            reverse("admin:orgs_organisation_change", args=[organisation.pk]),
            _("Angaben prüfen und ergänzen"),
            organisation.get_absolute_url(),
            _("Vorschau des Profils"),
        )

    def changelist_view(self, request, extra_context=None):
        pending = ListingRequest.objects.filter(state=ListingRequest.State.PENDING).count()
        title = _("Eintragsanträge: %(count)d offen") % {"count": pending}
        return super().changelist_view(request, {**(extra_context or {}), "title": title})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and ("_approve" in request.POST or "_decline" in request.POST):
            return self._decide(request, object_id)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _decide(self, request, object_id):
        listing_request = self.get_object(request, object_id)
        if listing_request is None or not self.has_change_permission(request, listing_request):
            raise Http404
        change_url = reverse("admin:orgs_listingrequest_change", args=[listing_request.pk])
        try:
            if "_approve" in request.POST:
                listing_request_approve(listing_request=listing_request, user=request.user, base_url=request.build_absolute_uri("/"))
                self.message_user(
                    request,
                    _("„%(name)s“ ist veröffentlicht; die Kontaktperson bekommt eine E-Mail.")
                    % {"name": listing_request.organisation.name},
                    messages.SUCCESS,
                )
            else:
                listing_request_decline(listing_request=listing_request, user=request.user, reason=request.POST.get("reason", ""))
                self.message_user(
                    request,
                    _("Der Antrag für „%(name)s“ ist abgelehnt; die Kontaktperson bekommt eine E-Mail mit der Begründung.")
                    % {"name": listing_request.organisation.name},
                    messages.SUCCESS,
                )
        except ValidationError as error:
            for message in error.messages:
                self.message_user(request, message, messages.ERROR)
        return HttpResponseRedirect(change_url)


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
