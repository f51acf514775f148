"""NUL bytes, control characters and broken UTF-8 anywhere in the path or
query answer 400 before any view runs, the admin included."""

import pytest

from tests.factories import PASSWORD, StaffUserFactory

pytestmark = pytest.mark.django_db

INVALID = [
    "/vereine/%00/",
    "/vereine/a%01b/",
    "/%00",
    "/en/kontakt/%1b/",
    "/suche/?q=a%00b",
    "/barriere-melden/?seite=/a%00b",
    "/uk/suche/?q=%7f",
    "/suche/?q=%ff%fe",
    "/vereine/?sprache=%00&stadtteil=nordend",
    "/aktuelles/?kategorie%00=x",
    "/healthz?%00",
    "/admin/%00",
    "/admin/orgs/organisation/%00/change/",
    "/admin/orgs/organisation/?q=%00",
    "/admin/orgs/organisation/?o=1%00",
    "/admin/orgs/organisation/export/?format=%00",
]


@pytest.mark.parametrize("address", INVALID)
def test_invalid_character_answers_400_before_any_view(client, address, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(address)
    assert response.status_code == 400
    html = response.content.decode()
    assert '<h1 class="kern-heading-x-large">Ungültige Anfrage' in html
    assert "\x00" not in html


@pytest.mark.parametrize("address", ["/admin/orgs/organisation/%00/change/", "/admin/orgs/organisation/?q=%00"])
def test_invalid_character_answers_400_to_staff_too(client, address):
    StaffUserFactory(username="buero")
    assert client.post("/admin/login/", {"username": "buero", "password": PASSWORD}).status_code == 302
    assert client.get(address).status_code == 400
    assert client.post(address, {"name": "x"}).status_code == 400


def test_invalid_character_in_a_post_answers_400(client):
    assert client.post("/kontakt/%00/", {"message": "Hallo"}).status_code == 400
    assert client.post("/kontakt/?seite=%00", {"message": "Hallo"}).status_code == 400


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/suche/?q=Stra%C3%9Fe+und+Platz", 200),
        ("/suche/?q=a%09b%0Ac", 200),
        ("/uk/suche/?q=%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0", 200),
        ("/vereine/?q=%F0%9F%99%82", 200),
        ("/vereine/%E2%9C%93/", 404),
    ],
)
def test_valid_unicode_and_whitespace_pass(client, address, status):
    assert client.get(address).status_code == status
