"""The chart of reports over the years (statistics a teacher may quote)."""

from __future__ import annotations

from matplotlib.figure import Figure

from ..content.labels import label
from ..content.models import Statistic
from ..i18n import Language
from ..text import thousands
from .style import BLUE, HATCHES, ORANGE, chart_style, new_figure


def charted(statistics: list[Statistic]) -> list[Statistic]:
    """The statistics that carry numbers for at least two years."""
    return [s for s in statistics if s.chart_label and len(s.points) >= 2]


def reports_figure(statistics: list[Statistic], language: Language) -> Figure:
    """One panel per series (scales differ), one bar per year, the value written on it."""
    with chart_style():
        return _draw_reports(charted(statistics), language)


def _draw_reports(series: list[Statistic], language: Language) -> Figure:
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
