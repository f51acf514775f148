from django.db import migrations


class Migration(migrations.Migration):
    """Articles (0001_initial) and the guide (0001_guide) were built side by side."""

    dependencies = [
        ("news", "0001_guide"),
        ("news", "0001_initial"),
    ]

    operations = []
