"""What the search index needs beyond the tables, per database:
PostgreSQL gets pg_trgm, a GIN index on the search vectors and a trigram index
on the suggestion words; SQLite gets the FTS5 table over the stems, kept in
step with portal_searchentry by triggers (so that a flush or a restored
snapshot of the table keeps the full-text index right as well)."""

from django.db import migrations

FTS = "portal_searchentry_fts"


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute("CREATE INDEX IF NOT EXISTS portal_search_vector_gin ON portal_searchentry USING gin (vector)")
        schema_editor.execute("CREATE INDEX IF NOT EXISTS portal_searchword_trgm ON portal_searchword USING gin (word gin_trgm_ops)")
    elif vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')"
        )
        schema_editor.execute(
            f"CREATE TRIGGER IF NOT EXISTS {FTS}_insert AFTER INSERT ON portal_searchentry BEGIN "
            f"INSERT INTO {FTS} (rowid, title, body) VALUES (new.id, new.title_stems, new.body_stems); END"
        )
        schema_editor.execute(
            f"CREATE TRIGGER IF NOT EXISTS {FTS}_delete AFTER DELETE ON portal_searchentry BEGIN "
            f"DELETE FROM {FTS} WHERE rowid = old.id; END"
        )
        schema_editor.execute(
            f"CREATE TRIGGER IF NOT EXISTS {FTS}_update AFTER UPDATE ON portal_searchentry BEGIN "
            f"DELETE FROM {FTS} WHERE rowid = old.id; "
            f"INSERT INTO {FTS} (rowid, title, body) VALUES (new.id, new.title_stems, new.body_stems); END"
        )


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS portal_search_vector_gin")
        schema_editor.execute("DROP INDEX IF EXISTS portal_searchword_trgm")
    elif vendor == "sqlite":
        for action in ("insert", "delete", "update"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {FTS}_{action}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0006_search_index")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
