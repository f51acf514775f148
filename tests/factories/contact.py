import factory

from offenbach_portal.contact.models import ContactMessage

from .base import GermanModelFactory


class ContactMessageFactory(GermanModelFactory):
    """An open contact message (not a barrier report) without sender details."""

    class Meta:
        model = ContactMessage

    kind = ContactMessage.Kind.CONTACT
    message = factory.Sequence(lambda n: f"Nachricht {n}")
