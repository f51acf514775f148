from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from .models import ContactMessage


class ContactMessageAdminForm(forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["status", "note"]
        help_texts = {
            "status": _("Auf „beantwortet“ setzen, sobald die Nachricht erledigt ist. Geht auch direkt in der Liste."),
            "note": _("Nur für das Team sichtbar, z. B. wer sich kümmert oder was geantwortet wurde."),
        }


@admin.register(ContactMessage)
class ContactMessageAdmin(VersionAdmin):
    """Messages from the contact form and "Barriere melden". Staff answer by
    mail (the sender's address, if given) and set the status to "beantwortet"."""

    form = ContactMessageAdminForm
    list_display = ["created_at", "kind", "status", "page_link", "name", "email"]
    list_display_links = ["created_at"]
    list_editable = ["status"]
    list_filter = ["kind", "status", "language"]
    search_fields = ["message", "name", "email", "page_url", "note"]
    date_hierarchy = "created_at"
    readonly_fields = ["kind", "name", "email", "message", "page_url", "language", "created_at", "answered_at"]
    fieldsets = [
        (_("Nachricht"), {"fields": ["kind", "created_at", "page_url", "message", "language"]}),
        (_("Absender"), {"fields": ["name", "email"]}),
        (_("Bearbeitung"), {"fields": ["status", "answered_at", "note"]}),
    ]

    def has_add_permission(self, request):
        # Messages come from the website only.
        return False

    @admin.display(description=_("betroffene Seite"), ordering="page_url")
    def page_link(self, obj):
        # page_url is always a local path (see forms.local_path).
        return format_html('<a href="{}">{}</a>', obj.page_url, obj.page_url) if obj.page_url else "–"
