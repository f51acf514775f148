"""The cookies the portal can set, as data (`cookies.yaml`): the privacy
notice renders the list and a test compares it with the cookies really set.
A cookie's name and lifetime come from settings; an app that sets a cookie
of its own registers it from its `AppConfig.ready()` with `register(...)`."""

from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

import yaml
from django.conf import settings
from django.utils import timezone, translation
from django.utils.timesince import timeuntil

DATA_FILE = Path(__file__).resolve().parent / "cookies.yaml"

_registered = []


@dataclass(frozen=True)
class Cookie:
    who: dict  # language → text
    purpose: dict  # language → text
    name: str = ""
    name_setting: str = ""
    age_setting: str | None = None

    @property
    def cookie_name(self):
        return getattr(settings, self.name_setting) if self.name_setting else self.name

    @property
    def max_age(self):
        """Seconds, or None for a cookie that ends with the browser session."""
        return getattr(settings, self.age_setting) if self.age_setting else None

    def text(self, field):
        texts = getattr(self, field)
        return texts.get(translation.get_language()) or texts[settings.LANGUAGE_CODE]

    def text_is_fallback(self, field):
        return not getattr(self, field).get(translation.get_language())


@cache
def _from_file():
    return tuple(Cookie(**entry) for entry in yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")))


def register(cookie):
    if cookie not in _registered:
        _registered.append(cookie)


def cookies():
    return [*_from_file(), *_registered]


def names():
    return {cookie.cookie_name for cookie in cookies()}


def lifetime(seconds):
    """„1 Jahr“, „8 Stunden“ in the active language (Django's own catalogue)."""
    now = timezone.now()
    return timeuntil(now + timedelta(seconds=seconds), now, depth=1)
