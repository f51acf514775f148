from offenbach_portal.core.sitemaps import UrlNameSitemap


class ContactSitemap(UrlNameSitemap):
    url_names = ("contact:contact",)
