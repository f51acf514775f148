"""One log line per request, with a request id.

`RequestIdMiddleware` (first in MIDDLEWARE) takes the id nginx sends in
`X-Request-ID` (its `$request_id`, also in nginx's access log) or makes one,
returns it in the response's `X-Request-ID` header and, when the response is
done, logs one line on the `portal.request` logger:

    request_id=4f1c… method=GET path=/vereine/ status=200 duration_ms=41

No address, no query string and no user: a search term or a token in a link
stays out of the log. `RequestIdFilter` (on the console handler in
settings.LOGGING) puts the id into every other record logged while the
request runs, so that a warning or an error can be matched to its request.
"""

import contextvars
import logging
import re
import time
import uuid

logger = logging.getLogger("portal.request")

_current = contextvars.ContextVar("portal_request_id", default="-")
# What we accept from the proxy: nginx's 32 hex digits, a UUID, or the like.
_VALID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def current_request_id():
    return _current.get()


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = _current.get()
        return True


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _VALID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _current.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request_id
            logger.info(
                "request_id=%s method=%s path=%s status=%s duration_ms=%d",
                request_id,
                request.method,
                request.path,
                response.status_code,
                (time.monotonic() - started) * 1000,
                extra={"request_id": request_id},
            )
            return response
        finally:
            _current.reset(token)
