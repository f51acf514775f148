"""What the search index needs beyond the tables, per database:
PostgreSQL gets pg_trgm, a GIN index on the search vectors and a trigram index
on the suggestion words; SQLite gets the FTS5 table over the stems."""

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


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS portal_search_vector_gin")
        schema_editor.execute("DROP INDEX IF EXISTS portal_searchword_trgm")
    elif vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS}")


class Migration(migrations.Migration):
    dependencies = [("portal", "0006_search_index")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
