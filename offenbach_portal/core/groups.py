"""The two staff groups of the back office and what they may do.

The groups themselves are created by a migration; their permissions are
brought up to date after every `migrate`, so that a model added later is
covered without another data migration.

Each app declares what the groups may do with its models on its AppConfig:

    staff_permissions = {OFFICE: ALL_MODELS, EDITORS: ["article"]}

`ALL_MODELS` grants every permission of the app; a list names models."""

from django.apps import apps
from django.db.models import Q

OFFICE = "Integrationsbüro"
EDITORS = "Redaktion"
ALL_MODELS = "__all__"

# Beyond the apps' own models: the Integrationsbüro restores history, may see
# the user accounts, and sees and removes the lock counts of django-axes
# (deleting an access attempt unlocks that login).
EXTRA = {
    OFFICE: Q(content_type__app_label="reversion")
    | Q(content_type__app_label="auth", codename__in=["view_user", "view_group"])
    | Q(content_type__app_label="axes", codename__in=["view_accessattempt", "delete_accessattempt"])
}


def declared_permissions(group):
    """The permissions the installed apps grant `group`, as one Q."""
    query = EXTRA.get(group, Q(pk__in=[]))
    for config in apps.get_app_configs():
        granted = getattr(config, "staff_permissions", {}).get(group)
        if granted == ALL_MODELS:
            query |= Q(content_type__app_label=config.label)
        elif granted:
            query |= Q(content_type__app_label=config.label, content_type__model__in=granted)
    return query


def sync_group_permissions(**kwargs):
    from django.contrib.auth.models import Group, Permission

    for name in (OFFICE, EDITORS):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(declared_permissions(name)))
