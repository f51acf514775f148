from django.urls import path

from offenbach_portal.pages.views import page_detail

app_name = "news"

# Until the news app has its own models, both sections show their editorial
# introduction page, maintained by the Redaktion in the back office.
urlpatterns = [
    path("aktuelles/", page_detail, {"slug": "aktuelles"}, name="index"),
    path("offenbach-hilft/", page_detail, {"slug": "offenbach-hilft"}, name="guide"),
]
