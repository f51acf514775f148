"""Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache and Gebärdensprache
cannot be deleted: not in the admin, not by the bulk action, not in code."""

import re

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from offenbach_portal.pages.models import FIXED_SLUGS, Page
from tests.factories import PageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(username="chefin", superuser=True))
    return client


@pytest.mark.parametrize("slug", FIXED_SLUGS)
def test_admin_offers_no_deletion_of_a_fixed_page(staff_client, slug):
    page = PageFactory(slug=slug)
    change = staff_client.get(reverse("admin:pages_page_change", args=[page.pk])).content.decode()
    assert reverse("admin:pages_page_delete", args=[page.pk]) not in change
    assert staff_client.post(reverse("admin:pages_page_delete", args=[page.pk]), {"post": "yes"}).status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_admin_keeps_the_slug_of_a_fixed_page(staff_client):
    page = PageFactory(slug="impressum")
    response = staff_client.get(reverse("admin:pages_page_change", args=[page.pk]))
    assert 'name="slug"' not in response.content.decode()


def test_admin_deletes_an_ordinary_page(staff_client):
    page = PageFactory(slug="sommerfest")
    response = staff_client.post(reverse("admin:pages_page_delete", args=[page.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()


def test_bulk_deletion_with_a_fixed_page_deletes_nothing(staff_client):
    fixed, ordinary = PageFactory(slug="datenschutz", title="Datenschutz"), PageFactory(slug="sommerfest")
    response = staff_client.post(
        reverse("admin:pages_page_changelist"),
        {"action": "delete_selected", "_selected_action": [fixed.pk, ordinary.pk], "post": "yes"},
    )
    assert response.status_code == 200
    assert "<li>Seite: Datenschutz</li>" in response.content.decode(), re.findall(r"<li>.*?</li>", response.content.decode())
    assert sorted(Page.objects.values_list("slug", flat=True)) == ["datenschutz", "sommerfest"]


def test_model_and_queryset_refuse_to_delete_a_fixed_page():
    page = PageFactory(slug="barrierefreiheit")
    with pytest.raises(ProtectedError):
        page.delete()
    page.slug = "umbenannt"
    with pytest.raises(ProtectedError):
        page.delete()
    with pytest.raises(ProtectedError):
        Page.objects.all().delete()
    assert Page.objects.filter(slug="barrierefreiheit").exists()
    PageFactory(slug="sommerfest").delete()
    assert list(Page.objects.values_list("slug", flat=True)) == ["barrierefreiheit"]
