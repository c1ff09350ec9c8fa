"""The prison chart as self-contained SVG whose bars a browser can highlight without Python.

:func:`prison_svg` draws :func:`~.penalties.prison_figure` once, with every offence in
colour, and adds what a highlight needs: each bar keeps its id (``"312-10:base"``, from
``gid``), its value text gets ``"value:<bar>"`` and a star, hidden until the front end shows
it, gets ``"star:<bar>"``. The SVG fetches nothing: no DOCTYPE, no metadata links, text drawn
as paths, only ``#`` references inside the document.

:func:`prison_alternative_parts` is :func:`~.penalties.prison_alternative` in pieces, so a
front end can mark the bars reached in the text alternative as the chart marks them.
Import this module only when a chart is drawn: it loads matplotlib.
"""

from __future__ import annotations

import io
import re
from collections.abc import Collection, Sequence
from datetime import date
from html import escape

import matplotlib.pyplot as plt
from matplotlib.transforms import offset_copy

from ..content.labels import label
from ..content.models import Offence
from ..i18n import Language
from ..logic.law import bar_id, tier_text
from ..text import colon, semicolon, years
from .penalties import TEXT, _levels, footnote, prison_figure
from .style import STYLE

STAR = "★"
STAR_ROOM = 1.3 * TEXT  # points kept before each value text for the star
_PROLOGUE = re.compile(r"\A\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", re.S)
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


def bar_ids(offences: Sequence[Offence]) -> list[str]:
    """Every bar of the prison chart, in drawing order."""
    return [bar_id(o, level) for o in offences for level in _levels(o)]


def prison_alternative_parts(offences: Sequence[Offence], language: Language) -> dict:
    """:func:`~.penalties.prison_alternative` in pieces: ``assemble_alternative`` joins them."""
    parts = []
    for offence in offences:
        levels = []
        for level in _levels(offence):
            prison = level.prison_years if level else offence.prison_years
            what = tier_text(offence, level, language) if level else label("base_offence", language)
            levels.append(
                {"bar": bar_id(offence, level), "text": f"{what} {years(prison, language)}"}
            )
        parts.append(
            {
                "head": f"{label('article_short', language)} {offence.article}, "
                f"{offence.label.in_language(language)}{colon(language)}",
                "levels": levels,
            }
        )
    return {
        "start": label("prison_alt", language) + " ",
        "offences": parts,
        "mark": f" ({label('reached', language)})",
        "between": semicolon(language),
        "end": ".",
    }


def assemble_alternative(parts: dict, reached: Collection[str] | None = None) -> str:
    """The text alternative from its pieces, the ``reached`` bars marked (what law.js does)."""
    return (
        parts["start"]
        + parts["between"].join(
            offence["head"]
            + ", ".join(
                level["text"] + (parts["mark"] if reached and level["bar"] in reached else "")
                for level in offence["levels"]
            )
            for offence in parts["offences"]
        )
        + parts["end"]
    )


def prison_svg(offences: Sequence[Offence], language: Language, as_of: date) -> str:
    """The prison chart as an inline ``<svg>`` with a ``<title>``, every offence in colour.

    Ids the front end uses: ``<bar>`` (the bar's group), ``value:<bar>`` (its value text),
    ``star:<bar>`` (a star before that text, ``visibility:hidden`` until reached).
    """
    figure = prison_figure(offences, language, as_of)
    (axis,) = figure.axes
    bars = [patch for patch in axis.patches if patch.get_gid()]
    values = list(axis.texts)
    if len(bars) != len(values) or [b.get_gid() for b in bars] != bar_ids(offences):
        raise RuntimeError("prison_figure changed: one bar and one value text per level expected")
    for bar, value in zip(bars, values, strict=True):
        gid = bar.get_gid()
        value.set_gid(f"value:{gid}")
        axis.text(
            *value.get_position(),
            STAR,
            va="center",
            fontsize=TEXT,
            color="#111",
            gid=f"star:{gid}",
        )
        value.set_transform(offset_copy(value.get_transform(), figure, x=STAR_ROOM, units="points"))
    buffer = io.StringIO()
    with plt.rc_context({**STYLE, "svg.hashsalt": f"sxk-law-{language}", "svg.fonttype": "path"}):
        figure.savefig(
            buffer,
            format="svg",
            bbox_inches="tight",
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
    plt.close(figure)
    svg = _METADATA.sub("", _PROLOGUE.sub("", buffer.getvalue()))
    title = f"<title>{escape(label('prison_title', language))}</title>"
    opening = _SVG_OPEN.search(svg)
    if opening is None:
        raise RuntimeError("matplotlib wrote no <svg> element")
    # Stars start hidden; the front end shows those of the bars reached.
    svg = re.sub(r'(<g id="star:[^"]*")', r'\1 visibility="hidden"', svg)
    return svg[: opening.end()] + title + svg[opening.end() :]


def alternative_with_footnote(
    offences: Sequence[Offence], language: Language, as_of: date, reached: Collection[str] | None
) -> str:
    """What the view puts in the chart's ``alt``: the alternative, then the footnote."""
    parts = prison_alternative_parts(offences, language)
    return f"{assemble_alternative(parts, reached)} {footnote(as_of, language)}"
