"""Handing out a file from `PRIVATE_MEDIA_ROOT` after a view has checked who is asking.

By default the file is streamed by the app (`FileResponse`). Behind nginx
(`SENDFILE_NGINX=1`, see docs/operations.md) the view answers only with
`X-Accel-Redirect`: nginx then sends the file itself from an `internal`
location that no visitor can reach directly, so a large download never ties
up an app process. The permission check stays in the view either way."""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils.http import content_disposition_header


def private_file_response(fieldfile, *, filename, content_type):
    """The response for a file of a private storage, as an attachment named
    `filename`. A file that is gone answers 404."""
    location = _accel_location(fieldfile)
    if location is not None:
        if not fieldfile.storage.exists(fieldfile.name):
            raise Http404
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = location
        response["Content-Disposition"] = content_disposition_header(True, filename)
    else:
        try:
            handle = fieldfile.open("rb")
        except (FileNotFoundError, ValueError):
            raise Http404 from None
        response = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _accel_location(fieldfile):
    """The internal nginx address of the file, or None when the app streams it
    (SENDFILE_NGINX off, or a storage outside PRIVATE_MEDIA_ROOT)."""
    if not getattr(settings, "SENDFILE_NGINX", False) or not fieldfile:
        return None
    try:
        path = Path(fieldfile.path).resolve()
        relative = path.relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    except (NotImplementedError, ValueError):
        return None
    return settings.SENDFILE_NGINX_LOCATION + quote(relative.as_posix())
