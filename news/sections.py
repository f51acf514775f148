"""What the articles add to other apps' pages through their extension points
(those apps never import this one): the home page, organisation profiles and
meeting pages. One query each."""

from . import selectors

HOME_SECTION_ORDER = 20
PROFILE_SECTION_ORDER = 60
MEETING_SECTION_ORDER = 60


def latest_articles_section(request):
    articles = list(selectors.latest_articles(3))
    return {"template": "news/home_section.html", "context": {"articles": articles}, "order": HOME_SECTION_ORDER}


def _about_section(articles, heading_id, order):
    if not articles:
        return None
    return {"template": "news/about_section.html", "context": {"articles": articles, "heading_id": heading_id}, "order": order}


def organisation_section(request, organisation):
    return _about_section(list(selectors.articles_about(organisations=organisation)), "news-about-organisation", PROFILE_SECTION_ORDER)


def meeting_section(request, meeting):
    return _about_section(list(selectors.articles_about(meetings=meeting)), "news-about-meeting", MEETING_SECTION_ORDER)


def programme_section(request, programme):
    return _about_section(list(selectors.articles_about(programmes=programme)), "news-about-programme", PROFILE_SECTION_ORDER)


def project_section(request, project):
    return _about_section(list(selectors.articles_about(projects=project)), "news-about-project", PROFILE_SECTION_ORDER)
