"""The key figures: the chart's figures equal the table's and the database's sums."""

import re
from decimal import Decimal

import pytest
from django.db.models import Sum

from offenbach_portal.core.publication import Status
from programmes.models import Project
from tests.factories.programmes import make_programme, make_project

pytestmark = pytest.mark.django_db


def chart_values(html, panel):
    svg = html.split('<svg class="programmes-chart"', 1)[1].split("</svg>", 1)[0]
    group = svg.split(f'data-panel="{panel}"', 1)[1].split("</g>\n  </g>", 1)[0] if panel == 1 else svg.split(f'data-panel="{panel}"', 1)[1]
    return {int(field): Decimal(value) for field, value in re.findall(r'data-field="(\d)" data-value="([^"]+)"', group)}


def table_values(html, attribute):
    table = html.split('id="kennzahlen"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr class="kern-table__row" data-field="(\w+)">(.*?)</tr>', table, re.S)
    return {key if key == "gesamt" else int(key): Decimal(re.search(rf'data-{attribute}="([^"]+)"', row).group(1)) for key, row in rows}


def database_sums(programme):
    published = Project.objects.published().filter(programme=programme)
    counts, amounts = {}, {}
    for field in programme.fields.all():
        in_field = published.filter(fields_of_action=field)
        counts[field.number] = Decimal(in_field.count())
        amounts[field.number] = in_field.aggregate(total=Sum("funding_amount"))["total"] or Decimal("0")
    return counts, amounts


@pytest.fixture
def programme_with_projects():
    mri = make_programme()
    make_project(mri, fields=[1], amount=1000)
    make_project(mri, fields=[1, 3], amount=2500.50)
    make_project(mri, fields=[3], amount=None)  # no amount: counted, adds nothing
    make_project(mri, fields=[5], amount=0)
    make_project(mri, fields=[2], amount=99999, status=Status.DRAFT)  # not public: not counted
    make_project(mri, fields=[], amount=700)  # in no field: only in the total
    # field 4 has no project at all
    return mri


def test_chart_table_and_database_agree(client, programme_with_projects):
    html = client.get("/programme/modellregion-integration/").content.decode()
    counts, amounts = database_sums(programme_with_projects)
    assert chart_values(html, 1) == counts
    assert chart_values(html, 2) == amounts
    table_counts = table_values(html, "projects")
    table_amounts = table_values(html, "amount")
    assert {k: v for k, v in table_counts.items() if k != "gesamt"} == counts
    assert {k: v for k, v in table_amounts.items() if k != "gesamt"} == amounts


def test_known_figures(client, programme_with_projects):
    html = client.get("/programme/modellregion-integration/").content.decode()
    assert chart_values(html, 1) == {1: 2, 2: 0, 3: 2, 4: 0, 5: 1}
    assert chart_values(html, 2) == {1: Decimal("3500.50"), 2: 0, 3: Decimal("2500.50"), 4: 0, 5: 0}
    assert table_values(html, "projects")["gesamt"] == 5
    assert table_values(html, "amount")["gesamt"] == Decimal("4200.50")


def test_field_without_projects_draws_an_empty_bar_and_a_zero_row(client, programme_with_projects):
    html = client.get("/programme/modellregion-integration/").content.decode()
    assert re.search(r'<rect [^>]*width="0" [^>]*data-field="4" data-value="0"', html)
    row = re.search(r'data-field="4">(.*?)</tr>', html, re.S).group(1)
    assert ">0</td>" in row and ">0\u00a0€</td>" in row


def test_chart_is_an_accessible_image_with_title_and_description(client, programme_with_projects):
    html = client.get("/programme/modellregion-integration/").content.decode()
    assert '<svg class="programmes-chart" role="img" aria-labelledby="chart-title chart-desc"' in html
    assert "Handlungsfeld 4: 0 Projekte, 0\u00a0€." in html
    assert "Handlungsfeld 5: 1 Projekt, 0\u00a0€." in html
    assert "style=" not in html.split('<svg class="programmes-chart"', 1)[1].split("</svg>", 1)[0]


def test_programme_without_fields_shows_no_chart(client):
    make_programme("wir", name="WIR", short_name="WIR", fields=0)
    response = client.get("/programme/wir/")
    assert response.status_code == 200
    assert "programmes-chart" not in response.content.decode()
