"""Who may see and edit an organisation's public profile, as `rules` object
permissions: everybody sees a published profile; staff who may change
organisations also preview drafts and get the link to the back office; an
organisation's own editors (`OrganisationEditor`) propose changes to its
profile from the member area, which staff then review."""

import rules

from offenbach_portal.core.rules import can_change, can_view_publishable, has_object, is_active_user

from .models import Organisation


@rules.predicate
def is_editor_of_org(user, organisation):
    """The user is bound to this organisation as an editor of its profile."""
    if organisation is None or not is_active_user(user):
        return False
    return organisation.editor_links.filter(user=user).exists()


@rules.predicate
def is_org_editor(user):
    """The user edits at least one organisation (the member area's entry)."""
    return bool(is_active_user(user) and user.organisation_editor_links.exists())


rules.add_perm("orgs.view_organisation", can_view_publishable(Organisation))
rules.add_perm("orgs.change_organisation", has_object & can_change(Organisation))
# Propose changes to the public profile in the member area (staff review them).
rules.add_perm("orgs.edit_profile", has_object & is_editor_of_org)
