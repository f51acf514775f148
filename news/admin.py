from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from offenbach_portal.core.publication import PUBLICATION_FIELDS

from . import services
from .models import Article


class PublicationYearFilter(admin.SimpleListFilter):
    title = _("Jahr")
    parameter_name = "jahr"

    def lookups(self, request, model_admin):
        return [(str(day.year), str(day.year)) for day in Article.objects.dates("published_at", "year", order="DESC")]

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value.isdigit() and len(value) == 4:
            return queryset.filter(published_at__year=int(value))
        return queryset


@admin.register(Article)
class ArticleAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ["title", "status", "visibility", "category", "published_at", "author"]
    list_filter = ["status", "category", PublicationYearFilter, "author"]
    list_select_related = ["author"]
    search_fields = ["title_de", "teaser_de", "body_de", "slug"]
    prepopulated_fields = {"slug": ["title_de"]}
    filter_horizontal = ["meetings", "organisations", "programmes", "projects"]
    date_hierarchy = "published_at"
    actions = ["publish_now", "schedule"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "event_date", "teaser", "body"]}),
        (
            _("Veröffentlichung"),
            {
                "fields": [*PUBLICATION_FIELDS, "author", "byline", "updated_note"],
                "description": _(
                    "Ein Zeitpunkt in der Zukunft plant die Veröffentlichung: Der Beitrag erscheint dann von selbst. "
                    "Ein Zeitpunkt in der Vergangenheit datiert ihn zurück (etwa eine ältere Pressemitteilung)."
                ),
            },
        ),
        (_("Bild"), {"fields": ["image", "image_alt", "image_credit"]}),
        (_("Worum es geht"), {"fields": ["meetings", "organisations", "programmes", "projects"]}),
        (_("Stand"), {"fields": ["created_at", "updated_at"]}),
    ]

    @admin.display(description=_("auf der Website"))
    def visibility(self, obj):
        if obj.is_published:
            return _("sichtbar")
        if obj.is_scheduled:
            return _("geplant")
        return _("nicht sichtbar")

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("author", request.user.pk)
        return initial

    def save_model(self, request, obj, form, change):
        if obj.author_id is None and request.user.is_staff:
            obj.author = request.user
        super().save_model(request, obj, form, change)
        if not change and obj.published_at and obj.published_at < timezone.now() - timezone.timedelta(minutes=5):
            self.message_user(
                request,
                _(
                    "Der Veröffentlichungszeitpunkt liegt in der Vergangenheit: Der Beitrag ist "
                    "zurückdatiert und erscheint in Listen und Feeds unter diesem Datum."
                ),
                messages.INFO,
            )
        elif obj.is_scheduled:
            self.message_user(
                request,
                _("Der Beitrag ist geplant und erscheint am %(date)s von selbst.")
                % {"date": timezone.localtime(obj.published_at).strftime("%d.%m.%Y %H:%M")},
                messages.INFO,
            )

    @admin.action(description=_("Jetzt veröffentlichen"), permissions=["change"])
    def publish_now(self, request, queryset):
        articles = services.articles_publish_now(articles=queryset, user=request.user)
        self.message_user(
            request,
            ngettext("%(count)d Beitrag ist jetzt veröffentlicht.", "%(count)d Beiträge sind jetzt veröffentlicht.", len(articles))
            % {"count": len(articles)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Zum geplanten Zeitpunkt veröffentlichen"), permissions=["change"])
    def schedule(self, request, queryset):
        scheduled, skipped = services.articles_schedule(articles=queryset, user=request.user)
        if scheduled:
            self.message_user(
                request,
                ngettext("%(count)d Beitrag ist geplant.", "%(count)d Beiträge sind geplant.", len(scheduled)) % {"count": len(scheduled)},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d Beitrag hat keinen Zeitpunkt in der Zukunft; bitte erst „veröffentlicht ab“ setzen.",
                    "%(count)d Beiträge haben keinen Zeitpunkt in der Zukunft; bitte erst „veröffentlicht ab“ setzen.",
                    len(skipped),
                )
                % {"count": len(skipped)},
                messages.WARNING,
            )


# The guide's admin (news/guide/admin.py) registers its own models.
from news.guide import admin as guide_admin  # noqa: E402, F401
