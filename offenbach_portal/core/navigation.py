"""The main navigation. Each app adds its entry from its `AppConfig.ready()`:

    navigation.register("news:index", _("Aktuelles"), order=10)

A label that is a German name kept in every language (docs/glossary.md:
„Kompetenzteam Integration“) is registered with `lang="de"`: the link then
carries lang="de" on the pages in other languages, so that screen readers
pronounce it as German.

The header shows the entries sorted by `order`; the one whose address starts
the current path is marked active."""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NavEntry:
    url_name: str
    label: str
    order: int
    lang: str = ""

    @property
    def url(self):
        return reverse(self.url_name)


_entries = {}


def register(url_name, label, *, order, lang=""):
    _entries[url_name] = NavEntry(url_name, label, order, lang)


def entries():
    return sorted(_entries.values(), key=lambda entry: entry.order)
