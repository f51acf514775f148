"""Permissions-Policy and Cross-Origin-Resource-Policy on every answer."""

import pytest

from offenbach_portal.core.middleware import PERMISSIONS_POLICY

pytestmark = pytest.mark.django_db


def test_permissions_policy_switches_off_what_the_portal_never_uses():
    assert PERMISSIONS_POLICY == (
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), "
        "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
    )


@pytest.mark.parametrize(
    ("address", "status"),
    [
        ("/", 200),
        ("/en/vereine/", 200),
        ("/gibt-es-nicht/", 404),
        ("/vereine/%00/", 400),
        ("/admin/login/", 200),
        ("/robots.txt", 200),
        ("/healthz", 200),
    ],
)
def test_every_answer_has_both_headers(client, address, status):
    response = client.get(address)
    assert response.status_code == status
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.parametrize("address", ["/oparl/v1/", "/vereine/export.csv", "/vereine/export.json"])
def test_what_is_open_to_every_origin_may_be_loaded_cross_origin(client, address):
    response = client.get(address)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
