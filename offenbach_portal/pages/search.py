from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult

from .models import Page


def search_pages(query):
    pages = Page.objects.published().filter(Q(title__icontains=query) | Q(lead__icontains=query) | Q(body__icontains=query))[:50]
    return [
        SearchResult(
            kind=str(_("Seite")),
            title=p.title,
            url=p.get_absolute_url(),
            excerpt=p.lead,
            title_lang=fallback_language(p, "title"),
            excerpt_lang=fallback_language(p, "lead"),
        )
        for p in pages
    ]
