"""A new logo between the profile form and "Zur Prüfung senden".

A file input cannot be carried from the form to the preview and back, and
asking the editor to choose the file again on every step is error-prone on
a phone. So the upload is checked exactly as in the directory
(`logos.open_logo`: size, no SVG, PNG/JPEG/WebP, pixels), re-encoded as WebP
without metadata, and kept under a random name in the private storage of
proposed logos (`profile-changes/held/`, never served by the web server).
Only its name travels on, inside the signed payload (bound to the
organisation and the editor), so nobody can point the form at another file.
Sending moves it into the pending change. The preview shows it inline as a
`data:` image. Held files older than two days are worthless (the payload
has expired) and `purge_held_logos` removes them."""

import base64
import time
import uuid

from django.core.files.base import ContentFile

from .logos import LOGO_MASTER_SIZE, webp_copy
from .storage import ProfileChangeStorage

HELD_DIR = "profile-changes/held/"
HELD_MAX_AGE = 2 * 24 * 3600


def hold_logo(upload):
    """Check, re-encode and keep the upload; return its held name."""
    return ProfileChangeStorage().save(f"{HELD_DIR}{uuid.uuid4().hex}.webp", webp_copy(upload, LOGO_MASTER_SIZE))


def _is_held(name):
    return isinstance(name, str) and name.startswith(HELD_DIR) and "/" not in name[len(HELD_DIR) :] and ".." not in name


def read_held_logo(name):
    """The held logo as a ContentFile, or None when it is gone."""
    storage = ProfileChangeStorage()
    if not _is_held(name) or not storage.exists(name):
        return None
    with storage.open(name, "rb") as held:
        return ContentFile(held.read(), name="logo.webp")


def discard_held_logo(name):
    if _is_held(name):
        ProfileChangeStorage().delete(name)


def logo_data_uri(name):
    """A stored WebP (held or proposed) as a `data:` image for the preview and the review page."""
    storage = ProfileChangeStorage()
    if not name or not storage.exists(name):
        return ""
    with storage.open(name, "rb") as stored:
        return "data:image/webp;base64," + base64.b64encode(stored.read()).decode("ascii")


def purge_held_logos(max_age=HELD_MAX_AGE, *, now=None):
    """Remove held logos older than `max_age` seconds at `now` (default: the
    current time); returns how many."""
    current = now.timestamp() if now is not None else time.time()
    storage = ProfileChangeStorage()
    if not storage.exists(HELD_DIR):
        return 0
    _dirs, files = storage.listdir(HELD_DIR)
    removed = 0
    for filename in files:
        name = HELD_DIR + filename
        if current - storage.get_modified_time(name).timestamp() > max_age:
            storage.delete(name)
            removed += 1
    return removed


def held_logos_task(*, now):
    """The daily retention task (`core.maintenance`)."""
    return f"{purge_held_logos(HELD_MAX_AGE, now=now)} vorgehaltene Logos gelöscht."
