"""The site search at city scale on PostgreSQL: 20,000 articles (a quarter
also in Ukrainian, a tenth in Russian; German text of made-up words with a
long-tail distribution and three topic words per article, „Offenbach“ in a
third of them), 1,000 organisations with three offers each and 800 projects, indexed with `rebuild_search_index`'s code; then the
95th percentile of search requests (words, inflected forms, a phrase, minus,
OR, a kind filter, page 2, Ukrainian, a typo with its suggestion, nothing
found) and of the home page in the same run, with their ratio.

    createdb -h 127.0.0.1 -U postgres search_bench   # once; any database name will do
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python bench/search.py

Django creates and drops its own test database next to the one named
(`test_search_bench`), as the test suite does: nothing of the named database
is touched. Without BENCH_DATABASE_URL that URL is the default. The issue
asks for p95 ≤ 100 ms; the script says whether that holds."""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "offenbach_portal.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ["PORTAL_HTTPS"] = "0"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/search_bench")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.citydata import WORDS_DE, WORDS_RU, WORDS_UK, filler_words, sentence  # noqa: E402

ARTICLES, ORGANISATIONS, PROJECTS = 20_000, 1_000, 800
REPEAT = 15
LIMIT_MS = 100

QUERIES = [
    ("de", "Sitzungen"),
    ("de", "Vereinen"),
    ("de", "Deutschkurs Offenbach"),
    ("de", '"offener Treff"'),
    ("de", "Hausaufgaben -Schule"),
    ("de", "Tänze OR Musik"),
    ("de", "Frauengruppen Nordend"),
    ("de", "Integration&art=organisation"),
    ("de", "Kultur&page=2"),
    ("uk", "Україна"),
    ("ru", "беженцы"),
    ("de", "Ofenbach"),
    ("de", "Xylophonquartett"),
    ("de", "Offenbach"),  # the city's name: in a third of all articles
]


def populate():
    from news.models import Article
    from offenbach_portal.core import search
    from orgs.models import Offer, Organisation
    from programmes.models import Programme, Project

    rng = random.Random(12)
    filler = filler_words(rng)
    now = timezone.now()
    started = time.perf_counter()

    def article(number):
        topics = rng.sample(WORDS_DE, 3) + (["Offenbach"] if number % 3 == 0 else [])
        return Article(
            title_de=" ".join(rng.sample(topics, 2)) + " " + sentence(rng, WORDS_DE, 3, topics, filler),
            slug=f"bench-{number}",
            teaser_de=sentence(rng, WORDS_DE, 20, topics, filler),
            body_de="<p>" + " ".join(sentence(rng, WORDS_DE, 12, topics, filler) for _ in range(8)) + "</p>",
            title_uk=sentence(rng, WORDS_UK, 6) if number % 4 == 0 else "",
            teaser_uk=sentence(rng, WORDS_UK, 20) if number % 4 == 0 else "",
            title_ru=sentence(rng, WORDS_RU, 6) if number % 10 == 0 else "",
            teaser_ru=sentence(rng, WORDS_RU, 20) if number % 10 == 0 else "",
            status="veroeffentlicht" if number % 20 else "entwurf",
            published_at=now - timezone.timedelta(hours=number),
        )

    Article.objects.bulk_create((article(number) for number in range(ARTICLES)), batch_size=1000)
    organisations = Organisation.objects.bulk_create(
        (
            Organisation(
                name=f"{rng.choice(WORDS_DE)}verein {number}",
                slug=f"bench-verein-{number}",
                status="veroeffentlicht",
                kind="verein",
                description_de=" ".join(sentence(rng, WORDS_DE, 12, rng.sample(WORDS_DE, 3), filler) for _ in range(4)),
            )
            for number in range(ORGANISATIONS)
        ),
        batch_size=1000,
    )
    Offer.objects.bulk_create(
        (
            Offer(organisation=organisation, category="kultur", title_de=sentence(rng, WORDS_DE, 3), position=position)
            for organisation in organisations
            for position in range(3)
        ),
        batch_size=1000,
    )
    programme = Programme.objects.create(
        name_de="WIR – Vielfalt und Teilhabe",
        short_name="WIR",
        slug="bench-wir",
        start=timezone.localdate(),
        funder_de="Land Hessen",
        status="veroeffentlicht",
    )
    Project.objects.bulk_create(
        (
            Project(
                title_de=sentence(rng, WORDS_DE, 5),
                slug=f"bench-projekt-{number}",
                programme=programme,
                sponsor=organisations[number % len(organisations)],
                description_de=" ".join(sentence(rng, WORDS_DE, 12, rng.sample(WORDS_DE, 3), filler) for _ in range(5)),
                status="veroeffentlicht",
            )
            for number in range(PROJECTS)
        ),
        batch_size=1000,
    )
    indexed = search.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return indexed, time.perf_counter() - started


def p95(client, paths):
    timings = []
    for _ in range(REPEAT):
        for path in paths:
            started = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
    return statistics.quantiles(timings, n=20)[-1], statistics.median(timings)


def main():
    if connection.vendor != "postgresql":
        sys.exit("bench/search.py measures PostgreSQL: set BENCH_DATABASE_URL to a postgres:// URL.")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        indexed, seconds = populate()
        from offenbach_portal.core.models import SearchEntry

        print(f"indexed {indexed} objects into {SearchEntry.objects.count()} entries in {seconds:.1f} s")
        client = Client()
        paths = []
        for language, query in QUERIES:
            prefix = "" if language == "de" else f"/{language}"
            term, _sep, extra = query.partition("&")
            paths.append(f"{prefix}/suche/?q={term}" + (f"&{extra}" if extra else ""))
        for path in paths + ["/"]:
            client.get(path)  # warm up: templates, caches
        print(f"{'requests':<34} {'p95 ms':>8} {'median ms':>10}")
        for path in paths:
            high, middle = p95(client, [path])
            print(f"{path:<34} {high:>8.1f} {middle:>10.1f}")
        search_p95, search_median = p95(client, paths)
        home_p95, home_median = p95(client, ["/"])
        print(f"{'all search requests':<34} {search_p95:>8.1f} {search_median:>10.1f}")
        print(f"{'home page':<34} {home_p95:>8.1f} {home_median:>10.1f}")
        print(f"ratio search p95 / home p95: {search_p95 / home_p95:.2f}")
        print(f"p95 ≤ {LIMIT_MS} ms: {'yes' if search_p95 <= LIMIT_MS else 'NO'}")
    finally:
        if not os.environ.get("BENCH_KEEP"):  # BENCH_KEEP=1 leaves the database for EXPLAIN
            connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
