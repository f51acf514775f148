"""Where publication PDFs and guidelines live: outside MEDIA_ROOT, so that a
file of an unpublished publication or call is never handed out by the web
server. The download views check that the entry is visible."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class ProgrammeDocumentStorage(FileSystemStorage):
    """A file system storage without a URL under `PRIVATE_MEDIA_ROOT/programmes`,
    its location read on every use (tests point it elsewhere)."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        root = getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.BASE_DIR) / "private-media"
        return Path(root) / "programmes"

    @property
    def location(self):
        return str(self.base_location.resolve())

    def url(self, name):
        raise ValueError("Programme documents have no public URL; link to the download view instead.")
