"""The whole sitemap as one text: the index /sitemap.xml and every section it lists."""

import re
from urllib.parse import urlsplit


def section_paths(client):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    paths = []
    for url in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        parts = urlsplit(url)
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


def whole_sitemap(client):
    sections = []
    for path in section_paths(client):
        response = client.get(path)
        assert response.status_code == 200, path
        sections.append(response.content.decode())
    return "\n".join(sections)
