"""Organisation editors come from invitations: staff invite a person to an
organisation (admin action or the button on its page), and when the person
accepts, `accounts` sends `invitation_accepted`; this module binds the
account to the organisation. The demo's editors take the same path
(`add_editor`)."""

from .models import Organisation, OrganisationEditor


def add_editor(*, organisation, user):
    """Bind `user` to `organisation` as an editor of its profile; an existing
    link stays as it is. Returns the link."""
    link, _created = OrganisationEditor.objects.get_or_create(organisation=organisation, user=user)
    return link


def on_invitation_accepted(sender, invitation, user, **kwargs):
    if isinstance(invitation.target, Organisation):
        add_editor(organisation=invitation.target, user=user)
