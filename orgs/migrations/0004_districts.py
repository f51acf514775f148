"""Offenbach's 21 Stadtteile as decided by the city council in June 2019 (until
then only nine were official; the list is in orgs/reference_data.py). They are
data: staff can rename or add districts in the admin (Organisationen ›
Stadtteile) if the city changes them."""

from django.db import migrations

from orgs.reference_data import DISTRICTS, district_slug


def load_districts(apps, schema_editor):
    District = apps.get_model("orgs", "District")
    for name in DISTRICTS:
        District.objects.get_or_create(slug=district_slug(name), defaults={"name": name})


def remove_districts(apps, schema_editor):
    apps.get_model("orgs", "District").objects.filter(slug__in=[district_slug(name) for name in DISTRICTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("orgs", "0003_languages")]

    operations = [migrations.RunPython(load_districts, remove_districts)]
