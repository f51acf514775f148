"""The shared predicates of offenbach_portal.core.rules, each with a user it
allows and one it refuses."""

import pytest
from django.contrib.auth.models import AnonymousUser

from offenbach_portal.core.groups import EDITORS, OFFICE
from offenbach_portal.core.publication import Status, is_visible_to
from offenbach_portal.core.rules import can_change, is_editor, is_office_staff
from orgs.models import Organisation
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def _user(username="nutzer", *, group=None, staff=True, active=True, superuser=False, codenames=()):
    return UserFactory(
        username=username,
        is_staff=staff,
        is_active=active,
        is_superuser=superuser,
        groups=[group] if group else [],
        permissions=[f"orgs.{codename}" for codename in codenames],
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"group": OFFICE}, True),
        ({"superuser": True}, True),
        ({"group": EDITORS}, False),
        ({}, False),
        ({"group": OFFICE, "active": False}, False),
    ],
)
def test_is_office_staff(kwargs, expected):
    assert is_office_staff(_user(**kwargs)) is expected


def test_is_office_staff_refuses_anonymous_visitors():
    assert is_office_staff(AnonymousUser()) is False


@pytest.mark.parametrize(("kwargs", "expected"), [({"group": EDITORS}, True), ({"group": OFFICE}, False), ({}, False)])
def test_is_editor(kwargs, expected):
    assert is_editor(_user(**kwargs)) is expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"codenames": ["change_organisation"]}, True),
        ({"group": OFFICE}, True),
        ({"superuser": True}, True),
        ({"codenames": ["view_organisation"]}, False),
        ({"group": EDITORS}, False),
        ({"codenames": ["change_organisation"], "staff": False}, False),
    ],
)
def test_can_change(kwargs, expected):
    assert can_change(Organisation)(_user(**kwargs)) is expected


def test_can_change_refuses_anonymous_visitors():
    assert can_change(Organisation)(AnonymousUser()) is False


def test_is_visible_to_needs_publication_or_the_permission():
    draft = OrganisationFactory(status=Status.DRAFT)
    assert not is_visible_to(draft, AnonymousUser(), "orgs.view_organisation")
    assert is_visible_to(draft, _user(codenames=["change_organisation"]), "orgs.view_organisation")
    draft.status = Status.PUBLISHED
    assert is_visible_to(draft, AnonymousUser(), "orgs.view_organisation")
