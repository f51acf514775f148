"""History for every editable model (django-reversion), in every language.

Models register with `@reversion.register()` as usual. reversion fixes the
list of stored fields when the model is registered, i.e. when models.py is
imported, before modeltranslation adds `title_de`, `title_en` …; left alone
it would keep only `title`, which mirrors the current language, and a
restore would lose the other languages. `include_translated_fields()` runs
once all apps are loaded and re-registers every translated model with its
per-language fields added."""

import reversion
from django.conf import settings
from modeltranslation.translator import translator
from reversion.revisions import _get_options


def include_translated_fields():
    languages = [code for code, _name in settings.LANGUAGES]
    translated_models = set(translator.get_registered_models())
    for model in list(reversion.get_registered_models()):
        if model not in translated_models:
            continue
        options = _get_options(model)
        translated = translator.get_options_for_model(model).get_field_names()
        # The untranslated `title` only mirrors the active language: store the
        # per-language fields instead, so that a restore cannot cross languages.
        fields = [name for name in options.fields if name not in translated]
        fields += [f"{name}_{code}" for name in translated for code in languages if f"{name}_{code}" not in fields]
        reversion.unregister(model)
        reversion.register(
            model,
            fields=fields,
            follow=options.follow,
            format=options.format,
            for_concrete_model=options.for_concrete_model,
            ignore_duplicates=options.ignore_duplicates,
            use_natural_foreign_keys=options.use_natural_foreign_keys,
        )
