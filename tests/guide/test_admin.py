"""The back office: bad input is a form error (unknown language code, hours
ending before they start, backed by the database), stale topics first and
counted on the index, the reminder mail."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction

from news.guide.models import GuideLanguage, OfficeDetails, OpeningHours
from tests.factories.guide import make_office, make_topic

pytestmark = pytest.mark.django_db

TODAY = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=datetime.UTC)


def inline_management(prefix, total=1):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_language_with_an_unknown_code_is_a_form_error(admin_client):
    response = admin_client.post(
        "/admin/news/guidelanguage/add/", {"code": "xx", "name": "X", "name_de": "X", "direction": "ltr", "active": "on", "order": "0"}
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["code"] == ["„xx“ ist kein bekannter Sprachcode."]
    assert not GuideLanguage.objects.filter(code="xx").exists()


def test_staff_add_a_right_to_left_language(admin_client):
    response = admin_client.post(
        "/admin/news/guidelanguage/add/",
        {"code": "fa", "name": "فارسی", "name_de": "Persisch", "direction": "rtl", "active": "on", "order": "6"},
    )
    assert response.status_code == 302
    assert GuideLanguage.objects.get(code="fa").is_rtl


def topic_form(**changes):
    data = {
        "slug": "neu",
        "short_code": "neu",
        "audience": "gefluechtete",
        "order": "0",
        "offer_category": "",
        "reviewed_on": "2026-11-01",
        "status": "veroeffentlicht",
        "published_at_0": "",
        "published_at_1": "",
    }
    data.update(inline_management("translations"))
    data.update(inline_management("contact_points", 0))
    data.update(
        {
            "translations-0-language": "de",
            "translations-0-review_status": "original",
            "translations-0-title": "Neu",
            "translations-0-summary": "Kurz",
            "translations-0-body": "",
            "translations-0-steps": "",
            "translations-0-documents": "",
        }
    )
    data.update(changes)
    return data


def test_translation_in_an_unknown_language_is_a_form_error(admin_client):
    response = admin_client.post("/admin/news/topic/add/", topic_form(**{"translations-0-language": "999999"}))
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][0].formset.errors
    assert "language" in errors[0]
    assert not GuideLanguage.objects.filter(pk=999999).exists()


def test_topic_with_translation_is_saved_from_the_admin(admin_client):
    german = GuideLanguage.objects.get(code="de")
    response = admin_client.post("/admin/news/topic/add/", topic_form(**{"translations-0-language": str(german.pk)}))
    assert response.status_code == 302


def test_opening_hours_ending_before_they_start_are_a_form_error(admin_client):
    office = make_office("Bürgerbüro")
    details = OfficeDetails.objects.get(organisation=office)
    data = {"organisation": str(office.pk), "appointment_url": "", "hours_note": "", "unconfirmed": "on"}
    data.update(inline_management("hours"))
    data.update({"hours-0-weekday": "0", "hours-0-opens": "12:00", "hours-0-closes": "08:00"})
    response = admin_client.post(f"/admin/news/officedetails/{details.pk}/change/", data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.errors[0]["__all__"] == ["Die Schließzeit muss nach der Öffnungszeit liegen."]
    assert details.hours.count() == 0


def test_database_refuses_opening_hours_ending_before_they_start():
    details = OfficeDetails.objects.get(organisation=make_office("Bürgerbüro"))
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(office=details, weekday=0, opens=datetime.time(12), closes=datetime.time(8))


@time_machine.travel(TODAY, tick=False)
def test_admin_lists_stale_topics_first_and_counts_them_on_the_index(admin_client):
    make_topic("frisch", reviewed_on=datetime.date(2026, 11, 20))
    make_topic("alt", reviewed_on=datetime.date(2026, 5, 31))  # six months and a day
    make_topic("nie", reviewed_on=None)
    make_topic("grenze", reviewed_on=datetime.date(2026, 6, 1))  # exactly six months: not yet due
    response = admin_client.get("/admin/news/topic/")
    assert [topic.slug for topic in response.context["cl"].result_list] == ["nie", "alt", "grenze", "frisch"]
    index = admin_client.get("/admin/").content.decode()
    assert "Offenbach hilft: 2 Themen sind seit sechs Monaten nicht geprüft." in index


@time_machine.travel(TODAY, tick=False)
def test_stale_topic_command_mails_the_office(settings):
    settings.CONTACT_EMAIL = "integration@example.org"
    make_topic("frisch", reviewed_on=datetime.date(2026, 11, 20))
    make_topic("alt", reviewed_on=datetime.date(2026, 1, 15))
    call_command("guide_stale_topics", stdout=__import__("io").StringIO())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["integration@example.org"]
    assert message.subject == "Offenbach hilft: 1 Themen zur Prüfung fällig"
    assert "zuletzt geprüft: 15.01.2026" in message.body
    assert "frisch" not in message.body


@time_machine.travel(TODAY, tick=False)
def test_stale_topic_command_sends_nothing_when_all_are_reviewed():
    make_topic("frisch", reviewed_on=datetime.date(2026, 11, 20))
    call_command("guide_stale_topics", stdout=__import__("io").StringIO())
    assert mail.outbox == []
