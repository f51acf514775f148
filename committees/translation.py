from modeltranslation.translator import TranslationOptions, register

from .models import AgendaItem, Chair, Committee, Meeting, MeetingDocument, Membership, TopicArea


@register(Committee)
class CommitteeTranslationOptions(TranslationOptions):
    fields = ("name", "purpose")
    required_languages = {"de": ("name",)}


@register(Chair)
class ChairTranslationOptions(TranslationOptions):
    fields = ("role", "note")
    required_languages = {"de": ("role",)}


@register(Membership)
class MembershipTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(TopicArea)
class TopicAreaTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"de": ("name",)}


@register(Meeting)
class MeetingTranslationOptions(TranslationOptions):
    fields = ("title", "date_note", "summary", "results")
    required_languages = {"de": ("title",)}


@register(AgendaItem)
class AgendaItemTranslationOptions(TranslationOptions):
    fields = ("title", "description", "result")
    required_languages = {"de": ("title",)}


@register(MeetingDocument)
class MeetingDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = {"de": ("title",)}
