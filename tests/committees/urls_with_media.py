"""The portal's URLs plus MEDIA_ROOT served under /media/, as the reverse proxy
(and Django with DEBUG on) serves it: whatever lies in MEDIA_ROOT is public."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from offenbach_portal.urls import urlpatterns as portal_urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media)] + portal_urlpatterns
