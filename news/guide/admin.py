"""The guide in the back office: topics with their translations and contact
points (stale ones first), the languages, the hub texts, the checklist, and
the opening hours of offices. The admin index counts topics due for review."""

from functools import wraps

from django.contrib import admin, messages
from django.db import models
from django.db.models import Case, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS, publish_selected

from .models import (
    SOURCE_LANGUAGE,
    ContactPoint,
    FirstStep,
    FirstStepTranslation,
    GuideLanguage,
    HubTranslation,
    OfficeDetails,
    OpeningHours,
    Topic,
    TopicTranslation,
    stale_before,
    today_in_berlin,
)


@admin.register(GuideLanguage)
class GuideLanguageAdmin(VersionAdmin):
    list_display = ["name_de", "name", "code", "direction", "active", "order"]
    list_editable = ["active", "order"]
    search_fields = ["code", "name", "name_de"]
    fields = ["code", "name", "name_de", "direction", "active", "order"]


class TopicTranslationInline(admin.StackedInline):
    model = TopicTranslation
    extra = 0
    fields = ["language", "review_status", "title", "summary", "body", "steps", "documents"]


class ContactPointInline(admin.TabularInline):
    model = ContactPoint
    extra = 0
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "note", "order"]


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("Prüfung")
    parameter_name = "pruefung"

    def lookups(self, request, model_admin):
        return [("faellig", _("seit sechs Monaten nicht geprüft")), ("aktuell", _("geprüft"))]

    def queryset(self, request, queryset):
        if self.value() == "faellig":
            return queryset.stale()
        if self.value() == "aktuell":
            return queryset.exclude(pk__in=Topic.objects.stale())
        return queryset


@admin.register(Topic)
class TopicAdmin(VersionAdmin):
    list_display = ["german_title", "slug", "audience", "reviewed_on", "review_due", "status", "published_at"]
    list_display_links = ["german_title", "slug"]
    list_filter = [ReviewDueFilter, "audience", "status"]
    search_fields = ["slug", "translations__title"]
    prepopulated_fields = {"short_code": ["slug"]}
    inlines = [TopicTranslationInline, ContactPointInline]
    actions = [publish_selected, "mark_reviewed_today"]
    readonly_fields = ["updated_at"]
    fieldsets = [
        (None, {"fields": ["slug", "short_code", "audience", "order", "offer_category"]}),
        (_("Prüfung"), {"fields": ["reviewed_on", "updated_at"]}),
        (_("Veröffentlichung"), {"fields": PUBLICATION_FIELDS}),
    ]

    @staticmethod
    def _review_due():
        due = Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=stale_before())
        return Case(When(due, then=Value(1)), default=Value(0), output_field=IntegerField())

    def get_queryset(self, request):
        german = TopicTranslation.objects.filter(topic=OuterRef("pk"), language__code=SOURCE_LANGUAGE).values("title")[:1]
        return super().get_queryset(request).annotate(german_title_value=Subquery(german), review_due_value=self._review_due())

    def get_ordering(self, request):
        """Topics nobody has checked for six months first, the longest unchecked at the top.
        Expressions, not annotations: other admins order their topic choices with this too."""
        return [self._review_due().desc(), F("reviewed_on").asc(nulls_first=True), "order"]

    @admin.display(description=_("Titel (Deutsch)"), ordering="german_title_value")
    def german_title(self, obj):
        return obj.german_title_value or obj.slug

    @admin.display(description=_("Prüfung fällig"), boolean=True, ordering="review_due_value")
    def review_due(self, obj):
        return bool(obj.review_due_value)

    @admin.action(description=_("Als heute geprüft markieren"), permissions=["change"])
    def mark_reviewed_today(self, request, queryset):
        import reversion

        topics = list(queryset)
        with reversion.create_revision():
            for topic in topics:
                topic.reviewed_on = today_in_berlin()
                topic.save()
            reversion.set_user(request.user)
            reversion.set_comment(_("Inhalt geprüft"))
        self.message_user(
            request,
            ngettext("%(count)d Thema ist als geprüft markiert.", "%(count)d Themen sind als geprüft markiert.", len(topics))
            % {"count": len(topics)},
            messages.SUCCESS,
        )

    def view_on_site(self, obj):
        return obj.get_absolute_url()


@admin.register(HubTranslation)
class HubTranslationAdmin(VersionAdmin):
    list_display = ["title", "language", "review_status"]
    list_select_related = ["language"]
    fields = ["language", "review_status", "title", "intro", "refugees_intro", "helpers_intro"]


class FirstStepTranslationInline(admin.TabularInline):
    model = FirstStepTranslation
    extra = 0
    fields = ["language", "text"]


@admin.register(FirstStep)
class FirstStepAdmin(VersionAdmin):
    list_display = ["__str__", "topic", "order"]
    list_editable = ["order"]
    list_select_related = ["topic"]
    inlines = [FirstStepTranslationInline]
    fields = ["topic", "order"]


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    fields = ["weekday", "opens", "closes"]


@admin.register(OfficeDetails)
class OfficeDetailsAdmin(VersionAdmin):
    list_display = ["organisation", "unconfirmed", "appointment_url"]
    list_select_related = ["organisation"]
    list_filter = ["unconfirmed"]
    search_fields = ["organisation__name"]
    autocomplete_fields = ["organisation"]
    inlines = [OpeningHoursInline]
    fields = ["organisation", "appointment_url", "hours_note", "unconfirmed"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


# The admin index says how many topics are due for a review.
def _with_stale_topic_count(index):
    @wraps(index)
    def view(request, extra_context=None):
        extra_context = {"guide_stale_topics": Topic.objects.stale().count(), **(extra_context or {})}
        return index(request, extra_context=extra_context)

    return view


admin.site.index = _with_stale_topic_count(admin.site.index)
admin.site.index_template = "news/guide/admin_index.html"
