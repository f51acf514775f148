"""The programmes' part of the site search: programmes, projects, publications."""

from django.db.models import Q
from django.utils.translation import gettext as _

from offenbach_portal.core.languages import fallback_language
from offenbach_portal.core.search import SearchResult, excerpt, matches

from .selectors import published_programmes, published_projects, published_publications

LIMIT = 20


def search_programmes(query):
    results = []
    for programme in published_programmes().filter(matches(query, "name", "goals", "description") | Q(short_name__icontains=query))[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Förderprogramm"),
                title=programme.name,
                url=programme.get_absolute_url(),
                excerpt=excerpt(programme.goals),
                title_lang=fallback_language(programme, "name"),
                excerpt_lang=fallback_language(programme, "goals"),
            )
        )
    projects = published_projects().filter(matches(query, "title", "description", "results", "target_groups"))
    for project in projects.order_by("title")[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Gefördertes Projekt"),
                title=project.title,
                url=project.get_absolute_url(),
                excerpt=excerpt(project.description),
                title_lang=fallback_language(project, "title"),
                excerpt_lang=fallback_language(project, "description"),
            )
        )
    publications = published_publications().filter(Q(title__icontains=query) | matches(query, "description"))
    for publication in publications.order_by("title")[:LIMIT]:
        results.append(
            SearchResult(
                kind=_("Publikation"),
                title=publication.title,
                url=publication.get_absolute_url(),
                excerpt=excerpt(publication.description),
                title_lang=None,
                excerpt_lang=fallback_language(publication, "description"),
            )
        )
    return results
