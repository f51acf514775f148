"""Editorial page texts kept as files: one per page and language.

`content/<slug>.<language>.html` holds a small YAML header between two `---`
lines (slug, title, lead) and the HTML body below it:

    ---
    slug: impressum
    title: Impressum
    lead: Anbieterin dieses Portals ist die Stadt Offenbach am Main.
    ---
    <p>…</p>

The body uses only the HTML that `offenbach_portal.core.richtext` keeps, so saving
it changes nothing but the `rel` added to links. `read_content()` turns the
files into one dict per page with the modeltranslation fields of `Page`
(`title_de`, `lead_en`, `body_uk`, …); `load_demo` creates the pages from it."""

from pathlib import Path

from django.conf import settings

from offenbach_portal.core.datafiles import YAMLError, parse_yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
SUFFIX = ".html"
DELIMITER = "---"
HEADER_FIELDS = {"slug", "title", "lead"}


class ContentFileError(ValueError):
    """A content file that cannot be read as a page text; the message names the file."""


def _split(path, text):
    lines = text.splitlines()
    if not lines or lines[0].rstrip() != DELIMITER:
        raise ContentFileError(f"{path.name}: die Datei beginnt nicht mit einem Kopf zwischen »{DELIMITER}«-Zeilen.")
    try:
        end = next(number for number, line in enumerate(lines[1:], start=1) if line.rstrip() == DELIMITER)
    except StopIteration:
        raise ContentFileError(f"{path.name}: der Kopf wird nicht mit einer »{DELIMITER}«-Zeile geschlossen.") from None
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1 :]).strip()


def _header(path, source):
    try:
        header = parse_yaml(source)
    except YAMLError as exc:
        raise ContentFileError(f"{path.name}: der Kopf ist kein gültiges YAML ({exc}).") from exc
    if not isinstance(header, dict):
        raise ContentFileError(f"{path.name}: der Kopf muss slug, title und lead angeben.")
    missing = sorted(HEADER_FIELDS - set(header))
    unknown = sorted(str(key) for key in set(header) - HEADER_FIELDS)
    if missing or unknown:
        raise ContentFileError(f"{path.name}: im Kopf fehlt {missing or '–'}, unbekannt ist {unknown or '–'}.")
    for field in sorted(HEADER_FIELDS):
        if not isinstance(header[field], str):
            raise ContentFileError(f"{path.name}: »{field}« im Kopf muss Text sein.")
    return header


def read_file(path):
    """(slug, language, {"title": …, "lead": …, "body": …}) of one content file."""
    path = Path(path)
    if not path.name.endswith(SUFFIX) or path.name.count(".") != 2:
        raise ContentFileError(f"{path.name}: erwartet wird ein Name der Form <slug>.<sprache>{SUFFIX}.")
    slug, language = path.name[: -len(SUFFIX)].split(".")
    languages = [code for code, _name in settings.LANGUAGES]
    if language not in languages:
        raise ContentFileError(f"{path.name}: unbekannte Sprache »{language}«, erlaubt sind {', '.join(languages)}.")
    header_source, body = _split(path, path.read_text(encoding="utf-8"))
    header = _header(path, header_source)
    if header["slug"] != slug:
        raise ContentFileError(f"{path.name}: der Kopf nennt den slug »{header['slug']}«, der Dateiname »{slug}«.")
    return slug, language, {"title": header["title"].strip(), "lead": header["lead"].strip(), "body": body}


def read_content(directory=CONTENT_DIR):
    """One dict per page, ordered by slug: {"slug": …, "title_de": …, "lead_en": …, "body_uk": …}."""
    pages = {}
    for path in sorted(Path(directory).iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        slug, language, texts = read_file(path)
        page = pages.setdefault(slug, {"slug": slug})
        page.update({f"{field}_{language}": value for field, value in texts.items()})
    return [pages[slug] for slug in sorted(pages)]
