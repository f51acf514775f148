"""Loads the demo articles from `news/demo_data/articles.yaml`, each linked to
the meetings and organisations it is about (those demos load first, in
INSTALLED_APPS order). Every record is validated (full_clean) and saved in
one revision. Idempotent: an article whose slug exists is left alone."""

import datetime
from pathlib import Path

import reversion
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from committees.models import BERLIN, Meeting
from offenbach_portal.core.datafiles import read_yaml
from offenbach_portal.core.publication import Status
from orgs.models import Organisation
from programmes.models import Programme

from .guide import demo as guide_demo
from .models import Article

DATA_DIR = Path(__file__).resolve().parent / "demo_data"
TEXTS = ["title", "teaser", "body"]
DEMO_AUTHOR = "redaktion"


def read(name):
    return read_yaml(DATA_DIR / name)


def publication_time(entry):
    if "publish_in_days" in entry:
        return timezone.now() + datetime.timedelta(days=entry["publish_in_days"])
    if "published_at" in entry:
        value = entry["published_at"]
        value = value if isinstance(value, datetime.datetime) else datetime.datetime.fromisoformat(str(value))
        return value.replace(tzinfo=BERLIN)
    return None


def create_article(entry, author):
    article = Article(
        slug=entry["slug"],
        category=entry["category"],
        status=entry.get("status", Status.PUBLISHED),
        published_at=publication_time(entry),
        event_date=entry.get("event_date"),
        author=author,
    )
    for field in TEXTS:
        setattr(article, f"{field}_de", entry.get(field, "").strip())
    for language, texts in entry.get("translations", {}).items():
        for field, text in texts.items():
            setattr(article, f"{field}_{language}", text.strip())
    article.full_clean()
    article.save()
    meetings = list(Meeting.objects.of_portal_committee().filter(number__in=entry.get("meetings", [])))
    organisations = list(Organisation.objects.filter(slug__in=[slugify(name) for name in entry.get("organisations", [])]))
    programmes = list(Programme.objects.filter(slug__in=entry.get("programmes", [])))
    # A name or number the other demos do not know is a mistake in the data file, not something to skip quietly.
    if (len(meetings), len(organisations), len(programmes)) != tuple(
        len(entry.get(key, [])) for key in ("meetings", "organisations", "programmes")
    ):
        raise ValueError(f"{entry['slug']}: unknown meeting, organisation or programme in news/demo_data/articles.yaml")
    article.meetings.set(meetings)
    article.organisations.set(organisations)
    article.programmes.set(programmes)
    return article


def load(stdout):
    entries = read("articles.yaml")
    author = get_user_model().objects.filter(username=DEMO_AUTHOR).first()
    created = 0
    with transaction.atomic(), reversion.create_revision():
        reversion.set_comment("Demo-Inhalt angelegt")
        for entry in entries:
            if Article.objects.filter(slug=entry["slug"]).exists():
                continue
            create_article(entry, author)
            created += 1
    stdout.write(f"Aktuelles: {created} Beiträge neu, {len(entries) - created} vorhanden\n")
    guide_demo.load(stdout)
