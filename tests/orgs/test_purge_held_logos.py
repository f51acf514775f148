"""`manage.py purge_held_logos` removes preview logos older than two days and
keeps younger ones."""

import io
import os
import time

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image

from orgs.held_logos import HELD_MAX_AGE, hold_logo, read_held_logo
from orgs.storage import ProfileChangeStorage


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def test_old_held_logos_go_young_ones_stay():
    old, young = hold_logo(png()), hold_logo(png())
    storage = ProfileChangeStorage()
    past = time.time() - HELD_MAX_AGE - 60
    os.utime(storage.path(old), (past, past))
    out = io.StringIO()
    call_command("purge_held_logos", stdout=out)
    assert out.getvalue().strip() == "1 vorgehaltene Logos gelöscht."
    assert read_held_logo(old) is None
    assert read_held_logo(young) is not None
