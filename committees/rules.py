"""Who may see what of the committee, declared once as `rules` predicates and
registered as object permissions. Views, templates, the admin and the tests
all ask these permissions; a refusal is a 404 in the views."""

import rules

from offenbach_portal.core.rules import (
    can_change,
    can_view_publishable,
    has_object,
    is_active_user,
    is_office_staff,
)

from .models import Committee, Meeting, Membership

# Created by a migration; there are no organisation accounts yet.
MEMBERS_GROUP = "Kompetenzteam-Mitglieder"

is_committee_member = is_active_user & rules.is_group_member(MEMBERS_GROUP)


@rules.predicate
def is_current_committee_member(user):
    """The user edits an organisation whose Kompetenzteam membership lasts
    (no end year). When the membership ends, so do the rights it gave."""
    if not is_active_user(user):
        return False
    return Membership.objects.current().filter(organisation__editor_links__user=user).exists()


# Members-only documents: the Integrationsbüro and the committee's members.
# Other staff (the Redaktion, for pages and news) do not see them; neither
# `is_staff` nor a model permission is enough.
can_see_member_documents = is_office_staff | is_committee_member


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
