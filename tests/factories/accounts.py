import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from offenbach_portal.core.groups import OFFICE

from .base import GermanModelFactory

PASSWORD = "x" * 12


def add_groups(user, names):
    """The staff groups are created by a migration: looked up by name, never created."""
    user.groups.add(*(Group.objects.get(name=name) for name in names))


def add_permissions(user, names):
    """Permissions as `has_perm` names them: "orgs.change_organisation"."""
    user.user_permissions.add(
        *(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in (name.split(".", 1) for name in names)
        )
    )


class UserFactory(GermanModelFactory):
    """A user without staff rights; `groups` are group names, `permissions`
    names such as "orgs.change_organisation". Log in with `PASSWORD` or the
    `password` given; `superuser=True` makes a superuser."""

    class Meta:
        model = get_user_model()

    class Params:
        superuser = factory.Trait(is_staff=True, is_superuser=True)

    username = factory.Sequence(lambda n: f"nutzer-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        add_groups(user, extracted or ())

    @factory.post_generation
    def permissions(user, create, extracted, **kwargs):
        add_permissions(user, extracted or ())


class StaffUserFactory(UserFactory):
    """A member of staff in the Integrationsbüro, unless `groups` says otherwise
    (`groups=[]`: staff in no group)."""

    username = factory.Sequence(lambda n: f"mitarbeiterin-{n}")
    is_staff = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        add_groups(user, [OFFICE] if extracted is None else extracted)
