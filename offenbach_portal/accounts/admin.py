"""The invitations in the back office: who was invited to what, and in what
state. Invitations are made from the thing they give rights on (the
organisation's page: "Person zum Bearbeiten einladen"); here staff resend or
revoke them. Locked logins are unlocked under "Axes › Zugriffsversuche"
(delete the entry), see docs/member-area.md."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from . import services
from .models import Invitation


@admin.register(Invitation)
class InvitationAdmin(VersionAdmin):
    list_display = ["email", "target_display", "state_display", "created_by", "created_at", "expires_at"]
    list_select_related = ["content_type", "created_by"]
    search_fields = ["email"]
    list_filter = ["content_type", "created_at"]
    date_hierarchy = "created_at"
    fields = [
        "email",
        "target_display",
        "state_display",
        "created_by",
        "created_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
        "revoked_at",
    ]
    readonly_fields = fields
    actions = ["resend", "revoke"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("target")

    def has_add_permission(self, request):
        return False  # invitations are made on the page of what they give rights on

    @admin.display(description=_("Ziel"))
    def target_display(self, obj):
        return str(obj.target) if obj.target is not None else "–"

    @admin.display(description=_("Stand"))
    def state_display(self, obj):
        return obj.get_state_display()

    @admin.action(description=_("Neu einladen (die alte Einladung wird zurückgezogen)"), permissions=["change"])
    def resend(self, request, queryset):
        count = 0
        for invitation in queryset:
            if invitation.target is not None and invitation.state != Invitation.State.USED:
                services.invitation_resend(invitation=invitation, invited_by=request.user, request=request)
                count += 1
        self.message_user(
            request, ngettext("%(count)d Einladung neu verschickt.", "%(count)d Einladungen neu verschickt.", count) % {"count": count}
        )

    @admin.action(description=_("Zurückziehen"), permissions=["change"])
    def revoke(self, request, queryset):
        count = 0
        for invitation in queryset:
            if invitation.state == Invitation.State.OPEN:
                services.invitation_revoke(invitation=invitation)
                count += 1
        self.message_user(
            request,
            ngettext("%(count)d Einladung zurückgezogen.", "%(count)d Einladungen zurückgezogen.", count) % {"count": count},
            messages.SUCCESS,
        )
