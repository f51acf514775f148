"""Open data of the Kompetenzteam: its published meetings and their agenda
items (topics, presenters, results) as CSV and JSON, beside the directory's
and the projects' exports, and the datasets it adds to /offene-daten/.

The CSV is written with the directory's formula-safe writer
(`orgs.resources.SpreadsheetSafeCSV`): UTF-8 with BOM, comma-separated."""

import json

import tablib
from django.db.models import Max, Prefetch
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from offenbach_portal.core import opendata
from offenbach_portal.core.opendata import Dataset, Distribution
from orgs.models import Person
from orgs.resources import SpreadsheetSafeCSV

from .models import AgendaItem, TopicArea
from .oparl.sources import plain_text
from .selectors import published_meetings

MEETING_FIELDS = (
    ("number", _("laufende Nummer der Sitzung")),
    ("title", _("Schwerpunkt der Sitzung")),
    ("date", _("Datum (JJJJ-MM-TT); bei älteren Sitzungen ohne bekannten Tag ein Näherungswert")),
    ("date_is_approximate", _("true, wenn der genaue Tag nicht bekannt ist")),
    ("date_note", _("Zeitangabe, wenn der Tag nicht bekannt ist")),
    ("start_time", _("Beginn (HH:MM, Ortszeit Offenbach)")),
    ("end_time", _("Ende (HH:MM)")),
    ("state", _("Stand: geplant, eingeladen, durchgefuehrt oder abgesagt")),
    ("is_online", _("true bei einer Videokonferenz")),
    ("place_name", _("Ort")),
    ("place_address", _("Anschrift des Orts")),
    ("topic_areas", _("Themenfelder der Tagesordnung, durch „; “ getrennt")),
    ("agenda_items", _("Anzahl der Tagesordnungspunkte")),
    ("url", _("Adresse der Sitzungsseite")),
)

AGENDA_ITEM_FIELDS = (
    ("meeting_number", _("Nummer der Sitzung")),
    ("meeting_date", _("Datum der Sitzung")),
    ("order", _("Reihenfolge auf der Tagesordnung")),
    ("label", _("Bezeichnung, z. B. „TOP 1“")),
    ("title", _("Titel des Tagesordnungspunkts")),
    ("topic_areas", _("Themenfelder, durch „; “ getrennt")),
    ("presenters", _("Vortragende mit öffentlicher Funktion, durch „; “ getrennt")),
    ("result", _("Ergebnis als Text")),
    ("url", _("Adresse des Tagesordnungspunkts auf der Sitzungsseite")),
)


def _topics():
    return Prefetch("topic_areas", queryset=TopicArea.objects.order_by("order", "name"))


def export_meetings():
    items = AgendaItem.objects.only("pk", "meeting_id", "order").prefetch_related(_topics())
    return published_meetings().order_by("number").prefetch_related(Prefetch("agenda_items", queryset=items))


def export_agenda_items():
    return (
        AgendaItem.objects.filter(meeting__in=published_meetings())
        .select_related("meeting")
        .prefetch_related(_topics(), Prefetch("presenters", queryset=Person.objects.order_by("name")))
        .order_by("meeting__number", "order", "pk")
    )


def meeting_row(meeting, base_url):
    topics = []
    for item in meeting.agenda_items.all():
        topics += [topic.name for topic in item.topic_areas.all() if topic.name not in topics]
    return {
        "number": meeting.number,
        "title": meeting.title,
        "date": meeting.date.isoformat(),
        "date_is_approximate": meeting.date_is_approximate,
        "date_note": meeting.date_note or "",
        "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else "",
        "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else "",
        "state": meeting.state,
        "is_online": meeting.is_online,
        "place_name": meeting.place_name,
        "place_address": meeting.place_address,
        "topic_areas": "; ".join(topics),
        "agenda_items": len(meeting.agenda_items.all()),
        "url": base_url + meeting.get_absolute_url(),
    }


def agenda_item_row(item, base_url):
    presenters = [f"{person.name} ({person.role})" if person.role else person.name for person in item.presenters.all()]
    return {
        "meeting_number": item.meeting.number,
        "meeting_date": item.meeting.date.isoformat(),
        "order": item.order,
        "label": item.display_label,
        "title": item.title,
        "topic_areas": "; ".join(topic.name for topic in item.topic_areas.all()),
        "presenters": "; ".join(presenters),
        "result": plain_text(item.result),
        "url": base_url + item.get_absolute_url(),
    }


def _rows(kind, request):
    base_url = opendata.base_url(request)
    with translation.override("de"):
        if kind == "meetings":
            return [meeting_row(meeting, base_url) for meeting in export_meetings()], MEETING_FIELDS
        return [agenda_item_row(item, base_url) for item in export_agenda_items()], AGENDA_ITEM_FIELDS


FILENAMES = {"meetings": "kompetenzteam-sitzungen", "agenda-items": "kompetenzteam-tagesordnungspunkte"}


@require_safe
def export_csv(request, kind):
    rows, fields = _rows(kind, request)
    dataset = tablib.Dataset(headers=[name for name, _description in fields])
    for row in rows:
        dataset.append([row[name] for name, _description in fields])
    response = HttpResponse("\ufeff" + SpreadsheetSafeCSV().export_data(dataset), content_type="text/csv; charset=utf-8")
    return opendata.open_data_headers(response, FILENAMES[kind] + ".csv")


@require_safe
def export_json(request, kind):
    rows, _fields = _rows(kind, request)
    payload = {
        "source": opendata.base_url(request) + reverse("committees:archive"),
        "generated_at": timezone.now().isoformat(),
        "count": len(rows),
        kind.replace("-", "_"): rows,
    }
    response = HttpResponse(json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    return opendata.open_data_headers(response, FILENAMES[kind] + ".json")


def _meetings_modified():
    return published_meetings().aggregate(latest=Max("updated_at"))["latest"]


def _agenda_items_modified():
    return AgendaItem.objects.filter(meeting__in=published_meetings()).aggregate(latest=Max("updated_at"))["latest"]


def _oparl_modified():
    return max(filter(None, [_meetings_modified(), _agenda_items_modified()]), default=None)


DATASETS = [
    Dataset(
        key="meetings",
        title=_("Sitzungen des Kompetenzteams Integration"),
        description=_("Alle veröffentlichten Sitzungen mit Nummer, Datum, Ort, Stand und Themenfeldern."),
        landing_url_name="committees:archive",
        distributions=(
            Distribution("committees:export-meetings-csv", "CSV", "text/csv"),
            Distribution("committees:export-meetings-json", "JSON", "application/json"),
        ),
        fields=MEETING_FIELDS,
        modified=_meetings_modified,
        keywords=("Integration", "Kompetenzteam", "Sitzungen"),
        order=20,
    ),
    Dataset(
        key="agenda-items",
        title=_("Tagesordnungspunkte des Kompetenzteams Integration"),
        description=_("Die Tagesordnungspunkte der veröffentlichten Sitzungen mit Themenfeldern, Vortragenden und Ergebnissen."),
        landing_url_name="committees:archive",
        distributions=(
            Distribution("committees:export-agenda-items-csv", "CSV", "text/csv"),
            Distribution("committees:export-agenda-items-json", "JSON", "application/json"),
        ),
        fields=AGENDA_ITEM_FIELDS,
        modified=_agenda_items_modified,
        keywords=("Integration", "Kompetenzteam", "Tagesordnung"),
        order=30,
    ),
    Dataset(
        key="oparl",
        title=_("OParl-Schnittstelle des Kompetenzteams Integration"),
        description=_(
            "Sitzungen, Tagesordnungspunkte, Dokumente, Mitgliedschaften und Vorsitz nach dem Standard OParl 1.1, "
            "für Ratsinformations-Apps und Archive; mit Abgleich über modified_since."
        ),
        landing_url_name="committees:index",
        distributions=(Distribution("oparl:system", "OParl", "application/json"),),
        fields=(
            ("system", _("Einstieg: das System mit der Liste der Körperschaften")),
            ("meeting, agendaItem, file", _("Sitzungen, Tagesordnungspunkte und öffentliche Dokumente")),
            ("organization, membership, person", _("Kompetenzteam, Mitgliedsorganisationen, Vorsitz und Vortragende")),
        ),
        modified=_oparl_modified,
        keywords=("OParl", "Ratsinformation"),
        order=40,
    ),
]
