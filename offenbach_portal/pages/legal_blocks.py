"""The data blocks of the legal pages (see blocks.py): what the privacy
notice, the Impressum and the accessibility statement show from settings and
records instead of from their text, so that the text cannot drift from what
the code does."""

from django.conf import settings

from offenbach_portal.core import opendata


def open_data_licence(request):
    """Impressum: the licence of the open data, as configured."""
    return {
        "template": "pages/blocks/open_data_licence.html",
        "context": {
            "licence": settings.OPEN_DATA_LICENCE,
            "exception_note": opendata.EXCEPTION_NOTE if settings.OPEN_DATA_EXCEPT_ORGANISATION_CONTENT else "",
        },
    }


BLOCKS = {
    "open-data-licence": open_data_licence,
}
