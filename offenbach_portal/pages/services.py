"""Writes of the pages app that do more than `save()`: the accessibility
statement and its known barriers, created with their first version."""

import reversion
from django.db import transaction

from .models import AccessibilityStatement, KnownBarrier


@transaction.atomic
def accessibility_statement_create(*, comment="", **fields):
    """Create the one statement record unless it exists; returns it."""
    statement = AccessibilityStatement.current()
    if statement:
        return statement
    with reversion.create_revision():
        if comment:
            reversion.set_comment(comment)
        statement = AccessibilityStatement(**fields)
        statement.full_clean()
        statement.save()
    return statement


@transaction.atomic
def known_barrier_create(*, comment="", **fields):
    """Create a known barrier (checked like in the admin); returns it."""
    with reversion.create_revision():
        if comment:
            reversion.set_comment(comment)
        barrier = KnownBarrier(**fields)
        barrier.full_clean()
        barrier.save()
    return barrier
