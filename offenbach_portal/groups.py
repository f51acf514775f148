"""The two staff groups of the back office and what they may do.

The groups themselves are created by a migration; their permissions are
brought up to date after every `migrate`, so that a model added later is
covered without another data migration."""

from django.contrib.auth.models import Group, Permission

OFFICE = "Integrationsbüro"
EDITORS = "Redaktion"

# The Integrationsbüro edits everything of the portal's own apps and may see
# the user accounts; the Redaktion edits pages and news.
OFFICE_APPS = ["portal", "orgs", "committees", "programmes", "news", "reversion"]
EDITOR_APPS = ["news"]
EDITOR_MODELS = [("portal", "page")]


def sync_group_permissions(**kwargs):
    office, _ = Group.objects.get_or_create(name=OFFICE)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    office_perms = Permission.objects.filter(content_type__app_label__in=OFFICE_APPS) | Permission.objects.filter(
        content_type__app_label="auth", codename__in=["view_user", "view_group"]
    )
    office.permissions.set(office_perms)
    editor_perms = Permission.objects.filter(content_type__app_label__in=EDITOR_APPS)
    for app_label, model in EDITOR_MODELS:
        editor_perms = editor_perms | Permission.objects.filter(content_type__app_label=app_label, content_type__model=model)
    editors.permissions.set(editor_perms)
