"""Timings and query counts of the organisation directory, a profile and the
open-data exports for growing numbers of organisations.

    .venv/bin/python bench/orgs_directory.py            # 1, 30, 100, 300 organisations
    .venv/bin/python bench/orgs_directory.py 10 1000    # other sizes

Runs against a throw-away SQLite test database (never the project's own).
Every organisation speaks three languages, has a district and three offers
with two languages each; the profile measured also has ten people. Prints the
median of several requests per page, without the test framework's template
instrumentation."""

import harness


def populate(count):
    from orgs.models import District, Language, Offer, Organisation, Person

    languages = list(Language.objects.filter(code__in=["de", "ar", "tr", "el", "ro", "uk"]))
    districts = list(District.objects.all())
    categories = [choice for choice, _label in Offer.Category.choices]
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Verein {number:04d}",
            slug=f"verein-{number:04d}",
            status="veroeffentlicht",
            kind=["verein", "religion", "initiative"][number % 3],
            district=districts[number % len(districts)],
            description_de="Ein Verein mit Angeboten für Familien, Jugendliche und Neuzugezogene. " * 4,
            founded_year=1950 + number % 70,
            street="Berliner Straße 100",
            postcode="63065",
        )
        for number in range(count)
    )
    through = Organisation.languages.through
    through.objects.bulk_create(
        through(organisation=organisation, language=languages[(index + shift) % len(languages)])
        for index, organisation in enumerate(organisations)
        for shift in range(3)
    )
    offers = Offer.objects.bulk_create(
        Offer(
            organisation=organisation,
            category=categories[(index + position) % len(categories)],
            title_de=f"Angebot {position}",
            schedule_de="dienstags 16–18 Uhr",
            position=position,
        )
        for index, organisation in enumerate(organisations)
        for position in range(3)
    )
    offer_through = Offer.languages.through
    offer_through.objects.bulk_create(
        offer_through(offer=offer, language=languages[(index + shift) % len(languages)])
        for index, offer in enumerate(offers)
        for shift in range(2)
    )
    Person.objects.bulk_create(Person(name=f"Person {number}", role="Vorstand", organisation=organisations[0]) for number in range(10))
    return organisations[0]


def reset():
    from orgs.models import Offer, Organisation, Person

    Person.objects.all().delete()
    Offer.objects.all().delete()
    Organisation.objects.all().delete()


def pages(first, count):
    return [
        ("directory", "/vereine/"),
        ("directory filtered", "/vereine/?sprache=ar&angebot=beratung&q=Verein&sortierung=gruendung"),
        ("directory last page", "/vereine/?page=9999"),
        ("directory in Ukrainian", "/uk/vereine/"),
        ("profile", first.get_absolute_url()),
        ("export.csv", "/vereine/export.csv"),
        ("export.json", "/vereine/export.json"),
    ]


if __name__ == "__main__":
    harness.run(unit="orgs", reset=reset, populate=populate, pages=pages)
