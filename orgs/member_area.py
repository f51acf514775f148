"""The member area's section "Meine Organisationen" (registered in
`OrgsConfig.ready()`): the organisations the user edits with the state of
their latest profile change, and for staff who review changes the number
waiting. Three queries at most, however many organisations."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse

from offenbach_portal.core.rules import is_office_staff

from .models import Organisation, ProfileChange


def can_review_changes(user):
    return bool(is_office_staff(user) or (user.is_active and user.is_staff and user.has_perm("orgs.change_organisation")))


def my_organisations_section(request):
    user = request.user
    if not user.is_authenticated:
        return None
    latest = ProfileChange.objects.filter(organisation=OuterRef("pk")).order_by("-submitted_at", "-pk").values("pk")[:1]
    organisations = list(Organisation.objects.filter(editor_links__user=user).annotate(latest_change=Subquery(latest)).order_by("name"))
    changes = ProfileChange.objects.in_bulk([o.latest_change for o in organisations if o.latest_change])
    review_count = ProfileChange.objects.pending().count() if can_review_changes(user) else None
    if not organisations and review_count is None:
        return None
    return {
        "template": "orgs/member/my_organisations.html",
        "context": {
            "entries": [(organisation, changes.get(organisation.latest_change)) for organisation in organisations],
            # Set after sending a change (orgs.views.profile_edit): say thank you.
            "sent": next((o for o in organisations if o.slug == request.GET.get("gesendet")), None),
            "review_count": review_count,
            "review_url": reverse("admin:orgs_profilechange_changelist") + "?state=offen",
        },
        "order": 10,
    }
