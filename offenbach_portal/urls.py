"""Root URLs: the language-neutral addresses, then each app's pages in every
language (German unprefixed, /en/, /uk/, /ru/). A new domain adds one line."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.static import serve

from offenbach_portal.core import opendata_views, sitemaps, views
from offenbach_portal.pages.views import home

admin.site.site_header = "Integrationsportal Offenbach – Backoffice"
admin.site.site_title = "Integrationsportal Backoffice"
admin.site.index_title = "Verwaltung der Inhalte"

handler400 = "offenbach_portal.core.views.bad_request"
handler403 = "offenbach_portal.core.views.permission_denied"
handler404 = "offenbach_portal.core.views.page_not_found"
handler500 = "offenbach_portal.core.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": sitemaps.registry, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": sitemaps.registry}, name="sitemap-section"),
    path("sprache/<str:code>/", views.switch_language, name="switch-language"),
    path("h/", include("news.guide.short_urls")),
    path("oparl/v1/", include("committees.oparl.urls")),
    path("offene-daten/catalog.jsonld", opendata_views.catalog, name="open-data-catalog"),
]

urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("suche/", views.search, name="search"),
    path("offene-daten/", opendata_views.open_data, name="open-data"),
    path("", include("offenbach_portal.contact.urls")),
    path("mein-verein/kompetenzteam/", include("committees.member_urls")),
    path("", include("offenbach_portal.accounts.urls")),
    path("", include("news.urls")),
    path("kompetenzteam/", include("committees.urls")),
    path("", include("programmes.urls")),
    path("vereine/", include("orgs.urls")),
    path("mein-verein/", include("orgs.member_urls")),
    # Editorial pages last: their fixed addresses and /seite/<slug>/ for the rest.
    path("", include("offenbach_portal.pages.urls")),
    prefix_default_language=False,
)

# Uploaded media (logos, the sign-language video) are served by the reverse
# proxy in production; with DEBUG or SERVE_MEDIA=1 (`make run`) Django does it.
# Meeting documents live outside MEDIA_ROOT and are never served from here.
if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]
