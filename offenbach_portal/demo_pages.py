"""Demo texts of the editorial pages, in German, English, Ukrainian and Russian.

What only the city can supply (names, addresses, contacts) is marked as demo."""

PAGES = [
    {"slug": "startseite", "title_de": "Integration in Offenbach am Main", "lead_de": "Demo."},
    {"slug": "impressum", "title_de": "Impressum", "body_de": "<p>Demo.</p>"},
    {"slug": "datenschutz", "title_de": "Datenschutzerklärung", "body_de": "<p>Demo.</p>"},
    {"slug": "barrierefreiheit", "title_de": "Erklärung zur Barrierefreiheit", "body_de": "<p>Demo.</p>"},
    {"slug": "leichte-sprache", "title_de": "Leichte Sprache", "body_de": "<p>Demo.</p>"},
    {"slug": "gebaerdensprache", "title_de": "Gebärdensprache", "body_de": "<p>Demo.</p>"},
    {"slug": "aktuelles", "title_de": "Aktuelles", "body_de": "<p>Demo.</p>"},
    {"slug": "offenbach-hilft", "title_de": "Offenbach hilft", "body_de": "<p>Demo.</p>"},
    {"slug": "kompetenzteam", "title_de": "Kompetenzteam Integration", "body_de": "<p>Demo.</p>"},
    {"slug": "programme", "title_de": "Förderprogramme", "body_de": "<p>Demo.</p>"},
    {"slug": "vereine", "title_de": "Vereine und Gemeinden", "body_de": "<p>Demo.</p>"},
]
