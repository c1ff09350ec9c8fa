"""Figures a teacher may quote (content guide, section 9): sourced list and a chart."""

from __future__ import annotations

from html import escape

from ..content import load_content
from ..content.labels import label
from ..content.models import Statistic
from ..i18n import Language
from ..text import thousands
from ..widgets.pickers import BilingualHTML


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
    from ..charts.statistics import charted, reports_figure
    from ..charts.style import figure_html

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


def figures_to_quote() -> BilingualHTML:
    """Sourced figures for the adult, and a chart of reports over time."""
    statistics = load_content().statistics
    return BilingualHTML(lambda language: render_figures(statistics, language))
