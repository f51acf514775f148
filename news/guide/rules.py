"""Who may see the guide's topics: everybody a published one, staff who may
change topics also a draft (as a preview). A refusal is a 404 in the views."""

import rules

from offenbach_portal.core.rules import can_change, can_view_publishable, has_object

from .models import Topic

rules.add_perm("news.view_topic", can_view_publishable(Topic))
rules.add_perm("news.change_topic", has_object & can_change(Topic))
