from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.db import models
from django.db.models import Count
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
    Chair,
    Committee,
    Meeting,
    MeetingDocument,
    Membership,
    TopicArea,
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
    list_display = ["number", "title", "date", "state", "status", "published_at"]
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
        (_("Teilnahme"), {"fields": ["attendees"]}),
        (_("Stand"), {"fields": ["created_at", "updated_at"]}),
    ]

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
