"""The funded projects' dataset on /offene-daten/ (the exports are /projekte/export.csv|json)."""

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.opendata import Dataset, Distribution

from .selectors import published_projects

FIELDS = (
    ("slug", _("Kennung in der Adresse der Projektseite")),
    ("programme", _("Programm (MRI oder WIR)")),
    ("fields_of_action", _("Nummern der Handlungsfelder")),
    ("sponsor, sponsor_type, partners", _("Träger, Art des Trägers und Partner")),
    ("start_year, end_year, period_note_*", _("Laufzeit")),
    ("funding_amount", _("Fördersumme in Euro")),
    ("state", _("Stand des Projekts")),
    ("title_*, target_groups_*, description_*, results_*", _("Titel, Zielgruppen, Beschreibung und Ergebnisse in jeder Portalsprache")),
    ("url", _("Adresse der Projektseite")),
)


def _modified():
    return published_projects().order_by().aggregate(latest=Max("updated_at"))["latest"]


DATASETS = [
    Dataset(
        key="projects",
        title=_("Geförderte Projekte (MRI und WIR)"),
        description=_("Die veröffentlichten Projekte der Förderprogramme mit Trägern, Laufzeit, Fördersumme und Handlungsfeldern."),
        landing_url_name="programmes:projects",
        distributions=(
            Distribution("programmes:export-csv", "CSV", "text/csv"),
            Distribution("programmes:export-json", "JSON", "application/json"),
        ),
        fields=FIELDS,
        modified=_modified,
        keywords=("Integration", "Förderung", "Projekte"),
        order=50,
    )
]
