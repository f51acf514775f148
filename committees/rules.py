"""Who may see what of the committee. One predicate per rule, used by views and tests."""

MEMBERS_GROUP = "Kompetenzteam-Mitglieder"


def can_see_member_documents(user):
    """Staff and the accounts in the group „Kompetenzteam-Mitglieder“ (created by a
    migration; there are no organisation accounts yet)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_staff or user.groups.filter(name=MEMBERS_GROUP).exists()


def can_download_document(user, document):
    return document.is_public or can_see_member_documents(user)
