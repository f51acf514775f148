"""Made-up content at city scale for the benchmarks, on top of the demo.

`populate(scale)` loads the demo (the guide in all its languages, pages,
programmes, the Kompetenzteam with its topics, through each app's demo
loader) and adds, with bulk_create after every object's field validation
(`clean_fields()` and `clean()`, so the rows obey the same rules as the
admin's): 20,000 articles (a quarter also in Ukrainian, a tenth in Russian),
1,000 organisations with languages, a district, three offers and two people
each, 60 numbered meetings of the Kompetenzteam (instead of the demo's six)
with six agenda items each, 800 projects; then the search index. `scale`
shrinks every count (0.1: a tenth).

The text helpers are shared with bench/search.py. Nothing here calls
django.setup(): the script that imports it has done so."""

import datetime
import random
import time

ARTICLES, ORGANISATIONS, MEETINGS, AGENDA_ITEMS, PROJECTS = 20_000, 1_000, 60, 6, 800

WORDS_DE = (
    "Verein Vereine Vereinen Sitzung Sitzungen Integration Offenbach Stadt Familien Kinder Jugendliche Frauen Frauengruppe "
    "Deutschkurs Deutschkurse Sprachcafé Beratung Hausaufgaben Hausaufgabenhilfe Schule Nachbarschaft Fest Feste Tanz Tänze "
    "Kultur Begegnung Ehrenamt Ehrenamtliche Geflüchtete Ukraine Wohnung Arbeit Ausbildung Gesundheit Sport Musik Treff "
    "offener Abend Morgen Wochenende Rathaus Stadtteil Nordend Lauterborn Bieber Projekt Förderung Programm Bericht Ergebnisse"
).split()
WORDS_UK = "Україна України допомога біженці біженців житло робота школа діти родина мова курси консультація місто".split()
WORDS_RU = "Украина беженцы беженцев помощь жильё работа школа дети семья язык курсы консультация город".split()
SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu".split()


def filler_words(rng, count=3000):
    """Made-up words standing in for the long tail of real text."""
    return [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + rng.choice(["ung", "en", "er", "heit", "lich"])
        for _ in range(count)
    ]


def sentence(rng, words, length, topics=(), filler=None):
    """A sentence of Zipf-distributed filler with the document's topic words
    mixed in (one word in eight), so that a topic word occurs in a few
    percent of the documents, as in real text; without filler, words only."""
    if filler is None:
        chosen = [rng.choice(words) for _ in range(length)]
    else:
        chosen = [
            rng.choice(topics) if topics and rng.random() < 0.125 else filler[min(int(rng.paretovariate(1.1)) - 1, len(filler) - 1)]
            for _ in range(length)
        ]
    return " ".join(chosen).capitalize() + "."


def validated(objects):
    """Each object after its field validation and clean(), for bulk_create.
    (Uniqueness is by construction: numbered slugs.)"""
    for obj in objects:
        obj.clean_fields()
        obj.clean()
        yield obj


def scaled(count, scale):
    return max(1, round(count * scale))


def load_demo_with_generated_meetings(stdout, generate_meetings):
    """Every app's demo, in INSTALLED_APPS order, but the Kompetenzteam with
    `generate_meetings(loader, committee, topics)` instead of the demo's
    meetings (the generated ones take their numbers; the news demo that
    follows links its articles to them)."""
    import reversion
    from django.db import transaction

    from committees import demo as committees_demo
    from offenbach_portal.core.management.commands.load_demo import demo_modules

    with transaction.atomic():
        for module in demo_modules():
            if module is committees_demo:
                loader = committees_demo.Loader(committees_demo.read("committee.yaml"))
                with reversion.create_revision():
                    committee, _created = loader.committee()
                    loader.members(committee)
                    topics, _created = loader.topics(committees_demo.read("topics.yaml"))
                generate_meetings(loader, committee, topics)
            else:
                module.load(stdout)


def articles(rng, filler, count):
    from django.utils import timezone

    from news.models import Article

    now = timezone.now()

    def article(number):
        topics = rng.sample(WORDS_DE, 3) + (["Offenbach"] if number % 3 == 0 else [])
        return Article(
            title_de=(" ".join(rng.sample(topics, 2)) + " " + sentence(rng, WORDS_DE, 3, topics, filler))[:200],
            slug=f"bench-{number}",
            teaser_de=sentence(rng, WORDS_DE, 20, topics, filler)[:400],
            body_de="<p>" + " ".join(sentence(rng, WORDS_DE, 12, topics, filler) for _ in range(8)) + "</p>",
            title_uk=sentence(rng, WORDS_UK, 6) if number % 4 == 0 else "",
            teaser_uk=sentence(rng, WORDS_UK, 20)[:400] if number % 4 == 0 else "",
            title_ru=sentence(rng, WORDS_RU, 6) if number % 10 == 0 else "",
            teaser_ru=sentence(rng, WORDS_RU, 20)[:400] if number % 10 == 0 else "",
            status="veroeffentlicht" if number % 20 else "entwurf",
            published_at=now - timezone.timedelta(hours=number + 1),
        )

    Article.objects.bulk_create(validated(article(number) for number in range(count)), batch_size=1000)


def organisations(rng, filler, count):
    from orgs.models import District, Language, Offer, Organisation, Person

    languages = list(Language.objects.all())
    districts = list(District.objects.all())
    created = Organisation.objects.bulk_create(
        validated(
            Organisation(
                name=f"{rng.choice(WORDS_DE)}verein {number}",
                slug=f"bench-verein-{number}",
                status="veroeffentlicht",
                kind="verein",
                district=rng.choice(districts),
                founded_year=rng.randint(1960, 2024),
                description_de=" ".join(sentence(rng, WORDS_DE, 12, rng.sample(WORDS_DE, 3), filler) for _ in range(4)),
            )
            for number in range(count)
        ),
        batch_size=1000,
    )
    Through = Organisation.languages.through
    Through.objects.bulk_create(
        (
            Through(organisation_id=organisation.pk, language_id=language.pk)
            for organisation in created
            for language in rng.sample(languages, 3)
        ),
        batch_size=2000,
    )
    categories = [value for value, _label in Offer.Category.choices]
    offers = Offer.objects.bulk_create(
        validated(
            Offer(organisation=organisation, category=rng.choice(categories), title_de=sentence(rng, WORDS_DE, 3), position=position)
            for organisation in created
            for position in range(3)
        ),
        batch_size=1000,
    )
    OfferThrough = Offer.languages.through
    OfferThrough.objects.bulk_create(
        (OfferThrough(offer_id=offer.pk, language_id=language.pk) for offer in offers for language in rng.sample(languages, 2)),
        batch_size=2000,
    )
    Person.objects.bulk_create(
        validated(
            Person(name=f"Person {number}-{n}", role=rng.choice(["Vorsitz", "Kassenwart", "Ansprechperson"]), organisation=organisation)
            for number, organisation in enumerate(created)
            for n in range(2)
        ),
        batch_size=1000,
    )
    return created


def meetings(rng, loader, committee, topics, count):
    """`count` meetings through the demo loader (full_clean on every record):
    five a year up to last year, the rest this year, two of them upcoming."""
    import reversion

    from committees.models import today_in_berlin

    today = today_in_berlin()
    presenters = list(loader.people)[:6]
    attendees = [entry["organisation"] for entry in loader.data["members"]][:5]
    topic_slugs = list(topics)
    past = count - 2
    first_year = today.year - (past - 1) // 5
    with reversion.create_revision():
        for number in range(1, count + 1):
            if number <= past:
                year, nth = first_year + (number - 1) // 5, (number - 1) % 5
                date = datetime.date(year, 1 + 2 * nth, 10 + nth)
                if date >= today:
                    date = today - datetime.timedelta(days=count - number + 1)
            else:
                date = today + datetime.timedelta(days=30 * (number - past))
            agenda = [
                {
                    "title": sentence(rng, WORDS_DE, 5),
                    "topics": rng.sample(topic_slugs, 2),
                    "presenters": [rng.choice(presenters)],
                    "description": f"<p>{sentence(rng, WORDS_DE, 30)}</p>",
                    "result": f"<p>{sentence(rng, WORDS_DE, 20)}</p>" if number <= past else "",
                }
                for _ in range(AGENDA_ITEMS)
            ]
            loader.meeting(
                committee,
                topics,
                {
                    "number": number,
                    "date": date,
                    "title": sentence(rng, WORDS_DE, 4),
                    "state": "durchgefuehrt" if number <= past else "eingeladen",
                    "start_time": "17:00",
                    "end_time": "19:30",
                    "place_name": "Rathaus Offenbach",
                    "summary": f"<p>{sentence(rng, WORDS_DE, 30)}</p>",
                    "results": f"<p>{sentence(rng, WORDS_DE, 30)}</p>" if number <= past else "",
                    "attendees": attendees,
                    "agenda": agenda,
                },
            )


def projects(rng, filler, count, sponsors):
    from programmes.models import Programme, Project

    programmes = list(Programme.objects.all())
    Project.objects.bulk_create(
        validated(
            Project(
                title_de=sentence(rng, WORDS_DE, 5),
                slug=f"bench-projekt-{number}",
                programme=programmes[number % len(programmes)],
                sponsor=sponsors[number % len(sponsors)],
                description_de=" ".join(sentence(rng, WORDS_DE, 12, rng.sample(WORDS_DE, 3), filler) for _ in range(5)),
                start_year=2015 + number % 10,
                status="veroeffentlicht",
            )
            for number in range(count)
        ),
        batch_size=1000,
    )


def populate(scale=1.0, stdout=None, progress=print):
    """Everything above; returns the seconds it took."""
    import io

    from django.db import connection

    from offenbach_portal.core import search

    rng = random.Random(12)
    filler = filler_words(rng)
    started = time.perf_counter()
    meeting_count = max(32, scaled(MEETINGS, scale))  # the news demo links to meetings up to 31
    progress(f"demo content (guide in all languages, pages, programmes, Kompetenzteam) and {meeting_count} meetings …")
    load_demo_with_generated_meetings(
        stdout or io.StringIO(), lambda loader, committee, topics: meetings(rng, loader, committee, topics, meeting_count)
    )
    progress(f"{scaled(ARTICLES, scale)} articles …")
    articles(rng, filler, scaled(ARTICLES, scale))
    progress(f"{scaled(ORGANISATIONS, scale)} organisations with offers and people …")
    sponsors = organisations(rng, filler, scaled(ORGANISATIONS, scale))
    progress(f"{scaled(PROJECTS, scale)} projects …")
    projects(rng, filler, scaled(PROJECTS, scale), sponsors)
    progress("search index …")
    search.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started
