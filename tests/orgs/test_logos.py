import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from orgs.logos import validate_logo
from orgs.models import Organisation
from tests.factories import make_organisation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def image_bytes(format, size=(800, 400), mode="RGB", **save):
    colour = {"1": 0, "RGBA": (32, 68, 170, 128)}.get(mode, "#2044aa")
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, format, **save)
    return buffer.getvalue()


def forged_png(width, height):
    """A PNG header claiming `width` x `height` pixels, with almost no data behind it."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b"")


def refusal(name, content):
    with pytest.raises(ValidationError) as error:
        validate_logo(SimpleUploadedFile(name, content))
    return error.value.code, error.value.messages[0]


def test_logo_refuses_svg():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert refusal("logo.svg", svg) == (
        "logo_svg",
        "SVG-Dateien sind als Logo nicht erlaubt. Bitte laden Sie das Logo als PNG, JPEG oder WebP hoch.",
    )


def test_logo_refuses_svg_named_png():
    svg = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'
    assert refusal("logo.png", svg)[0] == "logo_svg"


@pytest.mark.parametrize(
    "name, content",
    [
        ("logo.gif", image_bytes("GIF")),
        ("logo.png", image_bytes("GIF")),
        ("logo.bmp", image_bytes("BMP")),
        ("logo.png", b"Das ist kein Bild, nur Text."),
        ("logo.png", image_bytes("PNG")[:60]),
        ("logo.jpg", image_bytes("JPEG")[:200]),
    ],
    ids=["gif", "gif-named-png", "bmp", "text", "truncated-png", "truncated-jpeg"],
)
def test_logo_refuses_what_is_not_a_png_jpeg_or_webp_image(name, content):
    assert refusal(name, content) == ("logo_type", f"„{name}“ ist kein lesbares PNG-, JPEG- oder WebP-Bild.")


def test_logo_refuses_files_over_2_mb():
    content = image_bytes("PNG") + b"\x00" * (2 * 1024 * 1024)
    code, message = refusal("gross.png", content)
    assert code == "logo_size"
    assert message == "Die Datei „gross.png“ ist 2,0\xa0MB groß; ein Logo darf höchstens 2,0\xa0MB groß sein."


def test_logo_refuses_more_than_25_megapixels():
    content = image_bytes("PNG", size=(5001, 5000), mode="1")
    assert len(content) < 2 * 1024 * 1024
    assert refusal("riesig.png", content) == (
        "logo_pixels",
        "Das Bild „riesig.png“ hat zu viele Bildpunkte; erlaubt sind höchstens 25 Megapixel.",
    )


@pytest.mark.parametrize("width, height", [(10_000, 10_000), (100_000, 100_000)])
def test_logo_refuses_decompression_bombs(width, height):
    # 100 MP makes Pillow warn, 10,000 MP makes it raise; both are a refusal, not a crash.
    assert refusal("bombe.png", forged_png(width, height))[0] == "logo_pixels"


@pytest.mark.parametrize("format, name", [("PNG", "logo.png"), ("JPEG", "logo.jpg"), ("WEBP", "logo.webp")])
def test_logo_accepts_png_jpeg_and_webp(format, name):
    validate_logo(SimpleUploadedFile(name, image_bytes(format)))


def test_accepted_logo_is_reencoded_without_metadata_in_sized_variants():
    exif = Image.Exif()
    exif[0x010F] = "Kamerahersteller"  # Make
    exif[0x013B] = "Fotografin Privat"  # Artist
    original = image_bytes("JPEG", size=(1600, 800), exif=exif.tobytes())
    organisation = make_organisation("Logoverein", slug="logoverein")
    organisation.logo = SimpleUploadedFile("Foto vom Handy.jpg", original)
    organisation.full_clean()
    organisation.save()
    organisation.refresh_from_db()

    assert organisation.logo.name == "orgs/logos/logoverein.webp"
    stored = organisation.logo.read()
    assert stored != original
    assert b"Fotografin" not in stored and b"Kamerahersteller" not in stored
    sizes = {}
    for field in ["logo", "logo_medium", "logo_small"]:
        with Image.open(getattr(organisation, field).path) as image:
            assert image.format == "WEBP"
            assert dict(image.getexif()) == {}
            assert "icc_profile" not in image.info and "xmp" not in image.info
            sizes[field] = image.size
    assert sizes == {"logo": (1200, 600), "logo_medium": (480, 240), "logo_small": (160, 80)}


def test_small_logo_is_not_enlarged_and_keeps_transparency():
    organisation = make_organisation("Kleiner Verein", slug="kleiner-verein")
    organisation.logo = SimpleUploadedFile("klein.png", image_bytes("PNG", size=(120, 60), mode="RGBA"))
    organisation.save()
    with Image.open(organisation.logo_small.path) as image:
        assert image.size == (120, 60)
        assert image.mode == "RGBA"


def test_profile_and_card_show_sized_logo_with_alt_text(client):
    organisation = make_organisation("Logoverein", slug="logoverein")
    organisation.logo = SimpleUploadedFile("logo.png", image_bytes("PNG"))
    organisation.save()
    profile = client.get("/vereine/logoverein/").content.decode()
    card = client.get("/vereine/").content.decode()
    assert '<img class="orgs-profile__logo" src="/media/orgs/logos/logoverein-480.webp" alt="Logo von Logoverein">' in profile
    assert '<img class="orgs-card__logo" src="/media/orgs/logos/logoverein-160.webp" alt="Logo von Logoverein" loading="lazy">' in card


def test_removing_the_logo_removes_the_variants():
    organisation = make_organisation("Logoverein", slug="logoverein")
    organisation.logo = SimpleUploadedFile("logo.png", image_bytes("PNG"))
    organisation.save()
    organisation.logo = ""
    organisation.save()
    organisation.refresh_from_db()
    assert (organisation.logo.name, organisation.logo_small.name, organisation.logo_medium.name) == ("", "", "")


def _admin_post(admin_client, logo):
    data = {
        "name": "Neuer Verein",
        "slug": "neuer-verein",
        "kind": "verein",
        "description_de": "Text",
        "city": "Offenbach am Main",
        "status": "entwurf",
        "logo": logo,
        "offers-TOTAL_FORMS": "0",
        "offers-INITIAL_FORMS": "0",
        "offers-MIN_NUM_FORMS": "0",
        "offers-MAX_NUM_FORMS": "1000",
        "people-TOTAL_FORMS": "0",
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "1000",
    }
    return admin_client.post("/admin/orgs/organisation/add/", data)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("logo.svg", b"<svg></svg>", "SVG-Dateien sind als Logo nicht erlaubt."),
        ("gross.png", image_bytes("PNG") + b"\x00" * (2 * 1024 * 1024), "ein Logo darf höchstens 2,0\xa0MB groß sein."),
        ("riesig.png", image_bytes("PNG", size=(5001, 5000), mode="1"), "erlaubt sind höchstens 25 Megapixel."),
        ("bombe.png", forged_png(100_000, 100_000), "erlaubt sind höchstens 25 Megapixel."),
        ("logo.gif", image_bytes("GIF"), "ist kein lesbares PNG-, JPEG- oder WebP-Bild."),
    ],
    ids=["svg", "over-2-mb", "over-25-megapixels", "decompression-bomb", "gif"],
)
def test_admin_shows_logo_refusal_as_a_form_error(admin_client, name, content, message):
    response = _admin_post(admin_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["logo"]
    assert message in errors["logo"][0]
    assert not Organisation.objects.filter(slug="neuer-verein").exists()


def test_admin_accepts_and_reencodes_a_logo(admin_client):
    response = _admin_post(admin_client, SimpleUploadedFile("logo.jpg", image_bytes("JPEG")))
    assert response.status_code == 302
    organisation = Organisation.objects.get(slug="neuer-verein")
    assert organisation.logo.name == "orgs/logos/neuer-verein.webp"
    assert organisation.logo_small.name == "orgs/logos/neuer-verein-160.webp"
