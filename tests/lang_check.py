"""Find German fallback text that is not marked as German.

`unmarked(html, marker)` parses a page and returns every text (and every
`content` of a `<meta>`) that contains `marker` but whose nearest `lang`
(on the element itself or an ancestor) is not "de"."""

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _LangParser(HTMLParser):
    def __init__(self, marker):
        super().__init__(convert_charrefs=True)
        self.marker = marker
        self.stack = []  # (tag, lang)
        self.found = []

    def _lang(self):
        for _tag, lang in reversed(self.stack):
            if lang:
                return lang
        return None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        if tag == "meta":
            content = attrs.get("content") or ""
            if self.marker in content and (lang or self._lang()) != "de":
                self.found.append(f"<meta content={content!r}>")
        for name in ("title", "aria-label", "alt"):
            value = attrs.get(name) or ""
            if self.marker in value and (lang or self._lang()) != "de":
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.marker in data and self._lang() != "de":
            self.found.append(f"{'/'.join(tag for tag, _lang in self.stack[-3:])}: {data.strip()[:80]!r}")


def unmarked(html, marker):
    parser = _LangParser(marker)
    parser.feed(html)
    parser.close()
    return parser.found
