"""Who may see the programmes' pages: everybody what is published; staff who
may change an entry also preview it (every other visitor gets a 404)."""

import rules

from offenbach_portal.core.rules import can_view_publishable

from .models import FundingCall, Programme, Project, Publication

rules.add_perm("programmes.view_programme", can_view_publishable(Programme))
rules.add_perm("programmes.view_project", can_view_publishable(Project))
rules.add_perm("programmes.view_publication", can_view_publishable(Publication))
rules.add_perm("programmes.view_fundingcall", can_view_publishable(FundingCall))
