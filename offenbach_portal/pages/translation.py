from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityStatement, KnownBarrier, Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = ("de",)


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("scope", "method_details", "unit")
    required_languages = ("de",)


@register(KnownBarrier)
class KnownBarrierTranslationOptions(TranslationOptions):
    fields = ("title", "reason", "alternative", "measure")
    required_languages = ("de",)
