"""The portal's web fonts: which Fira Sans faces and subsets it serves.

`build_fonts` (run by `make assets`) writes them to settings.WEBFONTS_DIR,
which the static files finder serves under `fonts/`. The base template
links `fonts/fira-sans.css` and preloads the faces of the first screen."""

import logging
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language

SOURCE_DIR = Path(settings.BASE_DIR) / "node_modules" / "@kern-ux" / "native" / "dist" / "fonts" / "fira-sans"
FAMILY = "Fira Sans"
STYLESHEET = "fira-sans.css"

# The weights KERN UX's typography tokens use: body and subtle labels (400),
# balanced headings and sublines (500), headings, labels and strong text (600).
WEIGHTS = {400: "FiraSans-Regular.woff2", 500: "FiraSans-Medium.woff2", 600: "FiraSans-SemiBold.woff2"}

# Subsets by script, as the browser picks them through `unicode-range`.
# Latin covers German and English with typographic punctuation (German
# quotes, dashes, the euro sign, the non-breaking spaces) and the Ukrainian
# apostrophe ʼ (U+02BC); Latin Extended the names of organisations in Turkish,
# Polish, Croatian, Romanian and other languages written in Latin letters;
# Cyrillic Ukrainian and Russian with № (U+2116).
SUBSETS = {
    "latin": [
        (0x0000, 0x00FF),
        (0x0131, 0x0131),
        (0x0152, 0x0153),
        (0x02BB, 0x02BC),
        (0x02C6, 0x02C6),
        (0x02DA, 0x02DA),
        (0x02DC, 0x02DC),
        (0x2000, 0x206F),
        (0x20AC, 0x20AC),
        (0x2122, 0x2122),
        (0x2190, 0x2193),
        (0x2212, 0x2215),
        (0xFEFF, 0xFEFF),
        (0xFFFD, 0xFFFD),
    ],
    "latin-ext": [
        (0x0100, 0x0130),
        (0x0132, 0x0151),
        (0x0154, 0x024F),
        (0x0259, 0x0259),
        (0x1E00, 0x1EFF),
        (0x20A0, 0x20AB),
        (0x20AD, 0x20C0),
    ],
    "cyrillic": [
        (0x0400, 0x045F),
        (0x0490, 0x0491),
        (0x04B0, 0x04B1),
        (0x2116, 0x2116),
    ],
}

# The script a language's text is written in, for the preload of the first screen.
LANGUAGE_SUBSET = {"de": "latin", "en": "latin", "uk": "cyrillic", "ru": "cyrillic"}
# The faces the first screen shows in every language: body text and headings.
PRELOAD_WEIGHTS = (400, 600)


def source_files():
    return list(WEIGHTS.values())


def file_name(subset, weight):
    return f"fira-sans-{subset}-{weight}.woff2"


def codepoints(subset):
    return {cp for start, end in SUBSETS[subset] for cp in range(start, end + 1)}


def unicode_range(subset):
    return ", ".join(f"U+{start:04X}" if start == end else f"U+{start:04X}-{end:04X}" for start, end in SUBSETS[subset])


def stylesheet():
    """The @font-face rules: one per subset and weight."""
    rules = []
    for subset in SUBSETS:
        for weight in WEIGHTS:
            rules.append(
                "@font-face {\n"
                f'  font-family: "{FAMILY}";\n'
                "  font-style: normal;\n"
                f"  font-weight: {weight};\n"
                "  font-display: swap;\n"
                f'  src: url("{file_name(subset, weight)}") format("woff2");\n'
                f"  unicode-range: {unicode_range(subset)};\n"
                "}\n"
            )
    return "/* Built by `manage.py build_fonts` from KERN UX's Fira Sans (SIL Open Font License). */\n" + "\n".join(rules)


def build(*, source, output):
    """Write every subset face and the stylesheet; returns the paths written."""
    from fontTools import subset as fontsubset  # only needed when building

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # it reports every glyph it keeps
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for weight, name in WEIGHTS.items():
        for subset in SUBSETS:
            options = fontsubset.Options()
            options.flavor = "woff2"
            options.layout_features = ["kern", "liga", "calt", "locl", "tnum", "lnum", "case"]
            options.name_IDs = ["*"]
            options.notdef_outline = True
            font = fontsubset.load_font(str(source / name), options)
            subsetter = fontsubset.Subsetter(options)
            subsetter.populate(unicodes=codepoints(subset))
            subsetter.subset(font)
            target = output / file_name(subset, weight)
            fontsubset.save_font(font, str(target), options)
            written.append(target)
    css = output / STYLESHEET
    css.write_text(stylesheet(), encoding="utf-8")
    written.append(css)
    return written


def preload_urls(language=None):
    """The static URLs of the faces to preload for a page in `language`."""
    subset = LANGUAGE_SUBSET.get(language or get_language() or settings.LANGUAGE_CODE, "latin")
    return [static(f"fonts/{file_name(subset, weight)}") for weight in PRELOAD_WEIGHTS]
