"""The portal's URLs and /bench/hello/ (bench/settings.py only)."""

from django.http import HttpResponse
from django.urls import path

from offenbach_portal.urls import handler404, handler500  # noqa: F401
from offenbach_portal.urls import urlpatterns as portal_urlpatterns


def hello(request):
    return HttpResponse("hello", content_type="text/plain; charset=utf-8")


urlpatterns = [path("bench/hello/", hello, name="bench-hello"), *portal_urlpatterns]
