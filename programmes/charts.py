"""The key-figures chart, drawn on the server as SVG (no script, no styles in
the markup: the colours come from programmes.css). Two sets of horizontal
bars, projects and funding per field of action; every bar carries its figure
as text, so the chart says the same as the table beside it."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format

WIDTH = 640
LABEL_WIDTH = 40
BAR_AREA = 440
BAR_HEIGHT = 22
GAP = 10
HEADING = 28


@dataclass
class Bar:
    label: str
    value: Decimal | int
    text: str
    x: int
    y: int
    width: int
    text_x: int
    text_y: int


@dataclass
class Panel:
    title: str
    y: int
    bars: list


def euro(amount):
    """„12.345 €“, with cents only when there are any: „12.345,50 €“."""
    amount = Decimal(amount)
    decimals = 0 if amount == amount.to_integral_value() else 2
    return f"{number_format(amount, decimals, force_grouping=True)} €"


def _bars(rows, value_of, text_of, top):
    largest = max((value_of(row) for row in rows), default=0) or 1
    bars = []
    for index, row in enumerate(rows):
        value = value_of(row)
        width = round(BAR_AREA * float(value) / float(largest)) if value else 0
        y = top + index * (BAR_HEIGHT + GAP)
        bars.append(
            Bar(
                label=str(row.field.number),
                value=value,
                text=text_of(row),
                x=LABEL_WIDTH,
                y=y,
                width=width,
                text_x=LABEL_WIDTH + width + 8,
                text_y=y + BAR_HEIGHT - 6,
            )
        )
    return bars


def key_figures_chart(rows, projects_title, amount_title):
    """The geometry of both panels for `rows` (selectors.key_figures)."""
    panel_height = HEADING + len(rows) * (BAR_HEIGHT + GAP)
    projects = Panel(projects_title, 18, _bars(rows, lambda r: r.projects, lambda r: str(r.projects), HEADING))
    amounts = Panel(amount_title, panel_height + 18, _bars(rows, lambda r: r.amount, lambda r: euro(r.amount), panel_height + HEADING))
    return {"width": WIDTH, "height": 2 * panel_height + GAP, "panels": [projects, amounts]}
