"""What every factory of the portal shares.

Translated fields (django-modeltranslation) are declared and given by their
plain name (`title="…"`) and stored in German (`title_de`), whatever language
an earlier request left active. `title_de="…"` wins over a plain `title`;
the other languages (`title_en="…"`) are stored as given."""

import functools

from django.utils import translation
from factory.django import DjangoModelFactory
from modeltranslation.translator import NotRegistered, translator


def translated_fields(model):
    try:
        return translator.get_options_for_model(model).get_field_names()
    except NotRegistered:
        return ()


class GermanModelFactory(DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for name in translated_fields(cls._meta.model):
            if name in kwargs:
                kwargs.setdefault(f"{name}_de", kwargs.pop(name))
        return kwargs

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override("de"):
            return super()._create(model_class, *args, **kwargs)


def reference(model, field, values):
    """Rows of reference data loaded by migrations (languages by code,
    districts by name), looked up, never created. Model instances pass through;
    an unknown key is an error, not silently dropped."""
    wanted = [value for value in values if not isinstance(value, model)]
    found = {getattr(row, field): row for row in model.objects.filter(**{f"{field}__in": wanted})}
    missing = [value for value in wanted if value not in found]
    if missing:
        raise model.DoesNotExist(f"{model.__name__} {field} not loaded by the migrations: {missing}")
    return [value if isinstance(value, model) else found[value] for value in values]


def in_german(function):
    """Run `function` with German active, so that plain translated field names
    (`title=`) land in German: for test data made without a factory."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with translation.override("de"):
            return function(*args, **kwargs)

    return wrapper
