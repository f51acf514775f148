"""Staff review of profile changes: approve (atomic, history, mail), reject
with a reason, conflicts with staff edits, and the admin pages."""

import io

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from PIL import Image
from reversion.models import Version

from orgs.models import District, Offer, Organisation, ProfileChange
from orgs.services import (
    ProfileChangeConflict,
    ProfileChangeNotPending,
    organisation_snapshot,
    profile_change_approve,
    profile_change_reject,
    profile_change_submit,
)
from tests.factories import StaffUserFactory, make_editor, make_organisation

pytestmark = pytest.mark.django_db

C = Offer.Category


def webp():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), "blue").save(buffer, "WEBP")
    return ContentFile(buffer.getvalue(), name="logo.webp")


@pytest.fixture
def greek():
    return make_organisation("Griechische Gemeinde", languages=["el", "de"], offers=[(C.CULTURE, "Tanzkurs"), (C.WOMEN, "Frauengruppe")])


@pytest.fixture
def editor(greek):
    return make_editor(greek, email="eleni@example.org")


@pytest.fixture
def reviewer():
    return StaffUserFactory(username="ilse")


def propose(organisation, user, logo=None, language="", **changes):
    data = organisation_snapshot(organisation)
    data.pop("logo")
    data.update(changes)
    data.setdefault("logo", "new" if logo else "keep")
    return profile_change_submit(organisation=organisation, user=user, data=data, logo=logo, language=language)


def offers_of(organisation):
    return [(offer.title_de, offer.category, sorted(offer.languages.values_list("code", flat=True))) for offer in organisation.offers.all()]


def test_approve_applies_everything(greek, editor, reviewer, django_capture_on_commit_callbacks):
    dance, _women = greek.offers.all()
    offers = [
        {"id": dance.pk, "title_de": "Tanzen", "schedule_de": "dienstags", "category": C.CULTURE, "languages": ["el"]},
        {"id": None, "title_de": "Chor", "schedule_de": "", "category": C.CULTURE, "languages": ["de", "el"]},
    ]
    change = propose(
        greek,
        editor,
        logo=webp(),
        description_de="Neu",
        description_uk="Нове",
        email="info@example.org",
        district="nordend",
        languages=["de", "el", "en"],
        founded_year=1972,
        offers=offers,
    )
    with django_capture_on_commit_callbacks(execute=True):
        profile_change_approve(change=change, reviewer=reviewer)
    greek = Organisation.objects.get(pk=greek.pk)
    assert (greek.description_de, greek.description_uk, greek.email, greek.founded_year) == ("Neu", "Нове", "info@example.org", 1972)
    assert greek.district == District.objects.get(slug="nordend")
    assert sorted(greek.languages.values_list("code", flat=True)) == ["de", "el", "en"]
    assert offers_of(greek) == [("Tanzen", C.CULTURE, ["el"]), ("Chor", C.CULTURE, ["de", "el"])]
    assert Offer.objects.get(pk=dance.pk).schedule_de == "dienstags"  # changed in place, not replaced
    assert greek.logo.name.endswith(".webp") and greek.logo_small and greek.logo_medium
    change.refresh_from_db()
    assert (change.state, change.reviewed_by) == (ProfileChange.State.APPROVED, reviewer)
    assert [message.to for message in mail.outbox] == [["eleni@example.org"]]
    assert "freigegeben" in mail.outbox[0].subject


def test_approve_records_submitter_and_reviewer_in_the_history(greek, editor, reviewer):
    change = propose(greek, editor, description_de="Neu")
    profile_change_approve(change=change, reviewer=reviewer)
    revision = Version.objects.get_for_object(greek).first().revision
    assert revision.user == reviewer
    assert revision.comment == f"Profiländerung von {editor.username}, freigegeben von ilse"
    assert Version.objects.get_for_object(greek).first().field_dict["description_de"] == "Neu"


def test_approve_touches_only_what_the_editor_changed(greek, editor, reviewer):
    change = propose(greek, editor, description_de="Neu")
    Organisation.objects.filter(pk=greek.pk).update(email="staff@example.org")  # staff, meanwhile, elsewhere
    profile_change_approve(change=change, reviewer=reviewer)
    greek.refresh_from_db()
    assert (greek.description_de, greek.email) == ("Neu", "staff@example.org")


def test_approval_failing_half_way_changes_nothing(greek, editor, reviewer, monkeypatch):
    offers = [{"id": None, "title_de": "Chor", "schedule_de": "", "category": C.CULTURE, "languages": []}]
    change = propose(greek, editor, description_de="Neu", languages=["en"], offers=offers)
    before = (greek.description_de, offers_of(greek), sorted(greek.languages.values_list("code", flat=True)))

    def broken_save(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Offer, "save", broken_save)
    with pytest.raises(RuntimeError):
        profile_change_approve(change=change, reviewer=reviewer)
    greek = Organisation.objects.get(pk=greek.pk)
    assert (greek.description_de, offers_of(greek), sorted(greek.languages.values_list("code", flat=True))) == before
    assert ProfileChange.objects.get(pk=change.pk).state == ProfileChange.State.PENDING
    assert mail.outbox == []


def test_conflict_refuses_approval_until_applied_anyway(greek, editor, reviewer):
    change = propose(greek, editor, description_de="Vom Verein", email="verein@example.org")
    greek.description_de = "Vom Büro"
    greek.save()
    with pytest.raises(ProfileChangeConflict) as conflict:
        profile_change_approve(change=change, reviewer=reviewer)
    assert conflict.value.fields == ["description_de"]
    assert Organisation.objects.get(pk=greek.pk).description_de == "Vom Büro"
    profile_change_approve(change=change, reviewer=reviewer, force=True)
    assert Organisation.objects.get(pk=greek.pk).description_de == "Vom Verein"


def test_offers_changed_by_staff_are_a_conflict(greek, editor, reviewer):
    data_offers = organisation_snapshot(greek)["offers"][:1]
    change = propose(greek, editor, offers=data_offers)
    greek.offers.last().delete()
    Offer.objects.create(organisation=greek, title_de="Vom Büro", category=C.OTHER)
    with pytest.raises(ProfileChangeConflict) as conflict:
        profile_change_approve(change=change, reviewer=reviewer)
    assert conflict.value.fields == ["offers"]


def test_reject_with_reason_mails_the_editor_in_their_language(greek, editor, reviewer, django_capture_on_commit_callbacks):
    change = propose(greek, editor, description_de="Neu", language="uk")
    with pytest.raises(ValueError):
        profile_change_reject(change=change, reviewer=reviewer, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        profile_change_reject(change=change, reviewer=reviewer, reason="Bitte ohne Werbung.")
    change.refresh_from_db()
    assert (change.state, change.reason) == (ProfileChange.State.REJECTED, "Bitte ohne Werbung.")
    assert Organisation.objects.get(pk=greek.pk).description_de != "Neu"
    assert len(mail.outbox) == 1
    assert "abgelehnt" in mail.outbox[0].subject
    assert "Bitte ohne Werbung." in mail.outbox[0].body
    assert "Причина: Bitte ohne Werbung." in mail.outbox[0].body
    with pytest.raises(ProfileChangeNotPending):
        profile_change_approve(change=change, reviewer=reviewer)


def test_failed_mail_keeps_the_decision(greek, editor, reviewer, settings, django_capture_on_commit_callbacks, monkeypatch):
    monkeypatch.setattr("django.core.mail.EmailMessage.send", lambda self, *a, **k: (_ for _ in ()).throw(OSError("smtp down")))
    change = propose(greek, editor, description_de="Neu")
    with django_capture_on_commit_callbacks(execute=True):
        profile_change_approve(change=change, reviewer=reviewer)
    assert ProfileChange.objects.get(pk=change.pk).state == ProfileChange.State.APPROVED


def test_one_pending_change_per_organisation(greek, editor):
    from django.db import IntegrityError, transaction

    propose(greek, editor, description_de="Eins")
    with pytest.raises(IntegrityError), transaction.atomic():
        ProfileChange.objects.create(organisation=greek, submitted_at=ProfileChange.objects.get().submitted_at)


# Admin


def admin_url(change=None):
    return f"/admin/orgs/profilechange/{change.pk}/change/" if change else "/admin/orgs/profilechange/"


def test_admin_list_shows_pending_by_default(client, greek, editor, reviewer):
    decided = propose(make_organisation("Andere"), make_editor(make_organisation("Andere 2")), description_de="x")
    profile_change_reject(change=decided, reviewer=reviewer, reason="nein")
    propose(greek, editor, description_de="Neu")
    client.force_login(reviewer)
    response = client.get(admin_url())
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [ProfileChange.objects.get(organisation=greek)]
    assert len(client.get(admin_url() + "?state=alle").context["cl"].result_list) == 2


def test_admin_index_counts_pending_changes(client, greek, editor, reviewer):
    propose(greek, editor, description_de="Neu")
    client.force_login(reviewer)
    content = client.get("/admin/").content.decode()
    assert "1 Profiländerung wartet auf Prüfung" in content


def test_admin_index_says_nothing_without_pending_changes(client, reviewer):
    client.force_login(reviewer)
    assert "auf Prüfung" not in client.get("/admin/").content.decode()


def test_review_page_compares_old_and_new(client, greek, editor, reviewer):
    dance, women = greek.offers.all()
    offers = [
        {"id": dance.pk, "title_de": "Tanzen", "schedule_de": "", "category": C.CULTURE, "languages": ["el"]},
        {"id": None, "title_de": "Chor", "schedule_de": "", "category": C.CULTURE, "languages": []},
    ]
    change = propose(greek, editor, logo=webp(), description_de="Ganz neu", offers=offers)
    client.force_login(reviewer)
    response = client.get(admin_url(change))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Beschreibung von Griechische Gemeinde." in content and "Ganz neu" in content
    states = [
        (offer["state"], offer["new"].split(" · ")[0] or offer["old"].split(" · ")[0]) for offer in response.context["comparison"]["offers"]
    ]
    assert states == [("changed", "Tanzen"), ("added", "Chor"), ("removed", "Frauengruppe")]
    assert 'src="data:image/webp;base64,' in content
    assert "Freigeben" in content and "Ablehnen" in content


def test_review_page_approves(client, greek, editor, reviewer):
    change = propose(greek, editor, description_de="Ganz neu")
    client.force_login(reviewer)
    response = client.post(admin_url(change), {"action": "approve"})
    assert response.status_code == 302
    assert Organisation.objects.get(pk=greek.pk).description_de == "Ganz neu"


def test_review_page_requires_a_reason_to_reject(client, greek, editor, reviewer):
    change = propose(greek, editor, description_de="Ganz neu")
    client.force_login(reviewer)
    response = client.post(admin_url(change), {"action": "reject", "reason": ""})
    assert response.status_code == 400
    assert "Bitte schreiben Sie eine Begründung" in response.content.decode()
    assert ProfileChange.objects.get(pk=change.pk).is_pending
    assert client.post(admin_url(change), {"action": "reject", "reason": "Nicht passend."}).status_code == 302
    assert ProfileChange.objects.get(pk=change.pk).state == ProfileChange.State.REJECTED


def test_review_page_shows_the_conflict_and_applies_only_when_told(client, greek, editor, reviewer):
    change = propose(greek, editor, description_de="Vom Verein")
    greek.description_de = "Vom Büro"
    greek.save()
    client.force_login(reviewer)
    response = client.post(admin_url(change), {"action": "approve"})
    assert response.status_code == 409
    assert "Konflikt" in response.content.decode()
    assert response.context["conflicts"] == ["Beschreibung (DE)"]
    assert Organisation.objects.get(pk=greek.pk).description_de == "Vom Büro"
    assert client.post(admin_url(change), {"action": "apply_anyway"}).status_code == 302
    assert Organisation.objects.get(pk=greek.pk).description_de == "Vom Verein"


def test_editors_and_staff_without_rights_cannot_review(client, greek, editor):
    change = propose(greek, editor, description_de="Neu")
    client.force_login(editor)
    assert client.post(admin_url(change), {"action": "approve"}).status_code == 302  # to the admin login
    client.force_login(StaffUserFactory(groups=[]))
    assert client.post(admin_url(change), {"action": "approve"}).status_code == 403
    assert ProfileChange.objects.get(pk=change.pk).is_pending


@pytest.mark.parametrize("count", [1, 30])
def test_admin_list_query_count_does_not_grow(client, reviewer, django_assert_num_queries, count):
    for number in range(count):
        organisation = make_organisation(f"Verein {number:02d}")
        propose(organisation, make_editor(organisation), description_de="x")
    client.force_login(reviewer)
    client.get(admin_url())  # warm caches (content types, permissions)
    with django_assert_num_queries(11):
        response = client.get(admin_url())
    assert response.context["cl"].result_count == count
