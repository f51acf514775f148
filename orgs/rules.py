"""Who may see and edit an organisation's public profile, as `rules` object
permissions: everybody sees a published profile; staff who may change
organisations also preview drafts and get the link to the back office."""

import rules

from offenbach_portal.core.rules import can_change, can_view_publishable, has_object

from .models import Organisation

rules.add_perm("orgs.view_organisation", can_view_publishable(Organisation))
rules.add_perm("orgs.change_organisation", has_object & can_change(Organisation))
