"""BITV 2.0 § 4: staff are warned on the back office's start page while the
Gebärdensprache page has no DGS video, and the contact and barrier forms say
that any content can be requested in an accessible format."""

import pytest

from offenbach_portal.pages.content_files import read_content
from tests.factories import PageFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

DEMO = {data["slug"]: data for data in read_content()}
WARNING = "Auf der Seite „Gebärdensprache“ fehlt das Video in Deutscher Gebärdensprache (DGS). Bitte laden Sie es hoch."


def test_staff_are_warned_while_no_dgs_video_is_uploaded(admin_client):
    page = PageFactory(**DEMO["gebaerdensprache"])
    html = admin_client.get("/admin/").content.decode()
    assert f'<li class="warning"><a href="/admin/pages/page/{page.pk}/change/">{WARNING}</a></li>' in html


def test_the_warning_goes_once_the_video_is_there(admin_client):
    PageFactory(**DEMO["gebaerdensprache"], video="pages/video/dgs.mp4")
    assert WARNING not in admin_client.get("/admin/").content.decode()


def test_staff_who_may_not_change_pages_are_not_warned(client):
    PageFactory(**DEMO["gebaerdensprache"])
    client.force_login(UserFactory(is_staff=True, permissions=["contact.view_contactmessage"]))
    html = client.get("/admin/").content.decode()
    assert client.get("/admin/").status_code == 200
    assert WARNING not in html


@pytest.mark.parametrize(
    ("path", "sentence"),
    [
        ("/kontakt/", "Sie können jeden Inhalt dieses Portals auch in einer zugänglichen Form anfordern"),
        ("/barriere-melden/", "Sie können jeden Inhalt dieses Portals auch in einer zugänglichen Form anfordern"),
        ("/en/kontakt/", "You can also request any content of this portal in an accessible format"),
        ("/uk/barriere-melden/", "Ви можете також попросити будь-який вміст цього порталу в доступній формі"),
        ("/ru/kontakt/", "Вы можете также запросить любое содержание этого портала в доступной форме"),
    ],
)
def test_forms_say_content_can_be_requested_in_an_accessible_format(client, path, sentence):
    assert sentence in client.get(path).content.decode()


ENFORCEMENT = {
    "leichte-sprache": {
        "de": "Das heißt: Durchsetzungs-Verfahren.",
        "en": "This is called the enforcement procedure.",
        "uk": "Це називається порядок оскарження.",
        "ru": "Это называется порядок обжалования.",
    },
    "gebaerdensprache": {
        "de": "Dann können Sie bei der Durchsetzungsstelle des Landes Hessen einen Antrag stellen.",
        "en": "Then you\ncan apply to the enforcement body of the State of Hesse.",
        "uk": "Тоді ви можете подати заяву до органу оскарження землі Гессен.",
        "ru": "Тогда вы\nможете подать заявление в орган обжалования земли Гессен.",
    },
}


@pytest.mark.parametrize("slug", ["leichte-sprache", "gebaerdensprache"])
@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
def test_easy_language_and_sign_language_explain_the_enforcement_procedure(slug, language):
    body = DEMO[slug][f"body_{language}"]
    assert ENFORCEMENT[slug][language] in body
    statement = "/barrierefreiheit/" if language == "de" else f"/{language}/barrierefreiheit/"
    assert f'<a href="{statement}">' in body


@pytest.mark.parametrize("language", ["de", "en", "uk", "ru"])
def test_sign_language_script_covers_content_navigation_statement_and_feedback(language):
    body = DEMO["gebaerdensprache"][f"body_{language}"]
    prefix = "" if language == "de" else f"/{language}"
    # navigation and content, the statement's main points, the feedback channels, more content
    for href in ("/kontakt/", "/barriere-melden/", "/barrierefreiheit/", "/leichte-sprache/"):
        assert f'<a href="{prefix}{href}">' in body, href
    assert body.count("<h3>") == 6
