"""Figures a teacher may quote (content guide, section 9): sourced list and a chart."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..content import load_content
from ..content.labels import label
from ..content.models import Statistic
from ..i18n import Language
from .ui import LiveHTML

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# matplotlib is imported when a chart is drawn, not with the kit: notebooks start faster.


def charted(statistics: list[Statistic]) -> list[Statistic]:
    """The statistics that carry numbers for at least two years."""
    return [s for s in statistics if s.chart_label and len(s.points) >= 2]


def reports_figure(statistics: list[Statistic], language: Language) -> Figure:
    """One panel per series (scales differ), one bar per year, the value written on it."""
    from ..charts.style import chart_style

    with chart_style():
        return _draw_reports(charted(statistics), language)


def _draw_reports(series: list[Statistic], language: Language) -> Figure:
    from ..charts.style import BLUE, HATCHES, ORANGE, new_figure, thousands

    figure, axes = new_figure(width=6.5 * len(series), height=6.5, panels=len(series))
    for axis, statistic in zip(axes, series, strict=True):
        years = [str(point.year) for point in statistic.points]
        values = [point.value for point in statistic.points]
        bars = axis.bar(years, values, color=[BLUE, ORANGE][: len(values)], edgecolor="#111")
        for bar, hatch in zip(bars, HATCHES, strict=False):
            bar.set_hatch(hatch)
        axis.bar_label(bars, labels=[thousands(v, language) for v in values], padding=4)
        axis.yaxis.set_major_formatter(lambda value, _position: thousands(value, language))
        axis.set_title(statistic.chart_label.in_language(language), wrap=True)
        axis.set_ylabel(label("reports", language))
        axis.set_ylim(0, max(values) * 1.2)
    figure.suptitle(label("reports_title", language), fontsize=20, fontweight="bold")
    return figure


def render_figures(statistics: list[Statistic], language: Language) -> str:
    """The sourced list of figures, then the chart with its text alternative."""
    items = []
    for s in statistics:
        caveat = f" <em>{escape(s.caveat.in_language(language))}</em>" if s.caveat else ""
        items.append(
            f"<li>{escape(s.statement.in_language(language))}{caveat} "
            f"<small>({escape(s.publisher)}, {s.published}, "
            f"<a href='{escape(s.source)}'>{label('source', language)}</a>)</small></li>"
        )
    from ..charts.style import figure_html, thousands

    series = charted(statistics)
    alternative = "; ".join(
        f"{s.chart_label.in_language(language)}: "
        + ", ".join(f"{p.year}: {thousands(p.value, language)}" for p in s.points)
        for s in series
    )
    caption = (
        label("reports_caption", language)
        + " "
        + ", ".join(f"{s.publisher} ({s.published[:4]})" for s in series)
    )
    chart = figure_html(reports_figure(statistics, language), alternative, caption)
    return (
        f"<div style='font-size:1.1em;line-height:1.45;max-width:60em'><ul>{''.join(items)}</ul>"
        f"{chart}</div>"
    )


def figures_to_quote() -> LiveHTML:
    """Sourced figures for the adult, and a chart of reports over time."""
    statistics = load_content().statistics
    return LiveHTML(lambda language: render_figures(statistics, language))
