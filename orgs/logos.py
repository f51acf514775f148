"""Organisation logos: checked by content, then re-encoded without metadata and
served in sized variants.

A logo is refused when it is larger than 2 MB, when it is an SVG (SVG can carry
scripts), when Pillow does not read it as PNG, JPEG or WebP, or when it has more
than 25 megapixels (this also refuses decompression bombs: Pillow's own bomb
error and warning are turned into the same refusal). An accepted logo is
decoded, turned upright, stripped of EXIF/XMP/ICC data and stored as WebP in
three sizes: at most 1200 px (the stored "logo"), 480 px and 160 px wide."""

import io
import os
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 25_000_000
LOGO_FORMATS = ("PNG", "JPEG", "WEBP")
LOGO_MASTER_SIZE = 1200
LOGO_VARIANTS = {"logo_small": 160, "logo_medium": 480}

LOGO_HELP = _(
    "PNG, JPEG oder WebP, höchstens 2 MB und 25 Megapixel; kein SVG. "
    "Das Bild wird neu gespeichert (ohne Metadaten) und in passenden Größen ausgeliefert."
)


def _looks_like_svg(name, head):
    if os.path.splitext(name or "")[1].lower() in {".svg", ".svgz"}:
        return True
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<?xml", b"<svg")) or b"<svg" in text[:1024]


def open_logo(upload):
    """Read an uploaded logo and return the decoded Pillow image, or raise a
    ValidationError that says why it was refused."""
    name = os.path.basename(getattr(upload, "name", "") or "")
    size = getattr(upload, "size", None)
    if size is not None and size > LOGO_MAX_BYTES:
        raise ValidationError(
            _("Die Datei „%(name)s“ ist %(size)s groß; ein Logo darf höchstens %(max)s groß sein."),
            code="logo_size",
            params={"name": name, "size": filesizeformat(size), "max": filesizeformat(LOGO_MAX_BYTES)},
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if _looks_like_svg(name, head):
        raise ValidationError(
            _("SVG-Dateien sind als Logo nicht erlaubt. Bitte laden Sie das Logo als PNG, JPEG oder WebP hoch."),
            code="logo_svg",
        )
    too_many_pixels = ValidationError(
        _("Das Bild „%(name)s“ hat zu viele Bildpunkte; erlaubt sind höchstens 25 Megapixel."),
        code="logo_pixels",
        params={"name": name},
    )
    not_an_image = ValidationError(
        _("„%(name)s“ ist kein lesbares PNG-, JPEG- oder WebP-Bild."),
        code="logo_type",
        params={"name": name},
    )
    with warnings.catch_warnings():
        # Pillow warns above Image.MAX_IMAGE_PIXELS and raises above twice that;
        # both are a refusal here, never a crash.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(upload, formats=LOGO_FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
            raise not_an_image from None
        width, height = image.size
        if width * height > LOGO_MAX_PIXELS:
            raise too_many_pixels
        try:
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_many_pixels from None
        except (OSError, ValueError, SyntaxError, EOFError):
            raise not_an_image from None
    upload.seek(0)
    return image


def validate_logo(value):
    """Field validator. A logo already stored (and so already re-encoded) is
    not read again."""
    if not value or getattr(value, "_committed", False):
        return
    open_logo(value)


def _clean_copy(image):
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha else "RGB")
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean  # a fresh image: no EXIF, XMP or ICC data travels along


def _encode(image):
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=90, method=4)
    return ContentFile(buffer.getvalue())


def _resized(image, width):
    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def webp_copy(upload, max_size):
    """The uploaded image checked like a logo (`open_logo`), turned upright,
    stripped of metadata, scaled down to at most `max_size` px and encoded as
    WebP: for other apps' images (article pictures), not only logos."""
    image = _clean_copy(open_logo(upload))
    image.thumbnail((max_size, max_size), Image.Resampling.LANCZOS)
    return _encode(image)


def process_logo(organisation):
    """Re-encode the newly uploaded logo of `organisation` and fill the sized
    variants. Called from Organisation.save() before the row is written."""
    image = _clean_copy(open_logo(organisation.logo.file))
    base = slugify(organisation.slug or organisation.name)[:60] or "logo"
    master = image.copy()
    master.thumbnail((LOGO_MASTER_SIZE, LOGO_MASTER_SIZE), Image.Resampling.LANCZOS)
    organisation.logo.save(f"{base}.webp", _encode(master), save=False)
    for field, width in LOGO_VARIANTS.items():
        getattr(organisation, field).save(f"{base}-{width}.webp", _encode(_resized(image, width)), save=False)
