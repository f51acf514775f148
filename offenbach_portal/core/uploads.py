"""Checks for uploaded files: the type is read from the content, not trusted from the name."""

import os

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Leading bytes of the formats we accept, by file extension.
SIGNATURES = {
    "pdf": [(0, b"%PDF-")],
    "png": [(0, b"\x89PNG\r\n\x1a\n")],
    "jpg": [(0, b"\xff\xd8\xff")],
    "jpeg": [(0, b"\xff\xd8\xff")],
    "webp": [(8, b"WEBP")],
    "mp4": [(4, b"ftyp")],
    "m4v": [(4, b"ftyp")],
    "webm": [(0, b"\x1a\x45\xdf\xa3")],
    "vtt": [(0, b"WEBVTT"), (0, b"\xef\xbb\xbfWEBVTT")],
    # Office Open XML (docx, xlsx, pptx) and OpenDocument are zip containers.
    "docx": [(0, b"PK\x03\x04")],
    "xlsx": [(0, b"PK\x03\x04")],
    "pptx": [(0, b"PK\x03\x04")],
    "odt": [(0, b"PK\x03\x04")],
    "ods": [(0, b"PK\x03\x04")],
    "odp": [(0, b"PK\x03\x04")],
}

# What each accepted type is sent as.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "vtt": "text/vtt",
}

# The one list of document types the portal accepts for meeting documents,
# publications and guidelines: office formats and images, checked by content.
DOCUMENT_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "png", "jpg", "jpeg", "webp"]
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


def content_type_for(extension):
    """The media type a file with `extension` is sent as."""
    return CONTENT_TYPES.get(extension.lower(), "application/octet-stream")


@deconstructible
class FileCheck:
    """Refuse a file whose extension is not allowed, whose content does not match
    its extension, or which is larger than `max_bytes`."""

    def __init__(self, extensions, max_bytes):
        self.extensions = tuple(extensions)
        self.max_bytes = max_bytes

    def __call__(self, upload):
        ext = os.path.splitext(upload.name)[1].lower().lstrip(".")
        allowed = ", ".join(e.upper() for e in self.extensions)
        if ext not in self.extensions:
            raise ValidationError(
                _("Dateityp „%(ext)s“ ist nicht erlaubt. Erlaubt sind: %(allowed)s."),
                code="file_type",
                params={"ext": ext or "?", "allowed": allowed},
            )
        if upload.size > self.max_bytes:
            raise ValidationError(
                _("Die Datei ist %(size)s groß; erlaubt sind höchstens %(max)s."),
                code="file_size",
                params={"size": filesizeformat(upload.size), "max": filesizeformat(self.max_bytes)},
            )
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if not any(head[offset : offset + len(magic)] == magic for offset, magic in SIGNATURES[ext]):
            raise ValidationError(
                _("Der Inhalt der Datei passt nicht zu ihrer Endung „%(ext)s“."),
                code="file_content",
                params={"ext": ext},
            )

    def __eq__(self, other):
        return isinstance(other, FileCheck) and (self.extensions, self.max_bytes) == (other.extensions, other.max_bytes)
