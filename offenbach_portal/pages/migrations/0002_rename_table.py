from django.db import migrations


class Migration(migrations.Migration):
    """Rename the table taken over from the old shared app to this app's name."""

    dependencies = [
        ("pages", "0001_initial"),
        ("portal", "0005_models_moved_to_pages_and_contact"),
    ]

    operations = [migrations.AlterModelTable(name="page", table=None)]
