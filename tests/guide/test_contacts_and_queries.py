"""Contact points come from the directory: one change shows on every page.
The hub and topic pages cost the same number of queries for 1 and 10 contact points."""

import pytest

from news.guide.models import FirstStep, FirstStepTranslation, GuideLanguage
from tests.factories.guide import add_contact, add_translation, make_office, make_topic

pytestmark = pytest.mark.django_db


def test_changing_an_office_phone_in_the_directory_changes_every_guide_page(client):
    office = make_office("Sozialamt", phone="069 1111-1111", hours=[(0, "08:00", "12:00")])
    for slug in ["geld", "wohnen", "aufenthalt"]:
        add_contact(make_topic(slug), office)
    office.phone = "069 2222-2222"
    office.save()
    pages = [f"/offenbach-hilft/{slug}/" for slug in ["geld", "wohnen", "aufenthalt"]]
    pages += ["/uk/offenbach-hilft/geld/", "/offenbach-hilft/wohnen/druck/"]
    for page in pages:
        html = client.get(page).content.decode()
        assert '<a class="kern-link guide-contact__phone" href="tel:06922222222">069 2222-2222</a>' in html, page
        assert "069 1111-1111" not in html, page


def test_unpublished_organisation_is_not_shown_as_contact(client):
    topic = make_topic("geld")
    add_contact(topic, make_office("Entwurfsamt", status="entwurf"))
    assert "Entwurfsamt" not in client.get("/offenbach-hilft/geld/").content.decode()


def test_demo_details_are_marked(client):
    add_contact(make_topic("geld"), make_office("Sozialamt"))
    assert "Demo-Angabe" in client.get("/offenbach-hilft/geld/").content.decode()


def topics_with_contacts(count):
    topic = make_topic("anmeldung", languages=["de", "uk"])
    for number in range(count):
        office = make_office(f"Amt {number}", languages=["de", "uk"], hours=[(0, "08:00", "12:00"), (2, "13:00", "15:00")])
        add_contact(topic, office)
    for number in range(count):
        other = make_topic(languages=["de", "uk"])
        add_translation(other, "en")
        step = FirstStep.objects.create(topic=other, order=number)
        FirstStepTranslation.objects.create(step=step, language=GuideLanguage.objects.get(code="uk"), text=f"Крок {number}")
    return topic


@pytest.mark.parametrize("count", [1, 10])
def test_topic_page_query_count_does_not_grow_with_contacts(client, django_assert_num_queries, count):
    topics_with_contacts(count)
    # session-free anonymous request: topic, languages, translations, contact points,
    # their organisations' languages, opening hours
    with django_assert_num_queries(6):
        response = client.get("/uk/offenbach-hilft/anmeldung/")
    assert len(response.context["contacts"]) == count


@pytest.mark.parametrize("count", [1, 10])
def test_print_page_query_count_does_not_grow_with_contacts(client, django_assert_num_queries, count):
    topics_with_contacts(count)
    with django_assert_num_queries(6):
        client.get("/offenbach-hilft/anmeldung/druck/")


@pytest.mark.parametrize("count", [1, 10])
def test_hub_query_count_does_not_grow_with_topics_and_contacts(client, django_assert_num_queries, count):
    topics_with_contacts(count)
    # languages, hub texts, topics, their translations, first steps, their translations
    with django_assert_num_queries(6):
        response = client.get("/uk/offenbach-hilft/")
    assert len(response.context["refugee_topics"]) == count + 1
