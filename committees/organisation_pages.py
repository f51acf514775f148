"""What the Kompetenzteam adds to the organisation directory and profiles,
through the extension points of `orgs` (which never imports this app)."""

from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.publication import published_q

from . import selectors
from .models import PORTAL_COMMITTEE_SLUG, Membership

PROFILE_SECTION_ORDER = 50


def kompetenzteam_section(request, organisation):
    """The organisation's memberships (with delegates) and the meetings it attended;
    None when it has neither. Three queries at most."""
    memberships = list(selectors.memberships_of(organisation))
    meetings = list(
        selectors.meetings_attended_by(organisation).only(
            "number", "title", "date", "date_is_approximate", "date_note", "start_time", "end_time"
        )
    )
    if not memberships and not meetings:
        return None
    return {
        "template": "committees/organisation_section.html",
        "context": {"organisation": organisation, "memberships": memberships, "meetings": meetings},
        "order": PROFILE_SECTION_ORDER,
    }


class KompetenzteamFilter:
    """Directory filter „Mitglied im Kompetenzteam“: current or former members."""

    param = "kompetenzteam"
    label = _("Mitglied im Kompetenzteam")
    CURRENT = "aktuell"
    FORMER = "ehemalig"

    def choices(self):
        return [(self.CURRENT, _("aktuelles Mitglied")), (self.FORMER, _("ehemaliges Mitglied"))]

    def apply(self, queryset, value):
        memberships = Membership.objects.filter(published_q("committee__"), committee__slug=PORTAL_COMMITTEE_SLUG)
        current = memberships.current().values("organisation")
        if value == self.CURRENT:
            return queryset.filter(pk__in=current)
        if value == self.FORMER:
            return queryset.filter(pk__in=memberships.former().values("organisation")).exclude(pk__in=current)
        return queryset


kompetenzteam_filter = KompetenzteamFilter()
