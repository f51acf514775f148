"""Bulk loads write the search index once at the end, not once per save."""

import io

import pytest
from django.core.management import call_command

from offenbach_portal.core import search
from offenbach_portal.core.models import SearchEntry
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


def test_saves_inside_indexing_suspended_leave_the_index_alone():
    with search.indexing_suspended():
        organisation = make_organisation(name="Verein der Stille")
        assert not SearchEntry.objects.filter(object_id=organisation.pk, kind="organisation").exists()
    organisation.save()
    assert SearchEntry.objects.filter(object_id=organisation.pk, kind="organisation").exists()


def test_deletes_inside_indexing_suspended_leave_the_index_alone():
    organisation = make_organisation(name="Verein der Stille")
    with search.indexing_suspended():
        organisation.delete()
    assert SearchEntry.objects.filter(kind="organisation", title="Verein der Stille").exists()
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert not SearchEntry.objects.filter(kind="organisation", title="Verein der Stille").exists()


def test_load_demo_indexes_every_demo_record_once():
    call_command("load_demo", stdout=io.StringIO())
    indexed = list(SearchEntry.objects.order_by("pk").values_list("kind", "object_id", "language"))
    assert len(indexed) > 100
    assert len(indexed) == len(set(indexed))  # one entry per object and language
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert sorted(SearchEntry.objects.values_list("kind", "object_id", "language")) == sorted(indexed)
