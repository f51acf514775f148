"""CSV/JSON import and export of projects (django-import-export).

One resource serves the open-data export (/projekte/export.csv) and the
admin's import and export, so that an exported file imports again. It holds
public fields only. Programme, sponsor and partners are named by their slugs,
fields of action by their numbers within the project's programme. Cells that
a spreadsheet would read as a formula are neutralised as in the directory
export (orgs.resources.SpreadsheetSafeCSV)."""

from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, widgets

from orgs.models import Organisation
from orgs.resources import HistoryImportResource, SpreadsheetSafeCSV

from .models import FieldOfAction, Programme, Project

__all__ = ["ProjectResource", "SpreadsheetSafeCSV", "PUBLIC_COLUMNS"]

TRANSLATED = ("title", "target_groups", "period_note", "description", "results")
TRANSLATED_COLUMNS = [f"{name}_{code}" for name in TRANSLATED for code, _label in settings.LANGUAGES]
PUBLIC_COLUMNS = [
    "slug",
    "programme",
    "fields_of_action",
    "sponsor",
    "partners",
    "start_year",
    "end_year",
    "funding_amount",
    "state",
    "status",
    "is_sample",
    *TRANSLATED_COLUMNS,
]
EXPORT_ONLY = ["sponsor_type", "url"]


def _codes(value):
    return [part.strip() for part in str(value or "").replace(";", ",").split(",") if part.strip()]


class SlugWidget(widgets.ForeignKeyWidget):
    """A programme or organisation by its slug; an unknown slug is a row error."""

    def __init__(self, model, label):
        super().__init__(model, field="slug")
        self.label = label

    def clean(self, value, row=None, **kwargs):
        slug = str(value or "").strip()
        if not slug:
            return None
        obj = self.model.objects.filter(slug=slug).first()
        if obj is None:
            raise ValueError(_("Unbekannte Adresse (Slug) „%(slug)s“ bei „%(label)s“") % {"slug": slug, "label": self.label})
        return obj


class PartnersWidget(widgets.ManyToManyWidget):
    def __init__(self):
        super().__init__(Organisation, separator=",", field="slug")

    def clean(self, value, row=None, **kwargs):
        slugs = _codes(value)
        organisations = list(Organisation.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {organisation.slug for organisation in organisations})
        if unknown:
            raise ValueError(_("Unbekannte Organisationen: %(slugs)s") % {"slugs": ", ".join(unknown)})
        return organisations

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else ",".join(sorted(organisation.slug for organisation in value.all()))


class FieldNumbersWidget(widgets.ManyToManyWidget):
    """The project's fields of action as their numbers, e.g. "1,3"."""

    def __init__(self):
        super().__init__(FieldOfAction, separator=",", field="number")

    def clean(self, value, row=None, **kwargs):
        numbers = _codes(value)
        if not all(number.isdigit() for number in numbers):
            raise ValueError(_("Handlungsfelder sind als Nummern anzugeben, z. B. „1,3“."))
        programme_slug = str((row or {}).get("programme") or "").strip()
        found = list(FieldOfAction.objects.filter(programme__slug=programme_slug, number__in=[int(n) for n in numbers]))
        unknown = sorted({int(n) for n in numbers} - {field.number for field in found})
        if unknown:
            raise ValueError(
                _("Das Programm hat keine Handlungsfelder mit den Nummern %(numbers)s.") % {"numbers": ", ".join(str(n) for n in unknown)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else ",".join(str(field.number) for field in sorted(value.all(), key=lambda f: f.number))


class AmountWidget(widgets.Widget):
    """An amount as "1234.50" in every language (open data is read by programs);
    a decimal comma is accepted on import, an empty cell means „not known“."""

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip().replace(" ", "").replace("€", "")
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValueError(_("„%(value)s“ ist kein Betrag.") % {"value": value}) from None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else f"{value:.2f}"


class ProjectResource(HistoryImportResource):
    untranslated_originals = TRANSLATED
    funding_amount = fields.Field(attribute="funding_amount", column_name="funding_amount", widget=AmountWidget())
    programme = fields.Field(attribute="programme", column_name="programme", widget=SlugWidget(Programme, "programme"))
    sponsor = fields.Field(attribute="sponsor", column_name="sponsor", widget=SlugWidget(Organisation, "sponsor"))
    partners = fields.Field(attribute="partners", column_name="partners", widget=PartnersWidget())
    fields_of_action = fields.Field(attribute="fields_of_action", column_name="fields_of_action", widget=FieldNumbersWidget())
    sponsor_type = fields.Field(column_name="sponsor_type", readonly=True)
    url = fields.Field(column_name="url", readonly=True)

    class Meta:
        model = Project
        fields = [*PUBLIC_COLUMNS, *EXPORT_ONLY]
        export_order = [*PUBLIC_COLUMNS, *EXPORT_ONLY]
        import_id_fields = ["slug"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def __init__(self, base_url="", **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")

    def get_queryset(self):
        return Project.objects.select_related("programme", "sponsor").prefetch_related("partners", "fields_of_action").order_by("slug")

    def dehydrate_sponsor_type(self, project):
        return project.sponsor_type

    def dehydrate_url(self, project):
        return self.base_url + project.get_absolute_url()

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in ("partners", "fields_of_action"):
            if name in row:
                try:
                    self.fields[name].widget.clean(row[name], row=row)
                except ValueError as error:
                    errors[name] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)
