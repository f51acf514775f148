import factory

from offenbach_portal.core.publication import Status
from offenbach_portal.pages.models import Page

from .base import GermanModelFactory


class PageFactory(GermanModelFactory):
    """A published page; `title`, `lead` and `body` are German."""

    class Meta:
        model = Page

    slug = factory.Sequence(lambda n: f"seite-{n}")
    title = factory.Sequence(lambda n: f"Seite {n}")
    status = Status.PUBLISHED
