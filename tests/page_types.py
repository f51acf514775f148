"""One address of every page type the portal shows, taken from the content in
the database (the demo): what the whole-site checks visit — the Nu HTML
checker, the German-fallback crawl, the reflow check at 320 px. A new page
type is added here once and every check covers it."""

from django.urls import reverse
from django.utils import translation


def _first(queryset):
    item = queryset.order_by("pk").first()
    assert item is not None, f"no published {queryset.model.__name__} for the page-type checks"
    return item.get_absolute_url()


def public_paths():
    """The German (unprefixed) address of every public page type."""
    from committees.models import Meeting, TopicArea
    from news.guide.models import Topic as GuideTopic
    from news.models import Article
    from offenbach_portal.pages.models import Page
    from orgs.models import Organisation
    from programmes.models import FieldOfAction, Programme, Project

    with translation.override("de"):
        fixed = [
            reverse(name)
            for name in (
                "home",
                "news:index",
                "news:guide",
                "orgs:index",
                "orgs:listing-request",
                "committees:index",
                "committees:archive",
                "programmes:index",
                "programmes:projects",
                "programmes:publications",
                "open-data",
                "contact:contact",
                "contact:barrier",
                "contact:thanks",
                "pages:impressum",
                "pages:datenschutz",
                "pages:barrierefreiheit",
                "pages:leichte-sprache",
                "pages:gebaerdensprache",
                "accounts:login",
                "accounts:password_reset",
            )
        ]
        meetings = Meeting.objects.published()
        content = [
            _first(Article.objects.published()),
            _first(GuideTopic.objects.published()),
            _first(Organisation.objects.published()),
            _first(meetings.filter(agenda_items__isnull=False).distinct()),
            _first(TopicArea.objects.filter(agenda_items__meeting__in=meetings).distinct()),
            _first(Programme.objects.published()),
            _first(FieldOfAction.objects.filter(programme__in=Programme.objects.published())),
            _first(Project.objects.published()),
            _first(Page.objects.published().filter(slug="aktuelles")),
        ]
        return [*fixed, *content, reverse("search") + "?q=Integration", "/gibt-es-nicht/"]


def member_paths(user):
    """The member area's pages for a logged-in editor of an organisation."""
    from orgs.models import OrganisationEditor

    organisation = OrganisationEditor.objects.filter(user=user).order_by("pk").first().organisation
    with translation.override("de"):
        return [
            reverse("accounts:member-area"),
            reverse("accounts:password_change"),
            reverse("orgs_member:profile", kwargs={"slug": organisation.slug}),
            reverse("committee_members:propose-topic"),
        ]


def in_language(path, language):
    """`path` (German) in `language`."""
    return path if language == "de" else f"/{language}{path}"
