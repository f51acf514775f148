"""Who may do what, declared once as `rules` predicates.

Each predicate answers one question. Apps combine them and register the
result as an object permission (`rules.add_perm`) in their own `rules.py`;
views ask `user.has_perm(name, obj)`, templates `{% has_perm %}`, tests the
same. A permission that a user lacks for an object answers 404 in the views
(`offenbach_portal.core.permissions`), never 403: what one may not see does
not exist.

Object permissions registered here are only ever granted for an object:
Django's model permissions (the groups' rights in the admin) stay with
`ModelBackend`, and the predicates below read them without asking this
backend again."""

import rules

from offenbach_portal.core.groups import EDITORS, OFFICE


@rules.predicate
def is_active_user(user):
    return bool(user is not None and user.is_authenticated and user.is_active)


@rules.predicate
def is_superuser(user):
    return bool(user is not None and user.is_superuser)


@rules.predicate
def is_staff(user):
    return bool(user is not None and user.is_staff)


@rules.predicate
def has_object(user, obj):
    """True when a permission is checked for an object. Combined with `&`, it
    keeps a rule out of model-level checks such as the admin's."""
    return obj is not None


# The Integrationsbüro runs the portal; a superuser counts as one of them.
is_office_staff = is_active_user & (is_superuser | rules.is_group_member(OFFICE))

# The Redaktion edits pages and news.
is_editor = is_active_user & rules.is_group_member(EDITORS)


@rules.predicate
def is_published(user, obj):
    """The object is public now (a `Publishable` and its own conditions)."""
    return bool(obj is not None and obj.is_published)


def model_permission(model, action="change"):
    """`app_label.change_modelname` for a model."""
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def can_change(model):
    """Predicate factory: the user is staff and holds Django's change
    permission for `model` (through a group, directly or as superuser). This
    is who may preview an entry of the model that is not published."""
    perm = model_permission(model)

    @rules.predicate(name=f"can_change:{perm}")
    def predicate(user):
        # Read the model permissions directly: `user.has_perm` would ask the
        # rules backend again, which may hold a rule of the same name.
        return bool(is_active_user(user) and user.is_staff and (user.is_superuser or perm in user.get_all_permissions()))

    return predicate


def can_view_publishable(model):
    """Who may open an entry's public page: everybody when it is published,
    staff who may change the model when it is not (the preview)."""
    return has_object & (is_published | can_change(model))
