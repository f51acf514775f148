"""Offenbach's 21 Stadtteile as decided by the city council in June 2019 (until
then only nine were official). They are data: staff can rename or add districts
in the admin (Organisationen › Stadtteile) if the city changes them."""

from django.db import migrations
from django.utils.text import slugify

DISTRICTS = [
    "Bieber", "Bieberer Berg", "Buchhügel", "Buchrain", "Bürgel", "Carl-Ulrich-Siedlung", "Hafen",
    "Kaiserlei", "Lauterborn", "Lindenfeld", "Mathildenviertel", "Musikerviertel", "Nordend",
    "Offenbach-Ost", "Rosenhöhe", "Rumpenheim", "Senefelderquartier", "Tempelsee", "Waldheim",
    "Westend", "Zentrum",
]


def district_slug(name):
    for umlaut, replacement in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")]:
        name = name.replace(umlaut, replacement)
    return slugify(name)


def load_districts(apps, schema_editor):
    District = apps.get_model("orgs", "District")
    for name in DISTRICTS:
        District.objects.get_or_create(slug=district_slug(name), defaults={"name": name})


def remove_districts(apps, schema_editor):
    apps.get_model("orgs", "District").objects.filter(slug__in=[district_slug(name) for name in DISTRICTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("orgs", "0003_languages")]

    operations = [migrations.RunPython(load_districts, remove_districts)]
