"""Where meeting documents live: outside MEDIA_ROOT, so that neither the web
server nor Django's development media view can hand them out. The only way
to a document is the download view, which checks who is asking."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


def private_media_root():
    """`PRIVATE_MEDIA_ROOT` from the settings, else `private-media/` next to the project."""
    return Path(getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.BASE_DIR) / "private-media")


@deconstructible
class PrivateDocumentStorage(FileSystemStorage):
    """A file system storage without a URL. Its location is read on every use,
    so that tests (and a changed setting) point it elsewhere."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return private_media_root()

    @property
    def location(self):
        return str(self.base_location.resolve())

    def url(self, name):
        raise ValueError("Meeting documents have no public URL; link to the download view instead.")
