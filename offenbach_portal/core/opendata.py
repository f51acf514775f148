"""The open-data registry: what /offene-daten/ lists and the DCAT-AP.de
catalogue (/offene-daten/catalog.jsonld) offers for harvesting.

Each app describes its datasets from its `AppConfig.ready()`:

    opendata.register(Dataset(key="meetings", title=_("Sitzungen"), ...))

A dataset has a landing page, its distributions (a URL name and a format),
its fields with a description each, and a function returning when it last
changed (one query). Core names no app: the apps fill the registry."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

EXCEPTION_NOTE = _(
    "Ausgenommen von der Lizenz sind Texte, Logos und Kontaktangaben, die Organisationen für ihre eigenen Einträge "
    "geliefert haben: Die Rechte daran liegen bei den Organisationen."
)

_datasets = {}


@dataclass(frozen=True)
class Distribution:
    url_name: str
    format: str  # "CSV", "JSON", "OParl"
    media_type: str


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str
    description: str
    landing_url_name: str
    distributions: tuple
    fields: tuple = ()  # (name, description) pairs
    modified: object = None  # callable returning an aware datetime or None
    keywords: tuple = ()
    order: int = 100
    # Holds texts or logos that organisations supplied for their own entries:
    # excepted from the licence when OPEN_DATA_EXCEPT_ORGANISATION_CONTENT is on.
    supplied_by_organisations: bool = False
    extra: dict = field(default_factory=dict)

    def last_modified(self):
        return self.modified() if self.modified else None

    @property
    def licence_exception(self):
        return self.supplied_by_organisations and settings.OPEN_DATA_EXCEPT_ORGANISATION_CONTENT


def register(dataset):
    _datasets[dataset.key] = dataset


def datasets():
    return sorted(_datasets.values(), key=lambda dataset: (dataset.order, dataset.key))


def distribution(url_name):
    """The registered dataset that offers `url_name` as a download, or None."""
    for dataset in _datasets.values():
        if any(dist.url_name == url_name for dist in dataset.distributions):
            return dataset
    return None


def licence_link():
    """The `Link` header value that states the licence of a download (RFC 8288, rel="license")."""
    return f'<{settings.OPEN_DATA_LICENCE["url"]}>; rel="license"'


def base_url(request):
    """The site's absolute address as the client asked for it, without the
    trailing slash: the prefix of every URL in a download."""
    return request.build_absolute_uri("/").rstrip("/")


def open_data_headers(response, filename):
    """What every open-data download answers with: shown in the browser under
    `filename`, and readable by scripts on other sites (CORS)."""
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
