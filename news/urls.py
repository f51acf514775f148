from django.urls import include, path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("aktuelles/", views.article_list, name="index"),
    path("aktuelles/feed/", feeds.ArticleRssFeed(), name="feed"),
    path("aktuelles/atom/", feeds.ArticleAtomFeed(), name="atom"),
    path("aktuelles/feed/<slug:category>/", feeds.ArticleRssFeed(), name="category-feed"),
    path("aktuelles/atom/<slug:category>/", feeds.ArticleAtomFeed(), name="category-atom"),
    path("aktuelles/<slug:slug>/", views.article_detail, name="article"),
    # The guide „Offenbach hilft“ (news/guide/): hub `news:guide` and its topics.
    path("offenbach-hilft/", include("news.guide.urls")),
]
