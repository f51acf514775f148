from modeltranslation.translator import TranslationOptions, register

from .models import Language, Offer, Organisation


@register(Language)
class LanguageTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("de",)


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("origin", "description")
    required_languages = ("de",)


@register(Offer)
class OfferTranslationOptions(TranslationOptions):
    fields = ("title", "schedule")
    required_languages = ("de",)
