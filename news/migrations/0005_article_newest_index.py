"""An index in the order of every article list (newest first, undated last):
the home page, /aktuelles/ and the feeds read the first entries from it
instead of sorting every published article (20 ms at 20,000 articles).
PostgreSQL only: SQLite cannot index NULLS LAST, and its embedded use never
holds so many articles."""

from django.db import migrations

INDEX = "news_article_newest_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON news_article (published_at DESC NULLS LAST, id DESC)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("news", "0004_nbsp_in_help_texts")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
