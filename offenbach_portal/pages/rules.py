"""Who may see an editorial page: everybody when it is published; staff who
may change pages also preview drafts."""

import rules

from offenbach_portal.core.rules import can_view_publishable

from .models import Page

rules.add_perm("pages.view_page", can_view_publishable(Page))
