"""CSV/JSON import and export of organisations (django-import-export).

One resource serves the open-data export (/vereine/export.csv) and the admin's
import and export, so that an exported file can be imported again. It holds the
public fields only: the internal contact is in no column, so it can neither
leak through an export nor be overwritten by an import. Rows are matched by
`slug`; a row whose slug is new creates an organisation."""

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.formats.base_formats import CSV

from .models import District, Language, Organisation

TRANSLATED_COLUMNS = [f"{name}_{code}" for name in ("origin", "description") for code, _label in settings.LANGUAGES]
PUBLIC_COLUMNS = [
    "slug",
    "name",
    "short_name",
    "kind",
    "status",
    "languages",
    "district",
    *TRANSLATED_COLUMNS,
    "founded_year",
    "email",
    "phone",
    "website",
    "street",
    "postcode",
    "city",
]


# A cell starting with one of these is a formula to Excel and LibreOffice
# (=HYPERLINK(…) can send the reader's data elsewhere; +49 … shows an error).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _neutralised(cell):
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def _restored(cell):
    return cell[1:] if isinstance(cell, str) and cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


class SpreadsheetSafeCSV(CSV):
    """CSV whose cells a spreadsheet shows as text: a cell that would start a
    formula gets a leading apostrophe on export (OWASP's advice against CSV
    injection), which the import takes off again, so that an exported file
    imports to the same values."""

    def export_data(self, dataset, **kwargs):
        for index, row in enumerate(dataset):
            dataset[index] = [_neutralised(cell) for cell in row]
        return super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        dataset = super().create_dataset(in_stream, **kwargs)
        for index, row in enumerate(dataset):
            dataset[index] = [_restored(cell) for cell in row]
        return dataset


class LanguageCodesWidget(widgets.ManyToManyWidget):
    """Languages as ISO codes, e.g. "de,tr,ar". Unknown codes are an error, not silently dropped."""

    def __init__(self):
        super().__init__(Language, separator=",", field="code")

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip().lower() for code in str(value or "").replace(";", ",").split(",") if code.strip()]
        languages = list(Language.objects.filter(code__in=codes))
        unknown = sorted(set(codes) - {language.code for language in languages})
        if unknown:
            raise ValueError(_("Unbekannte Sprachcodes: %(codes)s") % {"codes": ", ".join(unknown)})
        return languages

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(sorted(language.code for language in value.all()))


class DistrictWidget(widgets.ForeignKeyWidget):
    """A district by its name, e.g. "Nordend"."""

    def __init__(self):
        super().__init__(District, field="name")

    def clean(self, value, row=None, **kwargs):
        if not value or not str(value).strip():
            return None
        try:
            return District.objects.get(name=str(value).strip())
        except District.DoesNotExist:
            raise ValueError(_("Unbekannter Stadtteil „%(name)s“") % {"name": value}) from None


class YearWidget(widgets.IntegerWidget):
    """A year such as "1972"; anything else is a row error that says so."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except (ArithmeticError, ValueError):
            raise ValueError(_("„%(value)s“ ist keine Jahreszahl.") % {"value": value}) from None


class HistoryImportResource(resources.ModelResource):
    """An import that validates like the admin form and writes history: each
    imported row becomes an entry in the record's history, with the user.
    `untranslated_originals` names the plain fields that only mirror their
    German translation; they are not validated twice."""

    untranslated_originals = ()

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(exclude=[*errors, *self.untranslated_originals], validate_unique=validate_unique)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """An empty cell over an empty field changes nothing: the translations
        modeltranslation adds are NULL when empty, the file has "" there. Such
        a cell keeps the NULL, so that an unchanged row is reported as
        unchanged and writes no history."""
        if original is not None and original.pk is not None:
            for field in self.get_import_fields():
                attribute = field.attribute
                if attribute and "__" not in attribute and not isinstance(field.widget, widgets.ManyToManyWidget):
                    if getattr(instance, attribute, None) == "" and getattr(original, attribute, None) is None:
                        setattr(instance, attribute, None)
        return super().skip_row(instance, original, row, import_validation_errors=import_validation_errors)

    def import_row(self, row, instance_loader, **kwargs):
        if kwargs.get("dry_run"):
            return super().import_row(row, instance_loader, **kwargs)
        with reversion.create_revision(atomic=False):
            reversion.set_comment(_("CSV-Import"))
            user = kwargs.get("user")
            if user is not None and user.is_authenticated:
                reversion.set_user(user)
            return super().import_row(row, instance_loader, **kwargs)


class OrganisationResource(HistoryImportResource):
    untranslated_originals = ("description", "origin")
    languages = fields.Field(attribute="languages", column_name="languages", widget=LanguageCodesWidget())
    founded_year = fields.Field(attribute="founded_year", column_name="founded_year", widget=YearWidget())
    district = fields.Field(attribute="district", column_name="district", widget=DistrictWidget())
    offers = fields.Field(column_name="offers", readonly=True)
    url = fields.Field(column_name="url", readonly=True)

    class Meta:
        model = Organisation
        fields = [*PUBLIC_COLUMNS, "offers", "url"]
        export_order = [*PUBLIC_COLUMNS, "offers", "url"]
        import_id_fields = ["slug"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def __init__(self, base_url="", **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")

    def get_queryset(self):
        return Organisation.objects.select_related("district").prefetch_related("languages", "offers").order_by("name", "pk")

    def dehydrate_offers(self, organisation):
        """Export only: "Kategorie: Titel (Zeiten)", separated by " | ". Offers are edited in the admin."""
        parts = []
        for offer in organisation.offers.all():
            text = f"{offer.get_category_display()}: {offer.title}"
            parts.append(f"{text} ({offer.schedule})" if offer.schedule else text)
        return " | ".join(parts)

    def dehydrate_url(self, organisation):
        """Export only: the profile's address (absolute when the exporting view knows the host)."""
        return self.base_url + organisation.get_absolute_url()

    def before_import(self, dataset, **kwargs):
        self._row_of_slug = {}
        super().before_import(dataset, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        # Unknown language codes become a row error in the preview instead of
        # an exception after the row was saved.
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # A slug twice in one file would silently overwrite the first row with the second.
        slug, number = str(row.get("slug") or "").strip(), kwargs.get("row_number")
        first = self._row_of_slug.setdefault(slug, number) if slug else number
        if first != number:
            message = _("Die Adresse (Slug) „%(slug)s“ steht schon in Zeile %(row)s dieser Datei.") % {"slug": slug, "row": first}
            errors["slug"] = ValidationError(message, code="duplicate")
        if "languages" in row:
            try:
                self.fields["languages"].widget.clean(row["languages"])
            except ValueError as error:
                errors["languages"] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)
