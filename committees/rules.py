"""Who may see what of the committee, declared once as `rules` predicates and
registered as object permissions. Views, templates, the admin and the tests
all ask these permissions; a refusal is a 404 in the views.

The rights of a member organisation follow its Kompetenzteam membership: the
people who edit a current member organisation (`OrganisationEditor`) open the
members-only documents, say who will attend a meeting and propose topics.
When the membership ends (`until` set), so do these rights. There is no group
that grants them apart from a membership."""

import rules

from offenbach_portal.core.rules import (
    can_change,
    can_view_publishable,
    has_object,
    is_active_user,
    is_office_staff,
)
from orgs.rules import is_editor_of_org

from .models import PORTAL_COMMITTEE_SLUG, Committee, Meeting, Membership, today_in_berlin


def current_memberships():
    """Current memberships in the Kompetenzteam Integration (the committee whose pages are public)."""
    return Membership.objects.current().filter(committee__slug=PORTAL_COMMITTEE_SLUG)


@rules.predicate
def is_current_committee_member(user):
    """The user edits an organisation whose Kompetenzteam membership lasts
    (no end year). When the membership ends, so do the rights it gave."""
    if not is_active_user(user):
        return False
    return current_memberships().filter(organisation__editor_links__user=user).exists()


@rules.predicate
def is_current_member_org(user, organisation):
    """The organisation holds a current Kompetenzteam membership."""
    return bool(organisation is not None and current_memberships().filter(organisation=organisation).exists())


# The user edits this organisation AND it is a current member: who may act for it in the committee.
is_editor_of_member_org = has_object & is_editor_of_org & is_current_member_org


@rules.predicate
def is_open_for_registration(user, meeting):
    """A published meeting still to come (today included) that is not cancelled."""
    return bool(meeting is not None and meeting.is_published and not meeting.is_cancelled and meeting.date >= today_in_berlin())


# Members-only documents: the Integrationsbüro and the editors of current
# member organisations. Other staff (the Redaktion, for pages and news) do not
# see them; neither `is_staff` nor a model permission is enough.
can_see_member_documents = is_office_staff | is_current_committee_member


@rules.predicate
def is_public_document(user, document):
    return bool(document is not None and document.is_public)


view_meeting_document = has_object & (is_public_document | can_see_member_documents)

# The public pages, and a preview of what is not published for staff who may change it.
rules.add_perm("committees.view_committee", can_view_publishable(Committee))
rules.add_perm("committees.view_meeting", can_view_publishable(Meeting))
rules.add_perm("committees.view_meetingdocument", view_meeting_document)
# The „bearbeiten“ link on the public pages.
rules.add_perm("committees.change_meeting", has_object & can_change(Meeting))
rules.add_perm("committees.change_committee", has_object & can_change(Committee))

# Taking part in the Kompetenzteam from the member area.
# Object: an organisation. The user edits it and it is a current member.
rules.add_perm("committees.represent_organisation", is_editor_of_member_org)
rules.add_perm("committees.propose_topic", is_editor_of_member_org)
# Object: a meeting. Upcoming, published, not cancelled, and the user edits a current member organisation.
rules.add_perm("committees.register_attendance", has_object & is_current_committee_member & is_open_for_registration)
