import io

import pytest
from django.core.management.base import OutputWrapper
from django.utils.text import slugify
from reversion.models import Version

from orgs import demo
from orgs.models import Organisation, Person

pytestmark = pytest.mark.django_db


def load():
    out = io.StringIO()
    demo.load(OutputWrapper(out))
    return out.getvalue()


def test_demo_second_run_changes_nothing():
    first = load()
    state = (
        list(Organisation.objects.order_by("slug").values_list("slug", "name", "kind", "updated_at")),
        list(Person.objects.order_by("name").values_list("name", "role", "organisation__slug")),
    )
    second = load()
    assert (
        list(Organisation.objects.order_by("slug").values_list("slug", "name", "kind", "updated_at")),
        list(Person.objects.order_by("name").values_list("name", "role", "organisation__slug")),
    ) == state
    assert first.splitlines() == [
        "Organisationen: 24 neu, 0 vorhanden",
        "Personen: 22 neu, 0 vorhanden",
        "Eintragsanträge: 1 neu, 0 vorhanden",
        "Bearbeiter*innen von Vereinen: 2 neu, 0 vorhanden",
        "Profiländerungen: 1 neu",
    ]
    assert second.splitlines() == [
        "Organisationen: 0 neu, 24 vorhanden",
        "Personen: 0 neu, 22 vorhanden",
        "Eintragsanträge: 0 neu, 1 vorhanden",
        "Bearbeiter*innen von Vereinen: 0 neu, 2 vorhanden",
        "Profiländerungen: 0 neu",
    ]


def test_demo_organisations_are_keyed_by_slugified_name():
    load()
    assert all(organisation.slug == slugify(organisation.name) for organisation in Organisation.objects.all())


def test_demo_contains_the_members_offices_and_the_auslaenderbeirat():
    load()
    kinds = dict(Organisation.objects.values_list("name", "kind"))
    expected = {
        "Dezernat III der Stadt Offenbach": "amt",
        "Ausländerbeirat der Stadt Offenbach": "einrichtung",
        "Griechischer Elternverein": "verein",
        "Griechische Gemeinde in Offenbach/M. und Umgebung e.V.": "verein",
        "Bangla Ischtyle": "initiative",
        "Bulgaren in Offenbach e.V.": "verein",
        "Ahmadiyya Muslim Jamaat e.V.": "religion",
        "Binodon Bangla e.V.": "verein",
        "Rumänisch-Orthodoxe Kirchengemeinde Offenbach": "religion",
        "Bosniakisches Kulturzentrum Offenbach am Main e.V.": "religion",
        "CROM Rumänische Gemeinde im Rhein-Main-Gebiet e.V.": "verein",
        "Yezidische Gemeinde Offenbach e.V.": "religion",
        "Islamische Gemeinde Mevlana Moschee": "religion",
        "Sozialamt": "amt",
        "Amt für Öffentlichkeitsarbeit": "amt",
        "Amt für Arbeitsförderung, Statistik und Integration": "amt",
    }
    assert {name: kinds.get(name) for name in expected} == expected


def test_demo_directory_organisations_are_published_with_german_descriptions():
    load()
    # The draft of the demo's pending listing request (tests/orgs/test_listing_request.py) aside.
    loaded = Organisation.objects.filter(listing_request__isnull=True)
    directory = loaded.filter(kind__in=Organisation.DIRECTORY_KINDS)
    assert directory.count() == 14
    assert all(organisation.is_published and organisation.description_de for organisation in directory)
    assert all(organisation.description_en for organisation in loaded)


def test_demo_people_act_for_their_organisations():
    load()
    people = dict(Person.objects.values_list("name", "organisation__name"))
    assert people["Martin Wilhelm"] == "Dezernat III der Stadt Offenbach"
    assert people["Abdelkader Rafoud"] == "Ausländerbeirat der Stadt Offenbach"
    assert people["Dagmar Wiegand"] == "Sozialamt"
    assert people["Katja Lenz"] == "Amt für Öffentlichkeitsarbeit"
    assert people["Luigi Masala"] == "Amt für Arbeitsförderung, Statistik und Integration"
    assert people["Dr. Matthias Schulze-Böing"] == "Amt für Arbeitsförderung, Statistik und Integration"
    assert people["Ana-Violeta Sacaliuc"] == "Amt für Arbeitsförderung, Statistik und Integration"


def test_demo_records_history():
    load()
    greek = Organisation.objects.get(slug="griechische-gemeinde-in-offenbachm-und-umgebung-ev")
    assert [version.revision.comment for version in Version.objects.get_for_object(greek)] == ["Demo-Inhalt angelegt"]


def test_demo_with_the_other_apps_creates_no_duplicate_organisations(demo):
    names = list(Organisation.objects.values_list("name", flat=True))
    assert [name for name in names if "Ausländerbeirat" in name] == ["Ausländerbeirat der Stadt Offenbach"]
    assert [name for name in names if "Dezernat III" in name] == ["Dezernat III der Stadt Offenbach"]
    assert len(set(Person.objects.values_list("name", flat=True))) == Person.objects.count()
