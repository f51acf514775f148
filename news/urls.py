from django.urls import path

from offenbach_portal.pages.views import page_detail

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("aktuelles/", views.article_list, name="index"),
    path("aktuelles/feed/", feeds.ArticleRssFeed(), name="feed"),
    path("aktuelles/atom/", feeds.ArticleAtomFeed(), name="atom"),
    path("aktuelles/feed/<slug:category>/", feeds.ArticleRssFeed(), name="category-feed"),
    path("aktuelles/atom/<slug:category>/", feeds.ArticleAtomFeed(), name="category-atom"),
    path("aktuelles/<slug:slug>/", views.article_detail, name="article"),
    # The guide's editorial introduction until its own pages land (news/guide/).
    path("offenbach-hilft/", page_detail, {"slug": "offenbach-hilft"}, name="guide"),
]
