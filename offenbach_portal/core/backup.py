"""Backup and restore of the database and the uploaded files together, in one
archive (`make backup`, `make restore`; docs/operations.md).

The archive is a gzipped tar file with

    manifest.json       vendor, time, the row count of every table
    database.dump       PostgreSQL: `pg_dump --format=custom`
    database.sqlite3    SQLite: a consistent copy made with SQLite's backup API
    media/…             MEDIA_ROOT (logos, article images)
    private-media/…     PRIVATE_MEDIA_ROOT (meeting documents, publications, held logos)

A restore goes into the database named by DATABASE_URL (or `--database-url`),
e.g. a new, empty one, and into the media folders; a PostgreSQL dump only into
PostgreSQL and a SQLite copy only into SQLite.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.db import connections

FOLDERS = {"media": "MEDIA_ROOT", "private-media": "PRIVATE_MEDIA_ROOT"}


class BackupError(Exception):
    pass


def row_counts(connection):
    """{table: rows} for every table of the Django project in `connection`."""
    tables = sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def _pg_env_and_args(config):
    env = dict(os.environ)
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = str(config["PASSWORD"])
    args = []
    if config.get("HOST"):
        args += ["--host", str(config["HOST"])]
    if config.get("PORT"):
        args += ["--port", str(config["PORT"])]
    if config.get("USER"):
        args += ["--username", str(config["USER"])]
    return env, args


def backup(output, *, using="default"):
    """Write the archive to `output`; returns the manifest."""
    connection = connections[using]
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        manifest = {
            "format": 1,
            "vendor": connection.vendor,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "row_counts": row_counts(connection),
        }
        if connection.vendor == "postgresql":
            database_file = work / "database.dump"
            env, args = _pg_env_and_args(connection.settings_dict)
            _run(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    *args,
                    "--file",
                    str(database_file),
                    connection.settings_dict["NAME"],
                ],
                env,
            )
        elif connection.vendor == "sqlite":
            database_file = work / "database.sqlite3"
            connection.ensure_connection()
            target = sqlite3.connect(database_file)
            with target:
                connection.connection.backup(target)
            target.close()
        else:
            raise BackupError(f"No backup for the database {connection.vendor}.")
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(work / "manifest.json", "manifest.json")
            archive.add(database_file, database_file.name)
            for folder, setting in FOLDERS.items():
                root = Path(getattr(settings, setting))
                if root.is_dir():
                    archive.add(root, folder)
        partial.replace(output)  # a half-written archive never looks complete
    return manifest


def restore(archive_path, *, database_url=None, media_root=None, private_media_root=None):
    """Restore the archive; returns its manifest."""
    config = dj_database_url.parse(database_url) if database_url else connections["default"].settings_dict
    engine = config["ENGINE"]
    roots = {
        "media": Path(media_root or settings.MEDIA_ROOT),
        "private-media": Path(private_media_root or settings.PRIVATE_MEDIA_ROOT),
    }
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive_path, "r:gz") as archive:
        work = Path(work)
        archive.extractall(work, filter="data")
        manifest = json.loads((work / "manifest.json").read_text())
        vendor = manifest["vendor"]
        if vendor == "postgresql":
            if "postgresql" not in engine:
                raise BackupError("This archive holds a PostgreSQL dump; restore it into PostgreSQL.")
            env, args = _pg_env_and_args(config)
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    *args,
                    "--dbname",
                    config["NAME"],
                    str(work / "database.dump"),
                ],
                env,
            )
        elif vendor == "sqlite":
            if "sqlite" not in engine:
                raise BackupError("This archive holds a SQLite database; restore it into SQLite.")
            source = sqlite3.connect(work / "database.sqlite3")
            target = sqlite3.connect(config["NAME"])
            with target:
                source.backup(target)
            source.close()
            target.close()
        else:
            raise BackupError(f"Unknown database in the archive: {vendor}.")
        for folder, root in roots.items():
            extracted = work / folder
            if extracted.is_dir():
                root.mkdir(parents=True, exist_ok=True)
                shutil.copytree(extracted, root, dirs_exist_ok=True)
    return manifest


def _run(command, env):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} not found: install the PostgreSQL client tools.") from None
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from None
