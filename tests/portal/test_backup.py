"""`make backup` / `make restore`: the database and the files together, and a
restore into a new database gives the same rows and the same files."""

import hashlib
import os
import sqlite3
from pathlib import Path

import dj_database_url
import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from committees.models import MeetingDocument
from offenbach_portal.core.backup import row_counts
from offenbach_portal.deploy.stack import create_postgres_database, drop_postgres_database
from tests.factories import make_document, make_meeting, make_organisation

# pg_dump sees only what is committed.
pytestmark = pytest.mark.django_db(transaction=True)


def file_hashes(root):
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def new_database_url(tmp_path):
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    outer = dj_database_url.parse(os.environ["DATABASE_URL"])
    url = (
        os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/test_{outer['NAME']}_restore_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"[:63]
    )
    create_postgres_database(url, drop_first=True)
    yield url
    drop_postgres_database(url)


def counts_in(url, tables):
    config = dj_database_url.parse(url)
    if "sqlite" in config["ENGINE"]:
        target = sqlite3.connect(config["NAME"])
    else:
        target = psycopg.connect(host=config["HOST"], port=config["PORT"] or None, user=config["USER"] or None, dbname=config["NAME"])
    try:
        return {table: target.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        target.close()


def test_backup_and_restore_into_a_new_database_are_identical(settings, tmp_path, new_database_url):
    meeting = make_meeting(29)
    make_document(meeting, name="einladung.pdf", content=b"%PDF-1.4 oeffentlich\n%%EOF\n")
    make_document(meeting, name="intern.pdf", content=b"%PDF-1.4 intern\n%%EOF\n", visibility=MeetingDocument.Visibility.MEMBERS)
    make_organisation("Verein mit Logo")
    logo = Path(settings.MEDIA_ROOT) / "orgs" / "logos" / "verein.webp"
    logo.parent.mkdir(parents=True)
    logo.write_bytes(b"RIFF-beispiel-logo")
    source_counts = row_counts(connection)
    source_files = {"media": file_hashes(settings.MEDIA_ROOT), "private": file_hashes(settings.PRIVATE_MEDIA_ROOT)}
    assert source_counts["committees_meetingdocument"] == 2
    assert len(source_files["private"]) == 2
    assert source_files["media"] == {"orgs/logos/verein.webp": hashlib.sha256(b"RIFF-beispiel-logo").hexdigest()}

    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", output=str(archive))
    restored_media, restored_private = tmp_path / "media-neu", tmp_path / "private-neu"
    call_command(
        "restore", str(archive), database_url=new_database_url, media_root=str(restored_media), private_media_root=str(restored_private)
    )

    assert counts_in(new_database_url, source_counts) == source_counts
    assert {"media": file_hashes(restored_media), "private": file_hashes(restored_private)} == source_files


def test_a_dump_is_restored_only_into_the_same_kind_of_database(tmp_path):
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", output=str(archive))
    other = "postgres://postgres@127.0.0.1:5432/nie_angelegt" if connection.vendor == "sqlite" else f"sqlite:///{tmp_path / 'x.sqlite3'}"
    with pytest.raises(CommandError, match="restore it into"):
        call_command("restore", str(archive), database_url=other, media_root=str(tmp_path / "m"), private_media_root=str(tmp_path / "p"))


def test_a_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="fehlt.tar.gz"):
        call_command("restore", str(tmp_path / "fehlt.tar.gz"))
