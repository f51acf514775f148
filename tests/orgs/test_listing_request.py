"""`/vereine/eintragen/`: a group not yet in the directory asks to be listed;
staff approve (publish) or decline (archive) in the admin."""

import logging
import re
from smtplib import SMTPException

import pytest
import reversion
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reversion.models import Version

from offenbach_portal.core.publication import Status
from orgs.models import Language, ListingRequest, Organisation
from orgs.services import listing_request_approve, listing_request_decline, unique_organisation_slug
from tests.factories import ListingRequestFactory, StaffUserFactory, UserFactory, make_organisation

pytestmark = pytest.mark.django_db

URL = "/vereine/eintragen/"
THANKS = "/vereine/eintragen/danke/"


def valid(**changes):
    data = {
        "name": "Nachbarschaftstreff Lauterborn",
        "kind": "initiative",
        "description": "Wir treffen uns jeden Donnerstag zum Kochen und Reden.",
        "languages": [str(Language.objects.get(code="ar").pk), str(Language.objects.get(code="de").pk)],
        "email": "treff@example.org",
        "phone": "069 123456",
        "url": "treff.example.org",
        "street": "Beispielweg 1",
        "postcode": "63071",
        "contact_name": "Ada Muster",
        "contact_email": "ada@example.org",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """POST to the form and run what waits for the commit (the mails)."""

    def submit(data=None, path=URL, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, valid() if data is None else data, **extra)

    return submit


@pytest.fixture
def office(client):
    user = StaffUserFactory(username="buero-antraege")
    client.force_login(user)
    return user


def summary_items(response):
    html = response.content.decode()
    summary = html.split('id="form-error-summary"', 1)[1].split("</ul>", 1)[0]
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", summary, re.S)]


def html_lang(response):
    return re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1)


# The form


def test_form_page_shows_the_fields_without_csrf_cookie(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    form = html.split('class="portal-form"', 1)[1].split("</form>", 1)[0]
    names = list(dict.fromkeys(re.findall(r'name="(\w+)"', form)))
    assert names == [
        "name",
        "kind",
        "description",
        "district",
        "languages",
        "email",
        "phone",
        "url",
        "street",
        "postcode",
        "contact_name",
        "contact_email",
        "consent",
        "website",
    ]
    assert re.findall(r'value="(verein|religion|initiative|einrichtung|amt)"', form) == ["verein", "religion", "initiative"]
    assert 'autocomplete="organization"' in form
    assert 'autocomplete="name"' in form
    assert 'autocomplete="email"' in form
    assert '<a class="kern-link" href="/datenschutz/">Datenschutzerklärung</a>' in form
    assert "csrfmiddlewaretoken" not in html
    assert dict(response.cookies) == {}


def test_directory_links_to_the_form(client):
    html = client.get("/vereine/").content.decode()
    assert 'Ihr Verein fehlt? <a class="kern-link" href="/vereine/eintragen/">Eintrag beantragen</a>' in html


def test_form_in_ukrainian_has_ukrainian_labels_and_links(client):
    html = client.get("/uk/vereine/eintragen/").content.decode()
    assert '<html lang="uk"' in html
    assert 'action="/uk/vereine/eintragen/"' in html
    assert '<a class="kern-link" href="/uk/datenschutz/">' in html


# Success


def test_valid_request_creates_a_draft_and_a_pending_request(submit, mailoutbox, settings):
    settings.CONTACT_EMAIL = "team@example.org"
    response = submit()
    assert response.status_code == 303
    assert response["Location"] == THANKS
    [listing_request] = ListingRequest.objects.select_related("organisation")
    organisation = listing_request.organisation
    assert (organisation.name, organisation.slug, organisation.kind, organisation.status, organisation.published_at) == (
        "Nachbarschaftstreff Lauterborn",
        "nachbarschaftstreff-lauterborn",
        "initiative",
        Status.DRAFT,
        None,
    )
    assert organisation.description_de == "Wir treffen uns jeden Donnerstag zum Kochen und Reden."
    assert (organisation.email, organisation.phone, organisation.website, organisation.street, organisation.postcode) == (
        "treff@example.org",
        "069 123456",
        "https://treff.example.org",
        "Beispielweg 1",
        "63071",
    )
    assert sorted(organisation.languages.values_list("code", flat=True)) == ["ar", "de"]
    assert (listing_request.contact_name, listing_request.contact_email, listing_request.language, listing_request.state) == (
        "Ada Muster",
        "ada@example.org",
        "de",
        ListingRequest.State.PENDING,
    )
    assert (listing_request.reviewed_by, listing_request.reviewed_at, listing_request.reason) == (None, None, "")
    assert Version.objects.get_for_object(organisation).count() == 1
    assert Version.objects.get_for_object(listing_request).count() == 1
    office_mail, confirmation = mailoutbox
    assert office_mail.to == ["team@example.org"]
    assert office_mail.reply_to == ["ada@example.org"]
    assert office_mail.subject == "Integrationsportal\u00a0– Eintrag beantragt: Nachbarschaftstreff Lauterborn"
    assert f"/admin/orgs/listingrequest/{listing_request.pk}/change/" in office_mail.body
    assert confirmation.to == ["ada@example.org"]
    assert confirmation.subject == "Ihr Antrag auf einen Eintrag im Integrationsportal Offenbach"
    assert confirmation.body.startswith("Guten Tag Ada Muster,")


def test_thanks_page_says_what_happens_next_and_is_not_indexed(client):
    response = client.get(THANKS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vielen Dank für Ihren Antrag" in html
    assert "Das Integrationsbüro prüft Ihre Angaben" in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_draft_is_nowhere_public(submit, client):
    make_organisation("Sichtbarer Verein")
    submit(valid(name="Geheimer Entwurf Treff", description="Niemand sieht diesen Entwurf."))
    organisation = Organisation.objects.get(name="Geheimer Entwurf Treff")
    assert client.get("/vereine/").content.decode().count("Geheimer Entwurf") == 0
    assert client.get("/vereine/?q=Geheimer").context["page_obj"].paginator.count == 0
    assert client.get(f"/vereine/{organisation.slug}/").status_code == 404
    assert "Geheimer Entwurf" not in client.get("/suche/?q=Geheimer").content.decode()
    sitemap = client.get("/sitemap-orgs.xml").content.decode()
    assert "/vereine/sichtbarer-verein/" in sitemap
    assert organisation.slug not in sitemap
    for export in ("/vereine/export.csv", "/vereine/export.json"):
        body = client.get(export).content.decode()
        assert "Sichtbarer Verein" in body
        assert "Geheimer Entwurf" not in body
        assert "ada@example.org" not in body


def test_request_in_english_stores_the_description_in_english_and_confirms_in_english(submit, mailoutbox):
    response = submit(valid(description="We meet every Thursday."), path="/en/vereine/eintragen/")
    assert response.status_code == 303
    assert response["Location"] == "/en/vereine/eintragen/danke/"
    listing_request = ListingRequest.objects.get()
    organisation = listing_request.organisation
    assert listing_request.language == "en"
    assert organisation.internal_contact == "Eintrag beantragt von Ada Muster <ada@example.org>"  # for the office, in German
    assert Version.objects.get_for_object(organisation).get().revision.get_comment() == "Eintrag über das Formular beantragt"
    assert (organisation.description_en, organisation.description_de) == ("We meet every Thursday.", None)
    office_mail, confirmation = mailoutbox
    assert office_mail.subject == "Integrationsportal\u00a0– Eintrag beantragt: Nachbarschaftstreff Lauterborn"  # the office reads German
    assert confirmation.subject == "Your request for an entry on the Offenbach integration portal"
    assert confirmation.body.startswith("Dear Ada Muster,")


def test_a_taken_slug_gets_a_number(submit):
    make_organisation("Nachbarschaftstreff Lauterborn", status=Status.ARCHIVED)
    submit()
    assert ListingRequest.objects.get().organisation.slug == "nachbarschaftstreff-lauterborn-2"


def test_reserved_and_empty_slugs_are_avoided():
    assert unique_organisation_slug("Eintragen") == "eintragen-2"
    assert unique_organisation_slug("!!!") == "organisation"


def test_a_failed_mail_keeps_the_request(submit, mailoutbox, monkeypatch, caplog):
    def refuse(self, fail_silently=False):
        raise SMTPException("connection refused")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    with caplog.at_level(logging.ERROR, logger="orgs.services"):
        response = submit()
    assert response.status_code == 303
    listing_request = ListingRequest.objects.get()
    assert listing_request.organisation.status == Status.DRAFT
    assert mailoutbox == []
    assert [record.getMessage() for record in caplog.records] == [
        f"Listing request {listing_request.pk} stored, but the mail to CONTACT_EMAIL failed",
        f"Listing request {listing_request.pk} stored, but the confirmation to the requester failed",
    ]


# Failures: nothing stored, nothing mailed


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"name": ""}, "name", "Name der Organisation: Bitte geben Sie den Namen Ihrer Organisation an."),
        ({"kind": None}, "kind", "Art der Organisation: Bitte wählen Sie aus, was für eine Organisation Sie sind."),
        (
            {"kind": "amt"},
            "kind",
            "Art der Organisation: Bitte eine gültige Auswahl treffen. amt ist keine gültige Auswahl.",
        ),
        ({"description": "  "}, "description", "Kurzbeschreibung: Bitte beschreiben Sie Ihre Organisation in wenigen Sätzen."),
        (
            {"description": "x" * 2001},
            "description",
            "Kurzbeschreibung: Die Beschreibung hat 2.001 Zeichen, erlaubt sind höchstens 2.000. Bitte kürzen Sie sie.",
        ),
        (
            {"name": "x" * 201},
            "name",
            "Name der Organisation: Bitte sicherstellen, dass der Wert aus höchstens 200 Zeichen besteht. (Er besteht aus 201 Zeichen.)",
        ),
        ({"postcode": "6307"}, "postcode", "Postleitzahl: Eine Postleitzahl hat fünf Ziffern, zum Beispiel 63065."),
        ({"url": "nicht eine adresse"}, "url", "Website: Bitte geben Sie eine gültige Internetadresse ein, zum Beispiel www.verein.de."),
        (
            {"email": "treff@"},
            "email",
            "E-Mail-Adresse (öffentlich): Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel info@verein.de.",
        ),
        (
            {"contact_email": ""},
            "contact_email",
            "Ihre E-Mail-Adresse: Bitte geben Sie Ihre E-Mail-Adresse an: Dorthin schreiben wir Ihnen unsere Entscheidung.",
        ),
        ({"contact_name": ""}, "contact_name", "Ihr Name: Bitte geben Sie Ihren Namen an, damit wir Sie ansprechen können."),
        (
            {"consent": None},
            "consent",
            "Ich bin damit einverstanden, dass das Integrationsbüro meine Angaben speichert, um den Antrag zu bearbeiten: Bitte bestätigen Sie, dass wir Ihre Angaben für den Antrag speichern dürfen.",
        ),
        (
            {"district": "999999"},
            "district",
            "Stadtteil: Bitte eine gültige Auswahl treffen. Dies ist keine gültige Auswahl.",
        ),
        (
            {"languages": ["999999"]},
            "languages",
            "In diesen Sprachen kann man mit Ihnen sprechen: Bitte eine gültige Auswahl treffen. 999999 ist keine gültige Auswahl.",
        ),
        ({"name": "a\x00b"}, "name", "Name der Organisation: Nullzeichen sind nicht erlaubt."),
    ],
)
def test_bad_input_shows_the_error_inline_and_in_the_summary_and_stores_nothing(submit, mailoutbox, changes, field, error):
    response = submit(valid(**changes))
    assert response.status_code == 400
    assert summary_items(response) == [error]
    html = response.content.decode()
    anchor = f"id_{field}_0" if field in {"kind", "languages"} else f"id_{field}"
    assert f'<a class="kern-link" href="#{anchor}">' in html
    assert f'id="id_{field}_error"' in html
    assert "<title>Fehler: Eintrag ins Vereinsverzeichnis beantragen" in html
    assert (Organisation.objects.count(), ListingRequest.objects.count(), mailoutbox) == (0, 0, [])


def test_description_of_exactly_2000_characters_is_accepted(submit):
    assert submit(valid(description="x" * 2000)).status_code == 303
    assert len(ListingRequest.objects.get().organisation.description_de) == 2000


def test_form_keeps_what_was_typed_after_an_error(submit):
    html = submit(valid(contact_email="nope")).content.decode()
    assert 'value="Nachbarschaftstreff Lauterborn"' in html
    assert ">\nWir treffen uns jeden Donnerstag zum Kochen und Reden.</textarea>" in html
    assert re.search(r'value="initiative"[^>]*checked', html)


def test_errors_in_russian_are_shown_on_the_russian_page(submit, mailoutbox):
    response = submit(valid(name=""), path="/ru/vereine/eintragen/")
    assert response.status_code == 400
    assert html_lang(response) == "ru"
    assert len(summary_items(response)) == 1
    assert ListingRequest.objects.count() == 0


# Duplicates


@pytest.mark.parametrize("typed", ["Griechische Gemeinde", "  griechische   GEMEINDE "])
def test_a_published_namesake_is_named_with_a_link_instead_of_a_duplicate(submit, mailoutbox, typed):
    existing = make_organisation("Griechische Gemeinde")
    response = submit(valid(name=typed))
    assert response.status_code == 400
    assert summary_items(response) == ["Name der Organisation: „Griechische Gemeinde“ steht schon im Verzeichnis."]
    assert f'Zum Profil: <a class="kern-link" href="{existing.get_absolute_url()}">Griechische Gemeinde</a>' in response.content.decode()
    assert (Organisation.objects.count(), ListingRequest.objects.count(), mailoutbox) == (1, 0, [])


def test_a_draft_or_archived_namesake_is_no_duplicate(submit):
    make_organisation("Griechische Gemeinde", status=Status.ARCHIVED)
    assert submit(valid(name="Griechische Gemeinde")).status_code == 303
    assert ListingRequest.objects.count() == 1


# Honeypot and rate limit


@pytest.mark.parametrize("data", [valid, lambda: {"website": "http://spam.example"}])
def test_a_filled_honeypot_looks_like_success_and_stores_nothing(submit, mailoutbox, data):
    response = submit(dict(data(), website="http://spam.example"))
    assert response.status_code == 303
    assert response["Location"] == THANKS
    assert (Organisation.objects.count(), ListingRequest.objects.count(), mailoutbox) == (0, 0, [])


def test_rate_limit_answers_429_in_the_visitors_language_and_stores_nothing(submit, mailoutbox, settings):
    settings.CONTACT_RATE = "1/h"
    assert submit(valid(name="Erster Treff"), path="/uk/vereine/eintragen/").status_code == 303
    response = submit(valid(name="Zweiter Treff"), path="/uk/vereine/eintragen/")
    assert response.status_code == 429
    assert html_lang(response) == "uk"
    assert summary_items(response) == ["Ви надіслали забагато заяв за короткий час. Будь ласка, спробуйте пізніше."]
    assert 'value="Zweiter Treff"' in response.content.decode()
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Erster Treff"]
    assert len(mailoutbox) == 2


def test_rate_limit_counts_only_valid_requests_and_is_its_own(submit, settings, client):
    settings.CONTACT_RATE = "1/h"
    assert client.post("/kontakt/", {"message": "Hallo"}).status_code == 303  # the contact form's limit is another
    assert [submit(valid(name="")).status_code for _ in range(3)] == [400, 400, 400]
    assert submit().status_code == 303
    assert submit(valid(name="Noch ein Treff")).status_code == 429


def test_other_methods_are_refused(client):
    assert client.put(URL).status_code == 405
    assert client.post(THANKS).status_code == 405


# Review


def test_approve_publishes_the_organisation_records_who_and_mails_in_the_requesters_language(
    django_capture_on_commit_callbacks, mailoutbox, client
):
    listing_request = ListingRequestFactory(language="uk", contact_name="Olena")
    staff = StaffUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        listing_request_approve(listing_request=listing_request, user=staff, base_url="https://portal.example/")
    listing_request.refresh_from_db()
    organisation = listing_request.organisation
    organisation.refresh_from_db()
    assert (organisation.status, organisation.is_published) == (Status.PUBLISHED, True)
    assert (listing_request.state, listing_request.reviewed_by) == (ListingRequest.State.APPROVED, staff)
    assert listing_request.reviewed_at is not None
    assert client.get(organisation.get_absolute_url()).status_code == 200
    [mail] = mailoutbox
    assert mail.to == [listing_request.contact_email]
    assert mail.subject == "Ваш запис на інтеграційному порталі Оффенбаха опубліковано"
    assert f"https://portal.example/uk/vereine/{organisation.slug}/" in mail.body
    latest = Version.objects.get_for_object(organisation).first()
    assert (latest.revision.user, latest.revision.get_comment()) == (staff, "Eintragsantrag freigegeben und veröffentlicht")


def test_approve_needs_a_german_description(django_capture_on_commit_callbacks, mailoutbox):
    listing_request = ListingRequestFactory(language="en", organisation__description_de="", organisation__description_en="Hello")
    with pytest.raises(Exception, match="deutsche Beschreibung"), django_capture_on_commit_callbacks(execute=True):
        listing_request_approve(listing_request=listing_request, user=StaffUserFactory())
    listing_request.refresh_from_db()
    assert (listing_request.state, listing_request.organisation.status, mailoutbox) == (ListingRequest.State.PENDING, Status.DRAFT, [])


def test_approve_is_refused_when_a_namesake_was_published_meanwhile(django_capture_on_commit_callbacks, mailoutbox):
    listing_request = ListingRequestFactory(organisation__name="Nähcafé Mitte")
    make_organisation("nähcafé mitte", slug="naehcafe-mitte-alt")
    with pytest.raises(ValidationError, match="heißt schon"), django_capture_on_commit_callbacks(execute=True):
        listing_request_approve(listing_request=listing_request, user=StaffUserFactory())
    listing_request.refresh_from_db()
    assert (listing_request.state, listing_request.organisation.status, mailoutbox) == (ListingRequest.State.PENDING, Status.DRAFT, [])


def test_decline_archives_the_draft_keeps_history_and_mails_the_reason(django_capture_on_commit_callbacks, mailoutbox, client):
    listing_request = ListingRequestFactory(language="ru")
    staff = StaffUserFactory()
    versions_before = Version.objects.get_for_object(listing_request.organisation).count()
    with django_capture_on_commit_callbacks(execute=True):
        listing_request_decline(listing_request=listing_request, user=staff, reason="  Kein Bezug zu Offenbach.  ")
    listing_request.refresh_from_db()
    organisation = listing_request.organisation
    assert (listing_request.state, listing_request.reason, listing_request.reviewed_by) == (
        ListingRequest.State.DECLINED,
        "Kein Bezug zu Offenbach.",
        staff,
    )
    assert organisation.status == Status.ARCHIVED
    assert client.get(organisation.get_absolute_url()).status_code == 404
    assert Version.objects.get_for_object(organisation).count() == versions_before + 1
    assert Version.objects.get_for_object(organisation).first().field_dict["status"] == Status.ARCHIVED
    [mail] = mailoutbox
    assert mail.subject == "Ваша заявка на запись на интеграционном портале Оффенбаха"
    assert "Kein Bezug zu Offenbach." in mail.body


def test_decline_without_reason_and_a_second_decision_are_refused(django_capture_on_commit_callbacks, mailoutbox):
    listing_request = ListingRequestFactory()
    staff = StaffUserFactory()
    with pytest.raises(Exception, match="Begründung"):
        listing_request_decline(listing_request=listing_request, user=staff, reason="   ")
    listing_request_approve(listing_request=listing_request, user=staff, notify=False)
    with pytest.raises(Exception, match="schon entschieden"):
        listing_request_decline(listing_request=listing_request, user=staff, reason="Doch nicht.")
    listing_request.refresh_from_db()
    assert listing_request.state == ListingRequest.State.APPROVED


def test_the_database_refuses_a_declined_request_without_reason():
    from django.db import IntegrityError, transaction

    listing_request = ListingRequestFactory()
    listing_request.state = ListingRequest.State.DECLINED
    with pytest.raises(IntegrityError), transaction.atomic():
        listing_request.save()


def test_listing_request_is_under_version_control():
    assert reversion.is_registered(ListingRequest)


# The admin


def test_admin_list_shows_the_pending_requests_by_default_with_the_count_in_the_title(client, office):
    ListingRequestFactory(organisation__name="Offener Treff")
    decided = ListingRequestFactory(organisation__name="Entschiedener Treff")
    listing_request_decline(listing_request=decided, user=office, reason="Doppelt", notify=False)
    response = client.get("/admin/orgs/listingrequest/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Eintragsanträge: 1 offen</h1>" in html
    assert "Offener Treff" in html
    assert "Entschiedener Treff" not in html
    everything = client.get("/admin/orgs/listingrequest/?stand=alle").content.decode()
    assert "Offener Treff" in everything
    assert "Entschiedener Treff" in everything


@pytest.mark.parametrize("count", [1, 30])
def test_admin_list_queries_do_not_grow_with_the_requests(client, office, count):
    ListingRequestFactory.create_batch(count)
    client.get("/admin/orgs/listingrequest/")  # sessions, permissions, content types warmed up
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/orgs/listingrequest/")
    assert response.status_code == 200
    assert response.context["cl"].result_count == count
    assert len(queries) == 10


def test_admin_detail_links_the_draft_and_offers_the_decisions(client, office):
    listing_request = ListingRequestFactory()
    organisation = listing_request.organisation
    html = client.get(f"/admin/orgs/listingrequest/{listing_request.pk}/change/").content.decode()
    assert f'<a href="/admin/orgs/organisation/{organisation.pk}/change/">Angaben prüfen und ergänzen</a>' in html
    assert f'<a href="/vereine/{organisation.slug}/">Vorschau des Profils</a>' in html
    assert 'name="_approve" value="Freigeben"' in html
    assert 'name="_decline" value="Ablehnen"' in html
    assert "Kontaktperson einladen" in html
    assert client.get(f"/vereine/{organisation.slug}/").status_code == 200  # staff preview


def test_admin_approve_button_publishes(client, office, mailoutbox, django_capture_on_commit_callbacks):
    listing_request = ListingRequestFactory()
    url = f"/admin/orgs/listingrequest/{listing_request.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"_approve": "Freigeben", "reason": ""})
    assert (response.status_code, response["Location"]) == (302, url)
    listing_request.refresh_from_db()
    assert (listing_request.state, listing_request.organisation.status, listing_request.reviewed_by) == (
        ListingRequest.State.APPROVED,
        Status.PUBLISHED,
        office,
    )
    assert len(mailoutbox) == 1
    html = client.get(url).content.decode()
    assert "ist veröffentlicht" in html
    assert 'name="_approve"' not in html


def test_admin_decline_button_needs_a_reason(client, office, mailoutbox, django_capture_on_commit_callbacks):
    listing_request = ListingRequestFactory()
    url = f"/admin/orgs/listingrequest/{listing_request.pk}/change/"
    response = client.post(url, {"_decline": "Ablehnen", "reason": ""}, follow=True)
    assert "Bitte geben Sie eine Begründung an." in response.content.decode()
    listing_request.refresh_from_db()
    assert listing_request.state == ListingRequest.State.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"_decline": "Ablehnen", "reason": "Keine Initiative in Offenbach."})
    listing_request.refresh_from_db()
    assert (listing_request.state, listing_request.reason, listing_request.organisation.status) == (
        ListingRequest.State.DECLINED,
        "Keine Initiative in Offenbach.",
        Status.ARCHIVED,
    )
    assert len(mailoutbox) == 1


def test_staff_without_the_right_to_change_organisations_cannot_review(client, mailoutbox):
    listing_request = ListingRequestFactory()
    client.force_login(StaffUserFactory(groups=[]))
    url = f"/admin/orgs/listingrequest/{listing_request.pk}/change/"
    assert client.get("/admin/orgs/listingrequest/").status_code == 403
    assert client.get(url).status_code in {302, 403}
    client.post(url, {"_approve": "Freigeben"})
    listing_request.refresh_from_db()
    assert (listing_request.state, mailoutbox) == (ListingRequest.State.PENDING, [])


def test_staff_with_only_the_model_permission_may_review(client):
    listing_request = ListingRequestFactory()
    client.force_login(StaffUserFactory(groups=[], permissions=["orgs.change_organisation"]))
    assert client.get("/admin/orgs/listingrequest/").status_code == 200
    client.post(f"/admin/orgs/listingrequest/{listing_request.pk}/change/", {"_approve": "Freigeben"})
    listing_request.refresh_from_db()
    assert listing_request.state == ListingRequest.State.APPROVED


def test_a_member_account_never_reaches_the_review(client):
    listing_request = ListingRequestFactory()
    client.force_login(UserFactory())
    response = client.get(f"/admin/orgs/listingrequest/{listing_request.pk}/change/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


# Demo


def test_demo_has_one_pending_sample_request_loaded_without_mail(mailoutbox):
    import io

    from django.core.management.base import OutputWrapper

    from orgs import demo

    demo.load(OutputWrapper(io.StringIO()))
    demo.load(OutputWrapper(io.StringIO()))
    [listing_request] = ListingRequest.objects.select_related("organisation")
    assert listing_request.state == ListingRequest.State.PENDING
    assert listing_request.organisation.status == Status.DRAFT
    assert listing_request.organisation.name.startswith("Beispiel")
    assert listing_request.organisation.description_de.startswith("Beispieltext:")
    assert mailoutbox == []


def test_the_draft_profile_is_a_404_for_members_and_a_preview_for_reviewing_staff(client):
    listing_request = ListingRequestFactory()
    path = listing_request.organisation.get_absolute_url()
    client.force_login(UserFactory())
    assert client.get(path).status_code == 404
    client.force_login(StaffUserFactory(groups=[]))
    assert client.get(path).status_code == 404
    client.force_login(StaffUserFactory(groups=[], permissions=["orgs.change_organisation"]))
    assert client.get(path).status_code == 200


def test_a_decided_request_shows_the_decision_read_only(client, office):
    listing_request = ListingRequestFactory()
    listing_request_decline(
        listing_request=listing_request, user=office, reason="Schon als Teil eines anderen Vereins eingetragen.", notify=False
    )
    html = client.get(f"/admin/orgs/listingrequest/{listing_request.pk}/change/").content.decode()
    assert "Schon als Teil eines anderen Vereins eingetragen." in html
    assert 'name="reason"' not in html
    assert 'name="_approve"' not in html
    assert 'name="_decline"' not in html


@pytest.mark.parametrize("name", ["Обʼєднання українців", "Об'єднання українців", "Об’єднання українців"])
def test_a_cyrillic_name_gets_a_latin_slug_whatever_its_apostrophe(name):
    assert unique_organisation_slug(name) == "obiednannia-ukraintsiv"
