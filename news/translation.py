from modeltranslation.translator import TranslationOptions, register

from .models import Article


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    """German is required; English, Ukrainian and Russian are optional and
    fall back to German (marked with lang="de" on the page)."""

    fields = ("title", "teaser", "body", "image_alt", "updated_note")
    required_languages = {"de": ("title", "teaser")}
