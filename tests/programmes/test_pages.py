"""The programme pages: what they show, 404 for what does not exist or is not public."""

import datetime
import re
from decimal import Decimal

import pytest

from offenbach_portal.core.publication import Status
from programmes.models import Project
from tests.factories.programmes import (
    make_event,
    make_organisation,
    make_person,
    make_programme,
    make_project,
    make_publication,
)
from tests.sitemaps import whole_sitemap

pytestmark = pytest.mark.django_db


@pytest.fixture
def mri():
    return make_programme()


@pytest.fixture
def wir(mri):
    return make_programme(
        "wir",
        name="WIR – Wegweisende Integrationsansätze Realisieren",
        short_name="WIR",
        start=datetime.date(2014, 1, 1),
        end=None,
        predecessor=mri,
        fields=0,
    )


def test_index_shows_both_programmes_on_a_timeline_mri_leading_into_wir(client, mri, wir):
    html = client.get("/programme/").content.decode()
    timeline = html.split('class="programmes-timeline"', 1)[1].split("</ol>", 1)[0]
    assert timeline.index("Modellregion Integration Offenbach") < timeline.index("WIR – Wegweisende")
    assert "2010–2013" in timeline and "seit 2014" in timeline
    assert 'Geht über in: <a class="kern-link" href="/programme/wir/">' in timeline


def test_programme_page_shows_fields_events_publications_and_successor(client, mri, wir):
    make_event(mri, title="Abschlusskonferenz des Landesprogramms")
    make_publication(mri, title="Neue Heimat Offenbach", print_run=300)
    project = make_project(mri, fields=[1], title="Seminare für Migrantenvereine")
    response = client.get("/programme/modellregion-integration/")
    assert response.status_code == 200
    html = response.content.decode()
    assert [field.number for field in response.context["fields"]] == [1, 2, 3, 4, 5]
    assert "Abschlusskonferenz des Landesprogramms" in html
    assert "Neue Heimat Offenbach" in html
    assert f'href="{project.get_absolute_url()}"' in html
    assert 'href="/programme/wir/"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/programme/gibt-es-nicht/",
        "/programme/modellregion-integration/handlungsfelder/6/",
        "/programme/modellregion-integration/handlungsfelder/0/",
        "/programme/modellregion-integration/handlungsfelder/99999999999999999999/",
        "/programme/modellregion-integration/handlungsfelder/x/",
        "/programme/wir/handlungsfelder/1/",
        "/projekte/gibt-es-nicht/",
        "/publikationen/gibt-es-nicht/pdf/",
    ],
)
def test_unknown_slugs_and_field_numbers_answer_404(client, mri, wir, path):
    assert client.get(path).status_code == 404


def test_field_page_lists_its_projects_only(client, mri):
    inside = make_project(mri, fields=[3], title="Lernpaten")
    outside = make_project(mri, fields=[4], title="Gesundheitslotsen")
    response = client.get("/programme/modellregion-integration/handlungsfelder/3/")
    assert response.status_code == 200
    assert [p.pk for p in response.context["projects"]] == [inside.pk]
    assert outside.title not in response.content.decode()


def test_unpublished_entries_are_404_for_the_public_and_a_preview_for_staff(client, admin_client, mri):
    draft = make_project(mri, status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert "Vorschau\u00a0– nicht veröffentlicht" in preview.content.decode()
    mri.status = Status.DRAFT
    mri.save()
    visible = make_project(mri)
    assert client.get("/programme/modellregion-integration/").status_code == 404
    assert client.get("/programme/modellregion-integration/handlungsfelder/1/").status_code == 404
    assert client.get(visible.get_absolute_url()).status_code == 404
    assert client.get("/projekte/").context["page_obj"].paginator.count == 0


def test_project_page_shows_sponsor_type_partners_period_and_amount(client, mri):
    office = make_organisation("Sozialamt", kind="amt")
    partner = make_organisation("Griechische Gemeinde")
    contact = make_person("Ana-Violeta Sacaliuc", organisation=office)
    project = make_project(
        mri,
        fields=[2],
        sponsor=office,
        partners=[partner],
        amount=12345.5,
        contact=contact,
        start_year=2011,
        end_year=2013,
        target_groups="Neuzugezogene",
    )
    html = client.get(project.get_absolute_url()).content.decode()
    assert "Sozialamt</a> (städtischer Träger)" in html
    assert 'href="/vereine/griechische-gemeinde/">Griechische Gemeinde</a>' in html
    assert "2011–2013" in html
    assert "12.345,50\u00a0€" in html
    assert "Ana-Violeta Sacaliuc, Sozialamt" in html


def test_project_without_amount_says_so(client, mri):
    project = make_project(mri, amount=None, sponsor=make_organisation("Verein A"))
    html = client.get(project.get_absolute_url()).content.decode()
    assert "<dt>Fördersumme</dt><dd>nicht bekannt</dd>" in html
    assert "(freier Träger)" in html


def test_sample_project_is_marked_as_sample(client, mri):
    project = make_project(mri, is_sample=True)
    assert "Beispiel\u00a0– erfunden zur Veranschaulichung" in client.get(project.get_absolute_url()).content.decode()


def test_publications_page_shows_print_run_availability_and_portraits(client, mri):
    portrayed = make_organisation("Serbischer Kulturverein")
    draft = make_publication(mri, title="Entwurf einer Broschüre", status=Status.DRAFT)
    publication = make_publication(
        mri, title="Neue Heimat Offenbach", print_run=300, year=None, availability="kostenlos bei der Programmkoordinatorin"
    )
    publication.portrayed.set([portrayed])
    html = client.get("/publikationen/").content.decode()
    assert "300 Exemplare" in html
    assert "kostenlos bei der Programmkoordinatorin" in html
    assert 'href="/vereine/serbischer-kulturverein/">Serbischer Kulturverein</a>' in html
    assert "nicht sicher bekannt" in html
    assert draft.title not in html


def test_publication_pdf_is_served_as_download_only_when_published(client, mri):
    from django.core.files.base import ContentFile

    publication = make_publication(mri, slug="neue-heimat")
    publication.file.save("neue-heimat.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    response = client.get("/publikationen/neue-heimat/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    publication.status = Status.DRAFT
    publication.save()
    assert client.get("/publikationen/neue-heimat/pdf/").status_code == 404


def test_organisation_profile_lists_projects_and_portraying_publications(client, mri):
    association = make_organisation("Griechischer Elternverein")
    sponsored = make_project(mri, sponsor=association, title="Lernpaten")
    partnered = make_project(mri, partners=[association], title="Elterncafé")
    make_project(mri, title="Fremdes Projekt")
    make_publication(mri, title="Ankommen in Offenbach").portrayed.set([association])
    html = client.get(association.get_absolute_url()).content.decode()
    section = html.split('id="programmes-heading"', 1)[1]
    assert sponsored.title in section and partnered.title in section
    assert "Fremdes Projekt" not in section
    assert "Ankommen in Offenbach" in section


def test_organisation_without_projects_has_no_programme_section(client, mri):
    association = make_organisation("Stiller Verein")
    assert 'id="programmes-heading"' not in client.get(association.get_absolute_url()).content.decode()


def test_search_finds_projects_and_programmes(client, mri):
    make_project(mri, title="Seminare für Migrantenvereine")
    html = client.get("/suche/?q=Seminare").content.decode()
    assert "Seminare für Migrantenvereine" in html


def test_sitemap_lists_programme_field_and_project_pages(client, mri):
    project = make_project(mri)
    xml = whole_sitemap(client)
    for path in [
        "/programme/",
        "/programme/modellregion-integration/",
        "/programme/modellregion-integration/handlungsfelder/5/",
        project.get_absolute_url(),
        "/publikationen/",
    ]:
        assert f"<loc>http://testserver{path}</loc>" in xml


def test_pages_answer_in_every_language(client, mri):
    project = make_project(mri, fields=[1])
    for language in ["en", "uk", "ru"]:
        for path in [
            "/programme/",
            "/programme/modellregion-integration/",
            "/programme/modellregion-integration/handlungsfelder/1/",
            "/projekte/",
            f"/projekte/{project.slug}/",
            "/publikationen/",
        ]:
            response = client.get(f"/{language}{path}")
            assert response.status_code == 200, path
            assert re.search(r'<html lang="([a-z-]+)"', response.content.decode()).group(1) == language


def test_german_fallback_of_a_project_title_is_marked(client, mri):
    project = make_project(mri, title="Seminare für Migrantenvereine")
    html = client.get(f"/uk{project.get_absolute_url()}").content.decode()
    assert '<h1 class="kern-heading-x-large"><span lang="de">Seminare für Migrantenvereine</span></h1>' in html


def test_project_state_choices_are_the_three_of_the_issue():
    assert [value for value, _label in Project.State.choices] == ["geplant", "laufend", "abgeschlossen"]
    assert Decimal("0") == Decimal("0.00")
