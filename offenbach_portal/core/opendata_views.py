"""/offene-daten/ (a page in every language) and /offene-daten/catalog.jsonld
(the DCAT-AP.de catalogue for open-data portals), both drawn from the
datasets the apps registered in `core.opendata`."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from . import opendata


def _described(request):
    """The datasets with their distributions' absolute URLs and their last change."""
    site = request.build_absolute_uri("/").rstrip("/")
    described = []
    for dataset in opendata.datasets():
        described.append(
            {
                "dataset": dataset,
                "landing_url": site + reverse(dataset.landing_url_name),
                "distributions": [
                    {"format": dist.format, "media_type": dist.media_type, "url": site + reverse(dist.url_name)}
                    for dist in dataset.distributions
                ],
                "modified": dataset.last_modified(),
            }
        )
    return described


@require_safe
def open_data(request):
    return render(
        request,
        "core/open_data.html",
        {
            "datasets": _described(request),
            "licence": settings.OPEN_DATA_LICENCE,
            "publisher": settings.OPEN_DATA_PUBLISHER,
            "exception_note": opendata.EXCEPTION_NOTE,
        },
    )


@require_safe
def catalog(request):
    """DCAT-AP.de: a dcat:Catalog with one dcat:Dataset per registered dataset
    and one dcat:Distribution per download, each with dct:license."""
    site = request.build_absolute_uri("/").rstrip("/")
    licence = {"@id": settings.OPEN_DATA_LICENCE["dcat"]}
    publisher = {"@type": "foaf:Organization", "foaf:name": settings.OPEN_DATA_PUBLISHER}
    page = site + reverse("open-data")
    with translation.override("de"):
        datasets = []
        for entry in _described(request):
            dataset = entry["dataset"]
            datasets.append(
                {
                    "@id": f"{page}#{dataset.key}",
                    "@type": "dcat:Dataset",
                    "dct:identifier": f"{page}#{dataset.key}",
                    "dct:title": {"@value": str(dataset.title), "@language": "de"},
                    "dct:description": {"@value": str(dataset.description), "@language": "de"},
                    "dcat:keyword": list(dataset.keywords),
                    "dcat:landingPage": {"@id": entry["landing_url"]},
                    "dct:publisher": publisher,
                    "dct:license": licence,
                    **(
                        {
                            "dct:rights": {
                                "@type": "dct:RightsStatement",
                                "rdfs:label": {"@value": str(opendata.EXCEPTION_NOTE), "@language": "de"},
                            }
                        }
                        if dataset.licence_exception
                        else {}
                    ),
                    "dcatde:contributorID": {"@id": "http://dcat-ap.de/def/contributors/stadtOffenbachAmMain"},
                    "dct:accessRights": {"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"},
                    "dcat:theme": {"@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI"},
                    **({"dct:modified": {"@value": entry["modified"].isoformat(), "@type": "xsd:dateTime"}} if entry["modified"] else {}),
                    "dcat:distribution": [
                        {
                            "@id": dist["url"],
                            "@type": "dcat:Distribution",
                            "dct:title": {"@value": f"{dataset.title} ({dist['format']})", "@language": "de"},
                            "dcat:accessURL": {"@id": dist["url"]},
                            "dcat:downloadURL": {"@id": dist["url"]},
                            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{dist['media_type']}"},
                            "dct:format": {
                                "@id": f"http://publications.europa.eu/resource/authority/file-type/{dist['format'].upper() if dist['format'] != 'OParl' else 'JSON'}"
                            },
                            "dct:license": licence,
                        }
                        for dist in entry["distributions"]
                    ],
                }
            )
        payload = {
            "@context": {
                "dcat": "http://www.w3.org/ns/dcat#",
                "dct": "http://purl.org/dc/terms/",
                "dcatde": "http://dcat-ap.de/def/dcatde/",
                "foaf": "http://xmlns.com/foaf/0.1/",
                "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
            },
            "@id": site + reverse("open-data-catalog"),
            "@type": "dcat:Catalog",
            "dct:title": {"@value": "Offene Daten des Integrationsportals Offenbach", "@language": "de"},
            "dct:description": {
                "@value": "Vereine, Sitzungen und Tagesordnungspunkte des Kompetenzteams Integration, geförderte Projekte und die OParl-Schnittstelle.",
                "@language": "de",
            },
            "dct:publisher": publisher,
            "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
            "foaf:homepage": {"@id": page},
            "dct:license": licence,
            "dcat:dataset": datasets,
        }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/ld+json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response
