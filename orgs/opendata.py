"""The directory's dataset on /offene-daten/ (the exports are /vereine/export.csv|json)."""

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.opendata import Dataset, Distribution

from .selectors import export_queryset

FIELDS = (
    ("slug", _("Kennung in der Adresse des Profils")),
    ("name, short_name", _("Name und Kurzname")),
    ("kind", _("Art: verein, religion oder initiative")),
    ("languages", _("Sprachen als ISO-Codes, durch Kommas getrennt")),
    ("district", _("Stadtteil")),
    ("origin_*, description_*", _("Herkunft und Beschreibung in jeder Portalsprache (de, en, uk, ru)")),
    ("founded_year", _("Gründungsjahr")),
    ("email, phone, website", _("öffentliche Kontaktangaben")),
    ("street, postcode, city", _("Anschrift")),
    ("offers", _("regelmäßige Angebote")),
    ("url", _("Adresse des Profils")),
)


def _modified():
    return export_queryset().order_by().aggregate(latest=Max("updated_at"))["latest"]


DATASETS = [
    Dataset(
        key="organisations",
        title=_("Vereine und Initiativen in Offenbach"),
        description=_("Die veröffentlichten Einträge des Vereinsverzeichnisses mit Sprachen, Stadtteil, Kontakt und Angeboten."),
        landing_url_name="orgs:index",
        distributions=(
            Distribution("orgs:export-csv", "CSV", "text/csv"),
            Distribution("orgs:export-json", "JSON", "application/json"),
        ),
        fields=FIELDS,
        modified=_modified,
        keywords=("Integration", "Vereine", "Migrantenorganisationen"),
        order=10,
        supplied_by_organisations=True,
    )
]
