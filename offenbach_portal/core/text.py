"""Text helpers every app shares."""

DEFAULT_MAX_QUERY_LENGTH = 200


def clean_query(value, max_length=DEFAULT_MAX_QUERY_LENGTH):
    """A search query as the portal uses it: without NUL bytes and other
    control characters (PostgreSQL refuses NUL in a query), every run of
    whitespace one space, trimmed and at most `max_length` characters long.
    None and other empty values become ""."""
    if not value:
        return ""
    value = "".join(char if char.isprintable() else " " if char.isspace() else "" for char in str(value))
    return " ".join(value.split())[:max_length].rstrip()
