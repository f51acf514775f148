"""The languages relevant to Offenbach, named in the four portal languages
(the list is in orgs/reference_data.py). Staff can add, rename or remove
languages in the admin (Organisationen › Sprachen)."""

from django.db import migrations

from orgs.reference_data import LANGUAGES


def load_languages(apps, schema_editor):
    Language = apps.get_model("orgs", "Language")
    for code, de, en, uk, ru in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": de, "name_de": de, "name_en": en, "name_uk": uk, "name_ru": ru})


def remove_languages(apps, schema_editor):
    apps.get_model("orgs", "Language").objects.filter(code__in=[row[0] for row in LANGUAGES]).delete()


class Migration(migrations.Migration):
    dependencies = [("orgs", "0002_directory_fields")]

    operations = [migrations.RunPython(load_languages, remove_languages)]
