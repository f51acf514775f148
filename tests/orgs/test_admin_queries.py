"""N+1 guard for the organisation's change page: its offer inline."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from orgs.models import Language, Offer
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


def _change_page_queries(admin_client, offers):
    organisation = make_organisation(
        f"Verein mit {offers}", languages=["de"], offers=[(Offer.Category.SPORT, f"Angebot {n}") for n in range(offers)]
    )
    for offer in organisation.offers.all():
        offer.languages.set(Language.objects.filter(code__in=["de", "ar", "tr"]))
    admin_client.get(f"/admin/orgs/organisation/{organisation.pk}/change/")  # session, permissions
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(f"/admin/orgs/organisation/{organisation.pk}/change/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_offer_inline_does_not_query_languages_per_offer(admin_client):
    one, _html = _change_page_queries(admin_client, 1)
    Offer.objects.all().delete()
    thirty, html = _change_page_queries(admin_client, 30)
    assert thirty == one
    arabic = Language.objects.get(code="ar").pk
    assert html.count(f'<option value="{arabic}" selected>Arabisch</option>') == 30
