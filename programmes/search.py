"""The programmes' part of the site search index: programmes, projects, publications."""

from offenbach_portal.core.publication import Status
from offenbach_portal.core.search import translated_entries


def programme_entries(programme):
    if programme.status != Status.PUBLISHED:
        return []
    entries = translated_entries(
        programme, "name", ("goals", "description", "funder"), programme.get_absolute_url(), published_at=programme.published_at
    )
    for entry in entries:
        entry.body = f"{programme.short_name} {entry.body}".strip()
    return entries


def project_entries(project):
    programme = project.programme
    if project.status != Status.PUBLISHED or programme.status != Status.PUBLISHED:
        return []
    dates = [moment for moment in (project.published_at, programme.published_at) if moment]
    return translated_entries(
        project,
        "title",
        ("description", "results", "target_groups"),
        project.get_absolute_url(),
        published_at=max(dates) if dates else None,
    )


def publication_entries(publication):
    if publication.status != Status.PUBLISHED:
        return []
    return translated_entries(
        publication,
        None,
        ("description",),
        publication.get_absolute_url(),
        published_at=publication.published_at,
        title_text=lambda language: publication.title,
    )


def programme_projects(programme):
    return list(programme.projects.select_related("programme")) if programme.pk else []
