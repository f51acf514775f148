import io

import pytest

from news.guide import demo
from news.guide.models import HubTranslation, OfficeDetails, ReviewStatus, Topic, TopicTranslation

pytestmark = pytest.mark.django_db

TOPICS = {
    "ankommen-und-anmeldung",
    "aufenthalt",
    "geld-und-sozialleistungen",
    "wohnen",
    "gesundheit",
    "kinder-und-schule",
    "arbeit-und-anerkennung",
    "deutsch-lernen",
    "mitmachen-und-ehrenamt",
    "helfen-wohnraum",
    "helfen-spenden",
    "helfen-dolmetschen",
}


@pytest.fixture
def loaded():
    from orgs import demo as orgs_demo

    orgs_demo.load(io.StringIO())
    demo.load(io.StringIO())


def test_demo_has_every_topic_in_four_languages(loaded):
    assert set(Topic.objects.values_list("slug", flat=True)) == TOPICS
    for topic in Topic.objects.all():
        assert {"de", "uk", "ru", "en"} <= set(topic.translations.values_list("language__code", flat=True)), topic.slug


def test_demo_has_hub_and_two_topics_in_arabic_and_turkish_awaiting_review(loaded):
    for code in ["ar", "tr"]:
        assert HubTranslation.objects.get(language__code=code).review_status == ReviewStatus.PENDING
        assert set(TopicTranslation.objects.filter(language__code=code).values_list("topic__slug", flat=True)) == {
            "ankommen-und-anmeldung",
            "gesundheit",
        }
    assert not TopicTranslation.objects.exclude(language__code="de").exclude(review_status=ReviewStatus.PENDING).exists()


def test_demo_hours_and_phones_are_marked_as_demo(loaded):
    assert OfficeDetails.objects.count() == 8
    assert not OfficeDetails.objects.filter(unconfirmed=False).exists()


def test_demo_loads_twice_without_changes(loaded):
    before = (Topic.objects.count(), TopicTranslation.objects.count(), OfficeDetails.objects.count())
    demo.load(io.StringIO())
    assert (Topic.objects.count(), TopicTranslation.objects.count(), OfficeDetails.objects.count()) == before


def test_demo_pages_answer(loaded, client):
    for path in [
        "/offenbach-hilft/",
        "/uk/offenbach-hilft/?sprache=ar",
        "/ru/offenbach-hilft/gesundheit/?sprache=tr",
        "/en/offenbach-hilft/mitmachen-und-ehrenamt/",
        "/offenbach-hilft/helfen-wohnraum/druck/",
    ]:
        assert client.get(path).status_code == 200, path
