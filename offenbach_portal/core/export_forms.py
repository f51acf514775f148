"""The back office's export form (django-import-export) with the fields'
German names: the add-on labels the checkboxes with the column name in
English title case ("Short Name"); here they read "Kurzname (short_name)"."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from import_export.forms import SelectableFieldsExportForm


class NamedFieldsExportForm(SelectableFieldsExportForm):
    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        column = field.column_name if field else field_name
        try:
            model_field = resource._meta.model._meta.get_field(field.attribute if field and field.attribute else field_name)
        except FieldDoesNotExist:
            return column
        # A reverse relation (an organisation's offers) has no verbose_name: the related model's plural.
        name = getattr(model_field, "verbose_name", None) or model_field.related_model._meta.verbose_name_plural
        return f"{capfirst(name)} ({column})"
