import io

import pytest

from news import demo as news_demo
from news.models import Article

pytestmark = pytest.mark.django_db


def test_demo_articles_are_linked_and_a_second_run_changes_nothing(demo):
    articles = {article.slug: article for article in Article.objects.prefetch_related("meetings", "organisations")}
    assert len(articles) == 9
    meeting_29 = articles["kompetenzteam-29-treffen-ukraine"]
    assert [m.number for m in meeting_29.meetings.all()] == [29]
    assert sorted(o.name for o in meeting_29.organisations.all()) == [
        "Amt für Öffentlichkeitsarbeit",
        "Ausländerbeirat der Stadt Offenbach",
        "Sozialamt",
    ]
    for slug in [
        "kompetenzteam-30-treffen-foerderung",
        "kompetenzteam-31-treffen-catcalling",
        "mri-abschlusskonferenz-wiesbaden",
        "wir-programm-startet",
        "vielfaltszentrum-offenbach",
    ]:
        assert articles[slug].is_published
        assert articles[slug].organisations.exists()
    assert articles["beispiel-einladung-32-sitzung"].is_scheduled
    assert not articles["beispiel-entwurf"].is_published
    assert articles["kompetenzteam-29-treffen-ukraine"].title_uk.startswith("Kompetenzteam Integration: 29-та зустріч")
    output = io.StringIO()
    news_demo.load(output)
    assert output.getvalue().startswith("Aktuelles: 0 Beiträge neu, 9 vorhanden\n")
    assert Article.objects.count() == 9


def test_demo_pages_answer(client, demo):
    assert client.get("/aktuelles/").status_code == 200
    assert client.get("/aktuelles/mri-abschlusskonferenz-wiesbaden/").status_code == 200
    assert client.get("/aktuelles/beispiel-entwurf/").status_code == 404
    assert "Abschlusskonferenz in Wiesbaden" in client.get("/vereine/amt-fur-arbeitsforderung-statistik-und-integration/").content.decode()
