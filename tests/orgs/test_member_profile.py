"""The members' profile workflow: the profile form, its preview and sending
(`/mein-verein/<slug>/profil/`), the member-area section, and who may do it."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from orgs.models import Offer, Organisation, ProfileChange
from orgs.services import profile_change_submit
from tests.factories import OfferFactory, StaffUserFactory, UserFactory, make_editor, make_organisation

pytestmark = pytest.mark.django_db

C = Offer.Category


def png(width=40, height=20, color="red"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def url(organisation):
    return f"/mein-verein/{organisation.slug}/profil/"


def form_data(organisation, **overrides):
    """The POST a browser sends for `organisation` unchanged, plus overrides."""
    offers = list(organisation.offers.all())
    data = {
        "description_de": organisation.description_de,
        "description_en": organisation.description_en or "",
        "description_uk": "",
        "description_ru": "",
        "email": organisation.email,
        "phone": organisation.phone,
        "website": organisation.website,
        "street": organisation.street,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "district": organisation.district.slug if organisation.district else "",
        "languages": [language.code for language in organisation.languages.all()],
        "founded_year": organisation.founded_year or "",
        "held_logo": "",
        "offers-TOTAL_FORMS": str(len(offers) + 1),
        "offers-INITIAL_FORMS": str(len(offers)),
        "offers-MIN_NUM_FORMS": "0",
        "offers-MAX_NUM_FORMS": "50",
        "action": "preview",
    }
    for index, offer in enumerate(offers):
        data.update(
            {
                f"offers-{index}-id": str(offer.pk),
                f"offers-{index}-title_de": offer.title_de,
                f"offers-{index}-category": offer.category,
                f"offers-{index}-schedule_de": offer.schedule_de or "",
                f"offers-{index}-languages": [language.code for language in offer.languages.all()],
            }
        )
    data.update(overrides)
    return data


def payload_of(response):
    return re.search(r'name="payload" value="([^"]+)"', response.content.decode()).group(1)


def send(client, organisation, /, **overrides):
    """Preview, then send: the editor's two steps."""
    preview = client.post(url(organisation), form_data(organisation, **overrides))
    assert preview.status_code == 200, preview.content.decode()[:3000]
    return client.post(url(organisation), {"action": "send", "payload": payload_of(preview)})


@pytest.fixture
def greek():
    return make_organisation("Griechische Gemeinde", languages=["el", "de"], offers=[(C.CULTURE, "Tanzkurs"), (C.WOMEN, "Frauengruppe")])


@pytest.fixture
def editor(client, greek):
    user = make_editor(greek)
    client.force_login(user)
    return user


def public_state(organisation):
    organisation = Organisation.objects.get(pk=organisation.pk)
    return (
        organisation.description_de,
        organisation.email,
        organisation.logo.name,
        sorted((offer.pk, offer.title_de, offer.category) for offer in organisation.offers.all()),
        sorted(organisation.languages.values_list("code", flat=True)),
    )


# Who may open the form


def test_editor_sees_the_form_filled_with_the_profile(client, editor, greek):
    response = client.get(url(greek))
    assert response.status_code == 200
    assert 'value="Tanzkurs"' in response.content.decode()
    assert "Eine Änderung wartet schon" not in response.content.decode()


def test_anonymous_visitor_goes_to_the_login(client, greek):
    response = client.get(url(greek))
    assert response.status_code == 302
    assert response["Location"] == f"/konto/anmelden/?next={url(greek)}"
    assert client.post(url(greek), form_data(greek)).status_code == 302


@pytest.mark.parametrize("method", ["get", "post"])
def test_editor_of_another_organisation_gets_404(client, greek, method):
    other = make_organisation("Bulgaren in Offenbach")
    client.force_login(make_editor(other))
    before = public_state(greek)
    response = getattr(client, method)(url(greek), form_data(greek, description_de="Übernommen") if method == "post" else None)
    assert response.status_code == 404
    assert ProfileChange.objects.count() == 0
    assert public_state(greek) == before


def test_editor_of_another_organisation_cannot_send_a_payload_made_for_their_own(client, greek):
    other = make_organisation("Bulgaren in Offenbach")
    user = make_editor(other)
    client.force_login(user)
    preview = client.post(url(other), form_data(other, description_de="Neu"))
    response = client.post(url(greek), {"action": "send", "payload": payload_of(preview)})
    assert response.status_code == 404
    assert ProfileChange.objects.count() == 0


def test_editor_of_two_organisations_cannot_carry_a_payload_across(client, greek):
    other = make_organisation("Bulgaren in Offenbach")
    user = make_editor(other)
    make_editor(greek, user=user)
    client.force_login(user)
    preview = client.post(url(other), form_data(other, description_de="Neu"))
    response = client.post(url(greek), {"action": "send", "payload": payload_of(preview)})
    assert response.status_code == 400
    assert ProfileChange.objects.count() == 0


def test_former_editor_gets_404(client, greek):
    user = make_editor(greek)
    client.force_login(user)
    assert client.get(url(greek)).status_code == 200
    greek.editor_links.filter(user=user).delete()
    assert client.get(url(greek)).status_code == 404
    assert client.post(url(greek), form_data(greek)).status_code == 404


def test_unknown_organisation_is_404(client, editor):
    assert client.get("/mein-verein/gibt-es-nicht/profil/").status_code == 404


def test_staff_without_editor_binding_gets_404(client, greek):
    client.force_login(StaffUserFactory())
    assert client.get(url(greek)).status_code == 404


# Tampering


def test_offer_id_of_another_organisation_is_refused_and_nothing_changes(client, editor, greek):
    foreign = OfferFactory(organisation=make_organisation("Andere"), title="Fremd")
    before = public_state(greek)
    response = client.post(url(greek), form_data(greek, **{"offers-0-id": str(foreign.pk), "offers-0-title_de": "Gekapert"}))
    assert response.status_code == 400
    assert "Ein Angebot gehört nicht zu dieser Organisation" in response.content.decode()
    assert ProfileChange.objects.count() == 0
    assert Offer.objects.get(pk=foreign.pk).title_de == "Fremd"
    assert public_state(greek) == before


def test_duplicate_offer_ids_are_refused(client, editor, greek):
    first = greek.offers.first()
    response = client.post(url(greek), form_data(greek, **{"offers-1-id": str(first.pk)}))
    assert response.status_code == 400
    assert ProfileChange.objects.count() == 0


def test_a_posted_organisation_field_is_ignored(client, editor, greek):
    other = make_organisation("Andere")
    response = send(client, greek, **{"offers-0-organisation": str(other.pk), "organisation_id": str(other.pk)})
    assert response.status_code == 302
    change = ProfileChange.objects.get()
    assert change.organisation == greek
    assert "organisation" not in change.data["offers"][0]


def test_altered_payload_is_refused(client, editor, greek):
    preview = client.post(url(greek), form_data(greek, description_de="Neu"))
    payload = payload_of(preview)
    response = client.post(url(greek), {"action": "send", "payload": payload[:-3] + "abc"})
    assert response.status_code == 400
    assert ProfileChange.objects.count() == 0


def test_damaged_management_form_is_a_400(client, editor, greek):
    data = form_data(greek)
    del data["offers-TOTAL_FORMS"]
    assert client.post(url(greek), data).status_code == 400
    assert ProfileChange.objects.count() == 0


def test_post_without_csrf_token_is_refused(greek):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(make_editor(greek))
    assert strict.post(url(greek), form_data(greek)).status_code == 403
    assert ProfileChange.objects.count() == 0


# Form errors


def test_missing_german_description_and_bad_values_show_errors(client, editor, greek):
    response = client.post(
        url(greek), form_data(greek, description_de="", email="kein-mail", founded_year="1200", **{"offers-0-title_de": ""})
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert 'id="profile-error-summary"' in content
    assert "Bitte beschreiben Sie Ihre Organisation auf Deutsch." in content
    assert 'href="#id_description_de"' in content
    assert 'href="#id_offers-0-title_de"' in content
    assert "kern-form-input--error" in content
    assert ProfileChange.objects.count() == 0


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", content_type="image/svg+xml"), "SVG-Dateien"),
        (SimpleUploadedFile("logo.png", b"not an image", content_type="image/png"), "kein lesbares"),
    ],
)
def test_bad_logo_is_refused_as_in_the_directory(client, editor, greek, upload, message):
    response = client.post(url(greek), form_data(greek, logo=upload))
    assert response.status_code == 400
    assert message in response.content.decode()


# Preview and send


def test_preview_shows_the_proposal_and_changes_nothing(client, editor, greek):
    before = public_state(greek)
    response = client.post(
        url(greek),
        form_data(greek, description_de="Wir tanzen jeden Dienstag.", **{"offers-2-title_de": "Chor", "offers-2-category": C.CULTURE}),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Vorschau\u00a0– noch nicht veröffentlicht" in content
    assert "Wir tanzen jeden Dienstag." in content
    assert ">Chor<" in content
    assert 'class="orgs-profile"' in content  # the public profile's own markup
    assert ProfileChange.objects.count() == 0
    assert public_state(greek) == before


def test_edit_again_keeps_the_values(client, editor, greek):
    preview = client.post(url(greek), form_data(greek, description_de="Neuer Text"))
    response = client.post(url(greek), {"action": "edit", "payload": payload_of(preview)})
    assert response.status_code == 200
    assert "Neuer Text</textarea>" in response.content.decode()
    assert ProfileChange.objects.count() == 0


def test_add_offer_button_adds_an_empty_offer(client, editor, greek):
    response = client.post(
        url(greek), form_data(greek, action="add_offer", **{"offers-2-title_de": "Chor", "offers-2-category": C.CULTURE})
    )
    assert response.status_code == 200
    assert response.context["formset"].total_form_count() == 5  # two, the new "Chor", two empty
    assert ProfileChange.objects.count() == 0


def test_send_creates_a_pending_change_and_leaves_the_profile(client, editor, greek):
    before = public_state(greek)
    dance, women = greek.offers.all()
    response = send(
        client,
        greek,
        description_de="Neu",
        email="info@example.org",
        **{"offers-1-DELETE": "on", "offers-2-title_de": "Chor", "offers-2-category": C.CULTURE, "offers-0-title_de": "Tanzen"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/mein-verein/?gesendet=griechische-gemeinde"
    assert "wartet jetzt auf die Prüfung" in client.get(response["Location"]).content.decode()
    change = ProfileChange.objects.get()
    assert change.state == ProfileChange.State.PENDING
    assert change.submitted_by == editor
    assert change.data["description_de"] == "Neu"
    assert [(offer["id"], offer["title_de"]) for offer in change.data["offers"]] == [(dance.pk, "Tanzen"), (None, "Chor")]
    assert change.base["description_de"] == "Beschreibung von Griechische Gemeinde."
    assert public_state(greek) == before


def test_second_send_updates_the_pending_change(client, editor, greek):
    send(client, greek, description_de="Erste Fassung")
    first = ProfileChange.objects.get()
    response = client.get(url(greek))
    assert "Eine Änderung wartet schon auf Prüfung" in response.content.decode()
    assert "Erste Fassung</textarea>" in response.content.decode()
    send(client, greek, description_de="Zweite Fassung")
    change = ProfileChange.objects.get()
    assert change.pk == first.pk
    assert change.data["description_de"] == "Zweite Fassung"
    assert change.base == first.base


def test_new_logo_is_held_through_preview_and_send(client, editor, greek, settings):
    preview = client.post(url(greek), form_data(greek, logo=png()))
    assert preview.status_code == 200
    assert 'src="data:image/webp;base64,' in preview.content.decode()
    edit = client.post(url(greek), {"action": "edit", "payload": payload_of(preview)})
    assert "Ihr neues Logo (noch nicht gesendet)" in edit.content.decode()
    response = client.post(url(greek), {"action": "send", "payload": payload_of(preview)})
    assert response.status_code == 302
    change = ProfileChange.objects.get()
    assert change.data["logo"] == "new"
    assert change.logo.name.startswith("profile-changes/")
    assert str(settings.PRIVATE_MEDIA_ROOT) in change.logo.path
    assert not Organisation.objects.get(pk=greek.pk).logo


def test_remove_logo_is_proposed(client, editor, greek):
    send(client, greek, remove_logo="on")
    assert ProfileChange.objects.get().data["logo"] == "remove"


# The member area


def test_member_area_lists_my_organisations_with_their_state(client, editor, greek):
    response = client.get("/mein-verein/")
    content = response.content.decode()
    assert "Meine Organisationen" in content
    assert "Keine Änderung in Prüfung." in content
    assert f'href="{url(greek)}"' in content
    assert f'href="{greek.get_absolute_url()}"' in content
    send(client, greek, description_de="Neu")
    assert "wartet seit" in client.get("/mein-verein/").content.decode()
    change = ProfileChange.objects.get()
    from orgs.services import profile_change_reject

    profile_change_reject(change=change, reviewer=StaffUserFactory(), reason="Bitte ohne Werbung.")
    content = client.get("/mein-verein/").content.decode()
    assert "abgelehnt" in content
    assert "Bitte ohne Werbung." in content


def test_member_area_does_not_show_other_organisations(client, editor):
    make_organisation("Fremder Verein")
    assert "Fremder Verein" not in client.get("/mein-verein/").content.decode()


def test_member_area_shows_staff_the_count_waiting(client, greek):
    profile_change_submit(organisation=greek, user=make_editor(greek), data={"description_de": "x", "logo": "keep"})
    client.force_login(StaffUserFactory())
    content = client.get("/mein-verein/").content.decode()
    assert "1 Profiländerung wartet auf Prüfung." in content
    assert 'href="/admin/orgs/profilechange/?state=offen"' in content


def test_member_area_shows_no_count_to_editors(client, editor, greek):
    assert "auf Prüfung." not in client.get("/mein-verein/").content.decode()


@pytest.fixture
def only_my_section(monkeypatch):
    from orgs.member_area import my_organisations_section

    monkeypatch.setattr("offenbach_portal.accounts.member_area.member_area_sections._functions", [my_organisations_section])


@pytest.mark.parametrize("count", [1, 30])
def test_member_area_query_count_does_not_grow(client, django_assert_num_queries, only_my_section, count):
    user = UserFactory()
    for number in range(count):
        organisation = make_organisation(f"Verein {number:02d}")
        make_editor(organisation, user=user)
        profile_change_submit(organisation=organisation, user=user, data={"description_de": "x", "logo": "keep"})
    client.force_login(user)
    # session, user, the user's groups (staff?), organisations with their latest change, those changes
    with django_assert_num_queries(5):
        response = client.get("/mein-verein/")
    assert response.content.decode().count("wartet seit") == count
