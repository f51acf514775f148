"""A database migrated from the layout before the split (Page and ContactMessage
in the app labelled "portal") keeps its pages, messages and their history."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offenbach_portal.contact.models import ContactMessage
from offenbach_portal.pages.models import Page

BEFORE_SPLIT = [("pages", None), ("contact", None), ("portal", "0004_contact_answered_at")]


def migrate(targets):
    """Migrate to `targets` and return the app registry of that state."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    moved_apps = {app for app, _name in BEFORE_SPLIT}
    nodes = [node for node in executor.loader.graph.leaf_nodes() if node[0] not in moved_apps]
    nodes += [node for node in targets if node[1] is not None]
    return executor.loader.project_state(nodes).apps


@pytest.mark.django_db(transaction=True)
def test_pages_messages_and_history_survive_the_move():
    old = migrate(BEFORE_SPLIT)
    OldPage = old.get_model("portal", "Page")
    OldMessage = old.get_model("portal", "ContactMessage")
    ContentType = old.get_model("contenttypes", "ContentType")
    Revision = old.get_model("reversion", "Revision")
    Version = old.get_model("reversion", "Version")
    page = OldPage.objects.create(slug="impressum", title="Impressum", title_de="Impressum", title_uk="Вихідні дані", body_de="<p>Text</p>")
    OldMessage.objects.create(kind="barrier", message="Der Kontrast ist zu schwach.", status="answered")
    page_type, _created = ContentType.objects.get_or_create(app_label="portal", model="page")
    revision = Revision.objects.create(comment="vor der Aufteilung", date_created="2026-11-30T12:00:00Z")
    Version.objects.create(
        revision=revision,
        object_id=str(page.pk),
        content_type=page_type,
        db=connection.alias,
        format="json",
        serialized_data="[]",
        object_repr="Impressum",
    )

    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    migrate(latest)

    moved = Page.objects.get(slug="impressum")
    assert (moved.title_de, moved.title_uk, moved.body_de) == ("Impressum", "Вихідні дані", "<p>Text</p>")
    assert list(ContactMessage.objects.values_list("kind", "message", "status")) == [
        ("barrier", "Der Kontrast ist zu schwach.", "answered")
    ]
    from django.contrib.contenttypes.models import ContentType as CurrentContentType
    from reversion.models import Version as CurrentVersion

    CurrentContentType.objects.clear_cache()
    assert [v.revision.comment for v in CurrentVersion.objects.get_for_object(moved)] == ["vor der Aufteilung"]
    # The portal app keeps models of its own (the search index), but none of the moved ones.
    assert not CurrentContentType.objects.filter(app_label="portal", model__in=["page", "contactmessage"]).exists()
    assert {Page._meta.db_table, ContactMessage._meta.db_table} <= set(connection.introspection.table_names())
