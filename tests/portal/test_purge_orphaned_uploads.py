"""`manage.py purge_orphaned_uploads` removes uploaded files that neither a
row nor a stored version of the history names, and only those."""

import io
import os
import time

import pytest
import reversion
from django.conf import settings
from django.core.management import call_command

from orgs.models import Organisation
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db

OLD = time.time() - 3 * 24 * 3600


def upload(root, name, age=OLD):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"data")
    os.utime(path, (age, age))
    return path


def purge(*args):
    out = io.StringIO()
    call_command("purge_orphaned_uploads", *args, stdout=out)
    return out.getvalue().splitlines()


@pytest.fixture
def files():
    media, private = settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT
    organisation = make_organisation(name="Verein")
    # A version in the history names the old logo: staff can restore it.
    organisation.logo.name = "orgs/logos/frueher.webp"
    with reversion.create_revision():
        reversion.add_to_revision(organisation)
    Organisation.objects.filter(pk=organisation.pk).update(logo="orgs/logos/aktuell.webp")
    return {
        "current": upload(media, "orgs/logos/aktuell.webp"),
        "in_history": upload(media, "orgs/logos/frueher.webp"),
        "orphan": upload(media, "orgs/logos/verwaist.webp"),
        "orphan_private": upload(private, "kompetenzteam/verwaist.pdf"),
        "young": upload(media, "news/images/gerade-hochgeladen.webp", age=time.time()),
    }


def test_dry_run_lists_the_orphans_and_removes_nothing(files):
    assert purge("--dry-run") == [
        str(files["orphan"].resolve()),
        str(files["orphan_private"].resolve()),
        "2 verwaiste Dateien würden entfernt.",
    ]
    assert all(path.exists() for path in files.values())


def test_purge_removes_only_files_nothing_refers_to(files):
    assert purge()[-1] == "2 verwaiste Dateien entfernt."
    assert {key for key, path in files.items() if path.exists()} == {"current", "in_history", "young"}
    assert purge() == ["0 verwaiste Dateien entfernt."]


def test_young_files_are_removed_with_a_shorter_minimum_age(files):
    assert purge("--min-age-hours", "0")[-1] == "3 verwaiste Dateien entfernt."
    assert {key for key, path in files.items() if path.exists()} == {"current", "in_history"}


def test_the_daily_job_removes_old_orphans_and_keeps_young_ones():
    old = upload(settings.MEDIA_ROOT, "orgs/logos/vergessen.webp")
    young = upload(settings.MEDIA_ROOT, "orgs/logos/gerade-hochgeladen.webp", age=time.time())
    out = io.StringIO()
    call_command("daily_maintenance", stdout=out)
    assert "orphaned-uploads: 1 verwaiste Dateien entfernt." in out.getvalue().splitlines()
    assert (old.exists(), young.exists()) == (False, True)


def test_uploads_in_object_storage_are_left_alone(settings, tmp_path, monkeypatch):
    """With MEDIA_S3_BUCKET the public uploads' storage has no folder: its
    `location` is a key prefix ("" by default), which as a path would be
    the working directory. Only the private storages on the file system
    are looked at then, and nothing outside them is touched."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "portal-media"}},
    }
    monkeypatch.chdir(tmp_path)
    bystander = upload(tmp_path, "orgs/logos/im-arbeitsordner.webp")
    orphan_private = upload(settings.PRIVATE_MEDIA_ROOT, "kompetenzteam/verwaist.pdf")
    assert purge()[-1] == "1 verwaiste Dateien entfernt."
    assert (bystander.exists(), orphan_private.exists()) == (True, False)
