"""Parts of an editorial page that come from data, not from its text.

The cookie list of the privacy notice, the values of the rate limit and of
the retention periods (from settings), the open-data licence in the
Impressum, the known barriers in the accessibility statement: written into
the text they would drift from what the code does. A page's text names the
place of such a block with a paragraph of its own,

    <p>[[cookies]]</p>

and `{% page_body page %}` renders the registered block there (in the
visitor's language). An app registers a block from its `AppConfig.ready()`:

    blocks.register("cookies", cookie_block)

where `cookie_block(request)` returns `{"template": …, "context": {…}}` or
None (nothing shown), at a constant number of queries. A marker that names
no registered block shows nothing."""

import re

_blocks = {}

MARKER = re.compile(r"<p>\s*\[\[([a-z0-9-]+)\]\]\s*</p>")


def register(name, func):
    _blocks[name] = func


def unregister(name):
    _blocks.pop(name, None)


def names():
    return sorted(_blocks)


def split(html):
    """The text cut at its markers: [("html", "<p>…</p>"), ("block", "cookies"), …]."""
    parts = []
    position = 0
    for match in MARKER.finditer(html or ""):
        if html[position : match.start()].strip():
            parts.append(("html", html[position : match.start()].strip()))
        parts.append(("block", match.group(1)))
        position = match.end()
    if (html or "")[position:].strip():
        parts.append(("html", html[position:].strip()))
    return parts


def render(name, request):
    func = _blocks.get(name)
    return func(request) if func else None
