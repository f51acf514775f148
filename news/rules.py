"""Who may see an article: everybody once it is published (and its time has
come); staff who may change articles also preview drafts and scheduled ones."""

import rules

from offenbach_portal.core.rules import can_change, can_view_publishable, has_object

from .models import Article

rules.add_perm("news.view_article", can_view_publishable(Article))
rules.add_perm("news.change_article", has_object & can_change(Article))
