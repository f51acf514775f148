from modeltranslation.translator import TranslationOptions, register

from .models import FieldOfAction, FundingCall, Programme, ProgrammeEvent, Project, Publication


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "funder", "scope", "goals", "description")
    required_languages = {"de": ("name", "funder")}


@register(FieldOfAction)
class FieldOfActionTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"de": ("name",)}


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "period_note", "target_groups", "description", "results")
    required_languages = {"de": ("title",)}


@register(ProgrammeEvent)
class ProgrammeEventTranslationOptions(TranslationOptions):
    fields = ("title", "date_note", "place", "description", "participants")
    required_languages = {"de": ("title",)}


@register(Publication)
class PublicationTranslationOptions(TranslationOptions):
    fields = ("availability", "description")


@register(FundingCall)
class FundingCallTranslationOptions(TranslationOptions):
    fields = ("title", "eligibility")
    required_languages = {"de": ("title",)}
