"""Reads that the guide's pages share, each in a fixed number of queries
whatever the number of topics, contact points or opening hours; and the two
rules every page applies: which content language a reader gets, and whether
an office is open now (in Europe/Berlin)."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language

from offenbach_portal.core.publication import published_q
from orgs.models import Offer, Organisation

from .models import (
    BERLIN,
    SOURCE_LANGUAGE,
    ContactPoint,
    FirstStep,
    FirstStepTranslation,
    HubTranslation,
    OpeningHours,
    Topic,
    TopicTranslation,
)

LANGUAGE_PARAMETER = "sprache"


# --- Content language ------------------------------------------------------------------


@dataclass
class Text:
    """A piece of content and the language it is really in (German when the
    reader's language lacks it)."""

    value: str
    language: object  # GuideLanguage
    fallback: bool = False

    def __bool__(self):
        return bool(self.value)

    def __str__(self):
        return self.value


def active_languages():
    from .models import GuideLanguage

    return list(GuideLanguage.objects.active())


def content_language(request, languages):
    """The language the reader asked for (?sprache=ar), else the interface
    language, else German. An unknown or inactive code is a 404."""
    by_code = {language.code: language for language in languages}
    requested = request.GET.get(LANGUAGE_PARAMETER, "")
    if requested:
        if requested not in by_code:
            raise Http404
        return by_code[requested]
    return by_code.get(get_language() or SOURCE_LANGUAGE) or by_code.get(SOURCE_LANGUAGE)


def pick(translations, language):
    """Of `translations` (rows with a `language`), the one in `language`, and
    the German one; either may be None."""
    chosen = source = None
    for translation in translations:
        if language is not None and translation.language_id == language.pk:
            chosen = translation
        if translation.language.code == SOURCE_LANGUAGE:
            source = translation
    return chosen, source


class Localised:
    """Field access on a translation with a German fallback per field:
    `content.title` is a `Text` whose `language` says what it is in."""

    def __init__(self, chosen, source):
        self.chosen, self.source = chosen, source

    @property
    def exists(self):
        return self.chosen is not None or self.source is not None

    @property
    def translation(self):
        return self.chosen or self.source

    @property
    def is_fallback(self):
        return self.chosen is None and self.source is not None

    def get(self, name):
        for translation, fallback in ((self.chosen, False), (self.source, True)):
            value = getattr(translation, name, None) if translation is not None else None
            if value:
                return Text(value, translation.language, fallback and translation is not self.chosen)
        return Text("", self.translation.language if self.translation else None)

    def __getattr__(self, name):
        if name.startswith("_") or name in {"chosen", "source"}:
            raise AttributeError(name)
        return self.get(name)


# --- Opening hours ---------------------------------------------------------------------


@dataclass
class OpeningState:
    is_open: bool
    closes_at: datetime.time | None = None
    opens_at: datetime.time | None = None
    opens_weekday: int | None = None
    opens_today: bool = False

    @property
    def opens_weekday_name(self):
        return OpeningHours.Weekday(self.opens_weekday).label if self.opens_weekday is not None else ""


def opening_state(hours, now=None):
    """Whether an office with `hours` is open at `now` (default: the present),
    read on Offenbach's clock, and when it closes or opens next. None when no
    hours are known."""
    hours = list(hours)
    if not hours:
        return None
    local = timezone.localtime(now or timezone.now(), BERLIN)
    time, weekday = local.time(), local.weekday()
    today = sorted((h for h in hours if h.weekday == weekday), key=lambda h: h.opens)
    for period in today:
        if period.opens <= time < period.closes:
            return OpeningState(True, closes_at=period.closes)
    later = [period for period in today if period.opens > time]
    if later:
        return OpeningState(False, opens_at=later[0].opens, opens_weekday=weekday, opens_today=True)
    for offset in range(1, 8):
        day = (weekday + offset) % 7
        periods = sorted((h for h in hours if h.weekday == day), key=lambda h: h.opens)
        if periods:
            return OpeningState(False, opens_at=periods[0].opens, opens_weekday=day)
    return OpeningState(False)


@dataclass
class WeekRow:
    weekday: int
    name: str
    periods: list = field(default_factory=list)
    is_today: bool = False


def week_table(hours, now=None):
    """Seven rows, Monday to Sunday, each with the day's opening periods."""
    today = timezone.localtime(now or timezone.now(), BERLIN).weekday()
    rows = [WeekRow(day.value, day.label, is_today=day.value == today) for day in OpeningHours.Weekday]
    for period in sorted(hours, key=lambda h: (h.weekday, h.opens)):
        rows[period.weekday].periods.append(period)
    return rows


@dataclass
class Contact:
    """A contact point as the pages show it: the organisation (from the
    directory), its guide details, the opening state and the week."""

    point: ContactPoint
    organisation: Organisation
    details: object
    languages: list
    state: OpeningState | None
    week: list

    @property
    def map_query(self):
        return ", ".join(self.organisation.address_lines)


# --- Pages -----------------------------------------------------------------------------


def _translations_in(model, codes):
    return model.objects.filter(language__code__in=codes).select_related("language")


def hub_texts(language):
    """Every hub text of an active language (for the language links) and the reader's one with its German fallback."""
    texts = list(HubTranslation.objects.filter(language__active=True).select_related("language"))
    return texts, Localised(*pick(texts, language))


def published_topics(language):
    """Published topics in order, each with its translations in the reader's language and in German."""
    codes = {SOURCE_LANGUAGE, language.code} if language else {SOURCE_LANGUAGE}
    topics = Topic.objects.published().prefetch_related(Prefetch("translations", queryset=_translations_in(TopicTranslation, codes)))
    result = []
    for topic in topics:
        content = Localised(*pick(topic.translations.all(), language))
        if content.exists:
            result.append((topic, content))
    return result


def first_steps(language):
    codes = {SOURCE_LANGUAGE, language.code} if language else {SOURCE_LANGUAGE}
    steps = (
        FirstStep.objects.filter(published_q("topic__"))
        .select_related("topic")
        .prefetch_related(Prefetch("translations", queryset=_translations_in(FirstStepTranslation, codes)))
    )
    return [(step, Localised(*pick(step.translations.all(), language))) for step in steps]


def topic_translations(topic):
    """All translations of a topic in active languages (for the language links and the content)."""
    return list(topic.translations.filter(language__active=True).select_related("language"))


def contacts(topic, now=None):
    """The topic's contact points with published organisations, their languages,
    guide details and opening hours: four queries, however many there are."""
    points = (
        ContactPoint.objects.filter(topic=topic)
        .filter(published_q("organisation__"))
        .select_related("organisation", "organisation__guide_details")
        .prefetch_related("organisation__languages", "organisation__guide_details__hours")
    )
    result = []
    for point in points:
        organisation = point.organisation
        details = getattr(organisation, "guide_details", None)
        hours = list(details.hours.all()) if details is not None else []
        result.append(
            Contact(
                point,
                organisation,
                details,
                list(organisation.languages.all()),
                opening_state(hours, now),
                week_table(hours, now) if hours else [],
            )
        )
    return result


def organisations_offering(category):
    """Published organisations with an offer of `category`, with those offers: two queries."""
    if not category:
        return []
    offers = Offer.objects.filter(category=category)
    return list(
        Organisation.objects.published()
        .filter(offers__category=category)
        .distinct()
        .prefetch_related(Prefetch("offers", queryset=offers, to_attr="matching_offers"))
        .order_by("name")
    )
