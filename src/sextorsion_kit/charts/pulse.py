"""The class pulse's before/after chart, for the school's report (a PNG)."""

from __future__ import annotations

import textwrap

from matplotlib.figure import Figure

from ..content.labels import label
from ..i18n import Language
from .style import BLUE, HATCHES, ORANGE, chart_style, new_figure


def before_after_figure(
    rows: list[tuple[str, float | None, float | None]], language: Language
) -> Figure:
    """One pair of bars per question: share of right answers before and after (None: hidden)."""
    with chart_style():
        figure, (axis,) = new_figure(width=12, height=1.6 + 1.4 * max(1, len(rows)))
        places = list(range(len(rows)))[::-1]
        sign = "\u202f%" if language == "fr" else "%"
        for offset, index, colour, hatch, name in (
            (0.2, 1, BLUE, HATCHES[0], label("classroom_before", language)),
            (-0.2, 2, ORANGE, HATCHES[1], label("classroom_after", language)),
        ):
            values = [row[index] for row in rows]
            bars = axis.barh(
                [place + offset for place in places],
                [100 * (value or 0) for value in values],
                height=0.38, color=colour, hatch=hatch, edgecolor="#111", label=name,
            )  # fmt: skip
            axis.bar_label(
                bars,
                labels=["—" if value is None else f"{round(100 * value)}{sign}" for value in values],
                padding=4,
            )
        axis.set_yticks(places, [textwrap.fill(row[0], 38) for row in rows])
        axis.set_xlim(0, 115)
        axis.set_xlabel(label("classroom_change_title", language))
        axis.legend(loc="lower right")
        return figure
