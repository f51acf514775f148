from django.urls import include, path

from offenbach_portal.pages.views import page_detail

app_name = "news"

# Until the articles have their own models, /aktuelles/ shows its editorial
# introduction page; /offenbach-hilft/ is the guide (news/guide/).
urlpatterns = [
    path("aktuelles/", page_detail, {"slug": "aktuelles"}, name="index"),
    path("offenbach-hilft/", include("news.guide.urls")),
]
