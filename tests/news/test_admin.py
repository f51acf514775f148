import datetime
import io

import pytest
import reversion
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article
from offenbach_portal.core.publication import Status
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/news/article/add/"
LIST_URL = "/admin/news/article/"


@pytest.fixture
def admin(client, django_user_model):
    user = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "x")
    client.force_login(user)
    return client


def png(size=(2400, 1200)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 60, 140)).save(buffer, "PNG")
    return SimpleUploadedFile("foto.png", buffer.getvalue(), content_type="image/png")


def form_data(**changes):
    data = {
        "title_de": "Vielfaltszentrum eröffnet",
        "slug": "vielfaltszentrum",
        "category": "meldung",
        "teaser_de": "Kurz.",
        "body_de": "<p>Text</p>",
        "status": Status.PUBLISHED,
        "published_at_0": "",
        "published_at_1": "",
        "byline": "Stadt Offenbach",
        "image_alt_de": "",
        "image_credit": "",
    }
    data.update(changes)
    return data


def test_image_without_alt_text_is_a_form_error(admin):
    response = admin.post(ADD_URL, form_data(image=png(), image_credit="Foto: Stadt Offenbach"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["image_alt_de"] == ["Ein Bild braucht einen Alternativtext."]
    assert not Article.objects.exists()


def test_image_without_credit_is_a_form_error(admin):
    response = admin.post(ADD_URL, form_data(image=png(), image_alt_de="Das Team am Schreibtisch"))
    assert response.context["adminform"].form.errors["image_credit"] == ["Ein Bild braucht einen Bildnachweis."]


def test_svg_image_is_refused(admin):
    svg = SimpleUploadedFile("bild.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", content_type="image/svg+xml")
    response = admin.post(ADD_URL, form_data(image=svg, image_alt_de="Ein Bild", image_credit="Foto: Stadt"))
    assert "image" in response.context["adminform"].form.errors


def test_image_is_reencoded_as_webp_and_scaled_down(admin):
    response = admin.post(ADD_URL, form_data(image=png(), image_alt_de="Das Team", image_credit="Foto: Stadt Offenbach"))
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.image.name.endswith(".webp")
    with Image.open(article.image.path) as stored:
        assert (stored.format, stored.size) == ("WEBP", (1600, 800))


def test_backdated_new_article_is_allowed_and_says_so(admin):
    response = admin.post(ADD_URL, form_data(published_at_0="01.06.2022", published_at_1="10:00:00"), follow=True)
    article = Article.objects.get()
    assert article.is_published
    assert timezone.localtime(article.published_at) == datetime.datetime(2022, 6, 1, 10, tzinfo=timezone.get_current_timezone())
    assert any("zurückdatiert" in str(message) for message in response.context["messages"])


def test_new_article_gets_its_author_and_a_history_entry(admin):
    admin.post(ADD_URL, form_data())
    article = Article.objects.get()
    assert article.author.username == "chefin"
    assert reversion.models.Version.objects.get_for_object(article).count() == 1


def test_event_notice_needs_its_date(admin):
    response = admin.post(ADD_URL, form_data(category="veranstaltungshinweis"))
    assert "event_date" in response.context["adminform"].form.errors


@pytest.mark.parametrize("slug", ["feed", "atom"])
def test_feed_addresses_cannot_be_article_slugs(admin, slug):
    response = admin.post(ADD_URL, form_data(slug=slug))
    assert "slug" in response.context["adminform"].form.errors


def test_changelist_shows_status_category_time_and_author(admin):
    make_article("Geplant", published_at=timezone.now() + datetime.timedelta(days=2))
    make_article("Entwurf", status=Status.DRAFT)
    html = admin.get(LIST_URL).content.decode()
    for text in ["Geplant", "Entwurf", "geplant", "nicht sichtbar", "Pressemitteilung", "Autorin oder Autor"]:
        assert text in html
    assert admin.get(LIST_URL, {"q": "Geplant", "status": Status.PUBLISHED, "category": "pressemitteilung"}).status_code == 200


def test_publish_now_action_publishes_a_draft_at_once(admin):
    draft = make_article(status=Status.DRAFT, published_at=None)
    scheduled = make_article(published_at=timezone.now() + datetime.timedelta(days=3))
    admin.post(LIST_URL, {"action": "publish_now", "_selected_action": [draft.pk, scheduled.pk]})
    for article in (draft, scheduled):
        article.refresh_from_db()
        assert article.is_published


def test_schedule_action_keeps_the_planned_time_and_skips_articles_without_one(admin):
    planned = timezone.now() + datetime.timedelta(days=3)
    draft = make_article(status=Status.DRAFT, published_at=planned)
    undated = make_article(status=Status.DRAFT, published_at=None)
    response = admin.post(LIST_URL, {"action": "schedule", "_selected_action": [draft.pk, undated.pk]}, follow=True)
    draft.refresh_from_db()
    undated.refresh_from_db()
    assert (draft.status, draft.published_at, draft.is_scheduled) == (Status.PUBLISHED, planned, True)
    assert undated.status == Status.DRAFT
    assert any("keinen Zeitpunkt in der Zukunft" in str(message) for message in response.context["messages"])


def test_draft_preview_opens_in_the_site_layout(admin):
    draft = make_article(status=Status.DRAFT)
    change = admin.get(f"/admin/news/article/{draft.pk}/change/").content.decode()
    assert "/admin/r/" in change  # „Auf der Website ansehen“
    html = admin.get(draft.get_absolute_url()).content.decode()
    assert "Vorschau\u00a0– nicht veröffentlicht" in html and 'class="portal-nav"' in html
