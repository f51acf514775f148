"""The open-data registry: what /offene-daten/ lists and the DCAT-AP.de
catalogue (/offene-daten/catalog.jsonld) offers for harvesting.

Each app describes its datasets from its `AppConfig.ready()`:

    opendata.register(Dataset(key="meetings", title=_("Sitzungen"), ...))

A dataset has a landing page, its distributions (a URL name and a format),
its fields with a description each, and a function returning when it last
changed (one query). Core names no app: the apps fill the registry."""

from dataclasses import dataclass, field

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
    extra: dict = field(default_factory=dict)

    def last_modified(self):
        return self.modified() if self.modified else None


def register(dataset):
    _datasets[dataset.key] = dataset


def datasets():
    return sorted(_datasets.values(), key=lambda dataset: (dataset.order, dataset.key))


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
