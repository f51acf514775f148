"""Every request gets an id (X-Request-ID) and exactly one log line."""

import logging
import re

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from offenbach_portal.core.request_log import RequestIdFilter, RequestIdMiddleware, current_request_id

pytestmark = pytest.mark.django_db

HEX32 = re.compile(r"^[0-9a-f]{32}$")


def request_lines(caplog):
    return [record for record in caplog.records if record.name == "portal.request"]


def test_a_request_gets_an_id_and_one_log_line(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.request"):
        response = client.get("/healthz?geheim=suchbegriff")
    request_id = response["X-Request-ID"]
    assert HEX32.match(request_id)
    lines = request_lines(caplog)
    assert len(lines) == 1
    assert re.fullmatch(f"request_id={request_id} method=GET path=/healthz status=200 duration_ms=[0-9]+", lines[0].getMessage())
    assert "suchbegriff" not in lines[0].getMessage()
    assert lines[0].request_id == request_id


def test_the_id_from_the_proxy_is_kept(client, caplog):
    with caplog.at_level(logging.INFO, logger="portal.request"):
        response = client.get("/gibt-es-nicht/", headers={"X-Request-ID": "0123456789abcdef0123456789abcdef"})
    assert response.status_code == 404
    assert response["X-Request-ID"] == "0123456789abcdef0123456789abcdef"
    assert (
        request_lines(caplog)[0]
        .getMessage()
        .startswith("request_id=0123456789abcdef0123456789abcdef method=GET path=/gibt-es-nicht/ status=404 ")
    )


@pytest.mark.parametrize("sent", ["kurz", "a" * 65, "abc def ghi jkl", "id\nFAKE log line"])
def test_an_unusable_id_from_outside_is_replaced(client, sent):
    response = client.get("/healthz", headers={"X-Request-ID": sent})
    assert HEX32.match(response["X-Request-ID"])


def test_records_logged_during_the_request_carry_its_id():
    seen = []

    def view(request):
        record = logging.LogRecord("portal.test", logging.WARNING, __file__, 1, "inside", None, None)
        RequestIdFilter().filter(record)
        seen.append((record.request_id, request.request_id, current_request_id()))
        return HttpResponse("ok")

    response = RequestIdMiddleware(view)(RequestFactory().get("/", HTTP_X_REQUEST_ID="abcdef0123456789"))
    assert seen == [("abcdef0123456789", "abcdef0123456789", "abcdef0123456789")]
    assert response["X-Request-ID"] == "abcdef0123456789"
    assert current_request_id() == "-"  # reset after the request
