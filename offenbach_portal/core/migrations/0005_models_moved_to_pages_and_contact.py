from django.db import migrations


class Migration(migrations.Migration):
    """Page and ContactMessage now belong to offenbach_portal.pages and
    offenbach_portal.contact. Their tables stay; only the model state moves."""

    dependencies = [
        ("portal", "0004_contact_answered_at"),
        ("pages", "0001_initial"),
        ("contact", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="Page"), migrations.DeleteModel(name="ContactMessage")],
            database_operations=[],
        ),
    ]
