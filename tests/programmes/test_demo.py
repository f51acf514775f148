"""The programmes' demo: both programmes, the five MRI fields as the seed lists
them, the closing conference, the evaluation, „Neue Heimat Offenbach“, samples marked."""

import io

import pytest
from django.core.management import call_command

from programmes.models import FundingCall, Programme, Project, Publication
from programmes.selectors import open_calls

pytestmark = pytest.mark.django_db

SEED_FIELDS = [
    "Stärkung der lokalen Identität durch Förderung von zivilgesellschaftlichen Potenzialen mit besonderem Fokus auf "
    "Migrantenvereine und ehrenamtliches Engagement.",
    "Ausbau sozialraumbezogener Integrationsmaßnahmen im Rahmen des Quartiersmanagement",
    "Bildung",
    "Gesundheitsförderung und Gesundheitsaufklärung",
    "Elternschule",
]


def test_demo_holds_both_programmes_mri_leading_into_wir(shared_demo):
    mri = Programme.objects.get(slug="modellregion-integration")
    wir = Programme.objects.get(slug="wir")
    assert (mri.start.year, mri.end.year) == (2010, 2013)
    assert (wir.start.isoformat(), wir.end) == ("2014-01-01", None)
    assert wir.predecessor == mri
    assert wir.local_authorities == 33
    assert [field.name_de for field in mri.fields.order_by("number")] == SEED_FIELDS


def test_demo_holds_the_closing_conference_and_the_evaluation(shared_demo):
    mri = Programme.objects.get(slug="modellregion-integration")
    conference = mri.events.get(title_de="Abschlusskonferenz des Landesprogramms")
    assert conference.date_note_de == "Mitte April 2013"
    assert "Landtag" in conference.place_de
    evaluation = Publication.objects.get(kind=Publication.Kind.EVALUATION)
    assert "efms" in evaluation.publisher


def test_demo_holds_neue_heimat_offenbach(shared_demo):
    brochure = Publication.objects.get(slug="neue-heimat-offenbach")
    assert (brochure.print_run, brochure.year, brochure.kind) == (300, None, Publication.Kind.BROCHURE)
    assert "kostenlos" in brochure.availability_de and "Sacaliuc" in brochure.availability_de
    assert "zehn" in brochure.description_de


def test_demo_marks_invented_projects_and_the_call_as_samples(shared_demo):
    samples = Project.objects.filter(is_sample=True)
    assert samples.count() == 4
    assert all(project.title_de.startswith("Beispiel") for project in samples)
    assert not Project.objects.filter(is_sample=False, title_de__startswith="Beispiel").exists()
    call = FundingCall.objects.get()
    assert call.is_sample
    assert list(open_calls()) == [call]


def test_demo_pages_answer(client, shared_demo):
    for path in [
        "/programme/",
        "/programme/modellregion-integration/",
        "/programme/wir/",
        "/programme/modellregion-integration/handlungsfelder/1/",
        "/projekte/",
        "/projekte/seminare-fuer-migrantenvereine/",
        "/publikationen/",
        "/uk/publikationen/",
    ]:
        assert client.get(path).status_code == 200, path


def test_demo_loads_again_without_changes(shared_demo):
    before = (Programme.objects.count(), Project.objects.count(), Publication.objects.count(), FundingCall.objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Programme.objects.count(), Project.objects.count(), Publication.objects.count(), FundingCall.objects.count()) == before
