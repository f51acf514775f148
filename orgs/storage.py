"""Where proposed logos wait for review: outside MEDIA_ROOT (under
`PRIVATE_MEDIA_ROOT`), so that nobody can fetch an unapproved image by its
address. The member area's preview and the admin's comparison show such a
logo inline (a `data:` image) to those who may see it."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class ProfileChangeStorage(FileSystemStorage):
    """A file system storage without a URL; its location is read on every
    use, so that tests (and a changed setting) point it elsewhere."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.BASE_DIR) / "private-media")

    @property
    def location(self):
        return str(self.base_location.resolve())

    def url(self, name):
        raise ValueError("Proposed logos have no public URL.")
