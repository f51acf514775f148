from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from offenbach_portal.core.permissions import get_object_or_404_for

from . import selectors
from .forms import ArticleFilterForm
from .models import Article

PAGE_SIZE = 20


@require_safe
def article_list(request):
    """/aktuelles/: newest first, 20 a page, filtered by category and year.
    Unknown filter values are ignored (and named); an odd page number shows the first page."""
    form = ArticleFilterForm(request.GET, years=selectors.article_years())
    category, year, ignored = form.selected()
    articles = selectors.for_lists(selectors.filter_articles(selectors.published_articles(), category=category, year=year))
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "news/article_list.html",
        {
            "form": form,
            "page_obj": page,
            "articles": page.object_list,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "page_query": query,
            "selected_category": Article.Category(category).label if category else None,
            "selected_year": year,
            "ignored": ignored,
            "categories": Article.Category,
        },
    )


@require_safe
def article_detail(request, slug):
    """An article; one that is not published (or scheduled for later) is a 404,
    except as a preview for staff who may change articles."""
    article = get_object_or_404_for(request.user, "news.view_article", selectors.article_page_queryset(), slug=slug)
    response = render(request, "news/article_detail.html", {"article": article, "related": selectors.related_items(article)})
    patch_vary_headers(response, ["Cookie"])
    return response
