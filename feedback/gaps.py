"""Gaps for commissioners: needs with no suitable local service, as a chart and a CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from directory.safe_values import spreadsheet_row

BAR_HEIGHT = 28
LABEL_WIDTH = 300
CHART_WIDTH = 640


@dataclass(frozen=True)
class GapRow:
    """How many unmet needs were read into a category in a council area (by name, and its
    GSS code when known)."""

    category: str
    area: str
    count: int
    area_code: str = ""


def by_category(rows: list[GapRow]) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.category] = totals.get(row.category, 0) + row.count
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def bar_chart_svg(totals: list[tuple[str, int]], title: str) -> str:
    """A horizontal bar chart as SVG, drawn on the server (no JavaScript), with a text
    alternative: the table beside it holds the same numbers."""
    height = BAR_HEIGHT * max(1, len(totals)) + 20
    most = max([count for _, count in totals] or [1])
    scale = (CHART_WIDTH - LABEL_WIDTH - 60) / most
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="gaps-chart-title" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" width="100%" class="app-chart">',
        f'<title id="gaps-chart-title">{escape(title)}</title>',
    ]
    for n, (category, count) in enumerate(totals):
        y = 10 + n * BAR_HEIGHT
        width = max(2.0, count * scale)
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 18}" text-anchor="end" font-size="14" '
            f'fill="#0b0c0c">{escape(category[:40])}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 4}" width="{width:.1f}" height="{BAR_HEIGHT - 8}" '
            f'fill="#1d70b8"></rect>'
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 18}" font-size="14" '
            f'fill="#0b0c0c">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def gaps_csv(rows: list[GapRow], since: str, until: str) -> str:
    """The gaps as CSV, one row per category and council area (its name and GSS code); no
    cell can run as a spreadsheet formula (`spreadsheet_row`)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["from", "to", "category", "area", "area_code", "unmet_needs"])
    for row in rows:
        writer.writerow(
            spreadsheet_row([since, until, row.category, row.area, row.area_code, row.count])
        )
    return out.getvalue()
