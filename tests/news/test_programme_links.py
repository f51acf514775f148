"""Articles link to programmes and projects, and those pages list the
published articles about them: both ways, drafts nowhere."""

import pytest

from offenbach_portal.core.publication import Status
from tests.factories.news import make_article
from tests.factories.programmes import make_programme, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked():
    programme = make_programme("modellregion-integration", name="Modellregion Integration", short_name="MRI", fields=1)
    project = make_project(programme, title="Integrationslotsen")
    article = make_article("Abschlusskonferenz in Wiesbaden")
    article.programmes.add(programme)
    article.projects.add(project)
    draft = make_article("Entwurf über die Lotsen", status=Status.DRAFT)
    draft.programmes.add(programme)
    draft.projects.add(project)
    return {"programme": programme, "project": project, "article": article}


def test_programme_and_project_pages_list_the_published_articles_about_them(client, linked):
    for url in (linked["programme"].get_absolute_url(), linked["project"].get_absolute_url()):
        html = client.get(url).content.decode()
        assert f'<a class="kern-link" href="{linked["article"].get_absolute_url()}">Abschlusskonferenz in Wiesbaden</a>' in html
        assert "Entwurf über die Lotsen" not in html


def test_article_page_lists_the_programme_and_the_project(client, linked):
    html = client.get(linked["article"].get_absolute_url()).content.decode()
    assert f'<a class="kern-link" href="{linked["programme"].get_absolute_url()}">' in html
    assert f'<a class="kern-link" href="{linked["project"].get_absolute_url()}">' in html


def test_unpublished_programme_is_not_listed_on_the_article(client, linked):
    linked["programme"].status = Status.DRAFT
    linked["programme"].save()
    html = client.get(linked["article"].get_absolute_url()).content.decode()
    assert linked["programme"].get_absolute_url() not in html
