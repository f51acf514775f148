from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected
from offenbach_portal.core.text import clean_query

from . import services
from .models import (
    PORTAL_COMMITTEE_SLUG,
    AgendaItem,
    AttendanceRegistration,
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
    TopicProposal,
)
from .selectors import next_meeting_number


class ChairInline(TranslationTabularInline):
    model = Chair
    extra = 0
    fields = ["person", "role", "since", "until", "note", "order"]


@admin.register(Committee)
class CommitteeAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "founded", "managing_office", "status", "published_at"]
    list_filter = ["status"]
    actions = [publish_selected]
    inlines = [ChairInline]
    fields = ["name", "slug", "founded", "purpose", "managing_office", *PUBLICATION_FIELDS, "updated_at"]
    readonly_fields = ["updated_at"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.slug == PORTAL_COMMITTEE_SLUG:
            fields.append("slug")  # the pages under /kompetenzteam/ rely on it
        return fields

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.slug == PORTAL_COMMITTEE_SLUG else None


class MembershipStatusFilter(admin.SimpleListFilter):
    title = _("Mitgliedschaft")
    parameter_name = "stand"

    def lookups(self, request, model_admin):
        return [("aktuell", _("aktuell")), ("ehemalig", _("ehemalig"))]

    def queryset(self, request, queryset):
        if self.value() == "aktuell":
            return queryset.current()
        if self.value() == "ehemalig":
            return queryset.former()
        return queryset


@admin.register(Membership)
class MembershipAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["organisation", "committee", "since", "until", "is_current"]
    list_filter = [MembershipStatusFilter, "committee"]
    list_select_related = ["organisation", "committee"]
    search_fields = ["organisation__name", "delegates__name"]
    filter_horizontal = ["delegates"]
    fields = ["committee", "organisation", "since", "until", "delegates", "note"]

    @admin.display(boolean=True, description=_("aktuell"))
    def is_current(self, obj):
        return obj.is_current

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        committee = Committee.objects.filter(slug=PORTAL_COMMITTEE_SLUG).first()
        if committee is not None:
            initial.setdefault("committee", committee.pk)
        return initial


@admin.register(TopicArea)
class TopicAreaAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "item_count"]
    list_editable = ["order"]
    search_fields = ["name_de", "description_de"]
    prepopulated_fields = {"slug": ["name_de"]}
    fields = ["name", "slug", "description", "order"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("agenda_items"))

    @admin.display(description=_("Tagesordnungspunkte"), ordering="item_count")
    def item_count(self, obj):
        return obj.item_count


class AgendaItemInline(TranslationStackedInline):
    model = AgendaItem
    extra = 0
    ordering = ["order", "pk"]
    fields = ["order", "label", "title", "topic_areas", "presenters", "description", "result"]
    filter_horizontal = ["topic_areas", "presenters"]


class StoredDocument:
    """What the file widget shows for a stored document: its name, linked to
    the download view (the private storage has no URL of its own). The
    meeting's number is read as saved: the form may hold an unsaved one."""

    def __init__(self, file):
        document = file.instance
        number = Meeting.objects.filter(pk=document.meeting_id).values_list("number", flat=True).get()
        self.name = file.name
        self.url = reverse("committees:document", kwargs={"number": number, "pk": document.pk})

    def __str__(self):
        return self.name


class DocumentFileInput(AdminFileWidget):
    """The admin's file widget links `file.url`, which the private storage refuses
    on purpose; this one links the download view instead."""

    def is_initial(self, value):
        return bool(value and getattr(value, "name", "") and getattr(getattr(value, "instance", None), "pk", None))

    def format_value(self, value):
        return StoredDocument(value) if self.is_initial(value) else None


class MeetingDocumentInline(TranslationTabularInline):
    model = MeetingDocument
    extra = 0
    formfield_overrides = {models.FileField: {"widget": DocumentFileInput}}
    ordering = ["order", "pk"]
    fields = ["kind", "title", "file", "visibility", "order", "size"]
    readonly_fields = ["size"]


class AttendanceRegistrationInline(admin.TabularInline):
    """Who the member organisations said will come; written in the member area."""

    model = AttendanceRegistration
    extra = 0
    can_delete = False
    fields = ["organisation", "attendees", "note", "registered_by", "updated_at"]
    readonly_fields = fields
    ordering = ["organisation__name"]
    verbose_name_plural = _("Anmeldungen aus dem Mitgliederbereich")

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting", "organisation", "registered_by")


class MeetingYearFilter(admin.SimpleListFilter):
    title = _("Jahr")
    parameter_name = "jahr"

    def lookups(self, request, model_admin):
        return [(str(day.year), str(day.year)) for day in Meeting.objects.dates("date", "year", order="DESC")]

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value.isdigit() and len(value) == 4:
            return queryset.filter(date__year=int(value))
        return queryset


@admin.register(Meeting)
class MeetingAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["number", "title", "date", "state", "status", "published_at", "registration_count"]
    list_display_links = ["number", "title"]
    list_filter = [MeetingYearFilter, "state", "status", "committee"]
    list_select_related = ["committee"]
    search_fields = ["=number", "title_de", "summary_de", "results_de", "agenda_items__title_de"]
    ordering = ["-number"]
    filter_horizontal = ["attendees"]
    inlines = [AgendaItemInline, MeetingDocumentInline]
    readonly_fields = ["created_at", "updated_at"]
    actions = [publish_selected, "cancel_meetings"]
    fieldsets = [
        (None, {"fields": ["committee", "number", "title", "state"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
        (
            _("Zeit und Ort"),
            {"fields": ["date", "date_is_approximate", "date_note", "start_time", "end_time", "is_online", "place_name", "place_address"]},
        ),
        (_("Inhalt"), {"fields": ["summary", "results"]}),
        (
            _("Teilnahme"),
            {
                "fields": ["attendees"],
                "description": _(
                    "Nach der Sitzung ist die Auswahl aus den Anmeldungen der Mitgliedsorganisationen vorausgefüllt, "
                    "solange noch niemand eingetragen ist. Bitte prüfen und speichern: erst dann ist die Anwesenheit festgehalten."
                ),
            },
        ),
        (_("Stand"), {"fields": ["created_at", "updated_at"]}),
    ]

    def get_inlines(self, request, obj):
        """The registrations only on a saved meeting: a new one has none."""
        return [*self.inlines, AttendanceRegistrationInline] if obj is not None else self.inlines

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(registration_count=Count("attendance_registrations", distinct=True))

    @admin.display(description=_("Anmeldungen"), ordering="registration_count")
    def registration_count(self, obj):
        return obj.registration_count

    def get_form(self, request, obj=None, **kwargs):
        """After the meeting, while nobody is entered as attending, the
        registered organisations are the initial selection. Staff check it and
        save; nothing is stored before they do."""
        form = super().get_form(request, obj, **kwargs)
        prefill = services.attendance_prefill(obj) if obj is not None else None
        if not prefill:
            return form

        class AttendancePrefilledForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial["attendees"] = prefill
                self.attendance_prefilled = len(prefill)

        return AttendancePrefilledForm

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        count = getattr(form, "attendance_prefilled", 0)
        if count and not form.is_bound:
            self.message_user(
                request,
                ngettext(
                    "Die teilnehmenden Organisationen sind aus %(count)d Anmeldung vorausgefüllt. Bitte prüfen und speichern.",
                    "Die teilnehmenden Organisationen sind aus %(count)d Anmeldungen vorausgefüllt. Bitte prüfen und speichern.",
                    count,
                )
                % {"count": count},
                messages.WARNING,
            )
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def get_search_results(self, request, queryset, search_term):
        # PostgreSQL refuses NUL bytes in a query; a search term never needs them.
        return super().get_search_results(request, queryset, clean_query(search_term))

    def get_changeform_initial_data(self, request):
        """A new meeting: the Kompetenzteam, the next free number, „geplant“."""
        initial = super().get_changeform_initial_data(request)
        committee = Committee.objects.filter(pk=initial["committee"]).first() if str(initial.get("committee", "")).isdigit() else None
        committee = committee or Committee.objects.filter(slug=PORTAL_COMMITTEE_SLUG).first() or Committee.objects.first()
        if committee is not None:
            initial["committee"] = committee.pk
            initial.setdefault("number", next_meeting_number(committee))
        initial.setdefault("state", Meeting.State.PLANNED)
        return initial

    @admin.action(description=_("Ausgewählte Sitzungen absagen"), permissions=["change"])
    def cancel_meetings(self, request, queryset):
        meetings = list(queryset)
        for meeting in meetings:
            services.meeting_cancel(meeting=meeting, user=request.user)
        self.message_user(
            request,
            ngettext("%(count)d Sitzung ist als abgesagt markiert.", "%(count)d Sitzungen sind als abgesagt markiert.", len(meetings))
            % {"count": len(meetings)},
            messages.SUCCESS,
        )

    def view_on_site(self, obj):
        """The public page as saved (for a draft: its preview); a form with
        errors holds unsaved values (a number that has no page, another committee)."""
        saved = Meeting.objects.of_portal_committee().filter(pk=obj.pk).only("number").first()
        return saved.get_absolute_url() if saved else None


@admin.register(AttendanceRegistration)
class AttendanceRegistrationAdmin(VersionAdmin):
    """Every registration, by meeting. Member organisations write them in the member area."""

    list_display = ["meeting", "organisation", "attendees", "registered_by", "updated_at"]
    list_filter = ["meeting"]
    list_select_related = ["meeting", "organisation", "registered_by"]
    search_fields = ["organisation__name", "attendees"]
    fields = ["meeting", "organisation", "attendees", "note", "registered_by", "created_at", "updated_at"]
    readonly_fields = ["meeting", "organisation", "registered_by", "created_at", "updated_at"]

    def has_add_permission(self, request):
        return False


class DeclineForm(forms.Form):
    note = forms.CharField(
        label=_("Grund für die Ablehnung"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Die vorschlagende Person bekommt ihn per E-Mail und sieht ihn im Mitgliederbereich."),
        error_messages={"required": _("Bitte schreiben Sie einen Grund.")},
    )


@admin.register(TopicProposal)
class TopicProposalAdmin(VersionAdmin):
    """Topics proposed by member organisations. „Als Tagesordnungspunkt übernehmen“
    puts a proposal on the agenda of its meeting (or the next one) in one step."""

    list_display = ["title", "organisation", "meeting", "state", "created_at", "agenda_item"]
    list_filter = ["state", "meeting"]
    list_select_related = ["organisation", "meeting", "agenda_item"]
    search_fields = ["title", "description", "organisation__name"]
    fields = [
        "organisation",
        "proposed_by",
        "title",
        "description",
        "meeting",
        "state",
        "staff_note",
        "agenda_item",
        "created_at",
        "decided_at",
    ]
    readonly_fields = ["organisation", "proposed_by", "state", "agenda_item", "created_at", "decided_at"]
    actions = ["accept_proposals", "decline_proposals"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Als Tagesordnungspunkt übernehmen"), permissions=["change"])
    def accept_proposals(self, request, queryset):
        accepted, skipped = 0, []
        for proposal in queryset:
            try:
                services.topic_proposal_accept(proposal=proposal, user=request.user)
            except services.ProposalNotOpen:
                skipped.append(_("„%(title)s“ ist schon entschieden.") % {"title": proposal.title})
            except services.NoMeetingForProposal:
                skipped.append(
                    _("„%(title)s“: keine kommende Sitzung; bitte zuerst eine Sitzung anlegen oder beim Vorschlag wählen.")
                    % {"title": proposal.title}
                )
            else:
                accepted += 1
        if accepted:
            self.message_user(
                request,
                ngettext(
                    "%(count)d Vorschlag ist als Tagesordnungspunkt übernommen.",
                    "%(count)d Vorschläge sind als Tagesordnungspunkte übernommen.",
                    accepted,
                )
                % {"count": accepted},
                messages.SUCCESS,
            )
        for message in skipped:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description=_("Ablehnen (mit Begründung)"), permissions=["change"])
    def decline_proposals(self, request, queryset):
        """A page that asks for the reason, then declines the open proposals among the selected."""
        proposals = list(queryset.filter(state=TopicProposal.State.PROPOSED).select_related("organisation"))
        if not proposals:
            self.message_user(request, _("Keiner der ausgewählten Vorschläge ist noch offen."), messages.ERROR)
            return None
        form = DeclineForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            declined = 0
            for proposal in proposals:
                try:
                    services.topic_proposal_decline(proposal=proposal, note=form.cleaned_data["note"].strip(), user=request.user)
                except services.ProposalNotOpen:
                    continue
                declined += 1
            self.message_user(
                request,
                ngettext("%(count)d Vorschlag ist abgelehnt.", "%(count)d Vorschläge sind abgelehnt.", declined) % {"count": declined},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Themenvorschläge ablehnen"),
            "opts": self.model._meta,
            "proposals": proposals,
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/committees/topicproposal/decline.html", context)
