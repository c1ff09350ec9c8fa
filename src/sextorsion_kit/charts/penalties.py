"""Charts of maximum penalties (matplotlib), each with its text alternative.

Every bar carries an id (``gid``) such as ``"312-10:base"`` so tests can read the chart back.
Import this module only when a chart is drawn: it loads matplotlib.
"""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Sequence
from datetime import date

from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, NullLocator

from ..content.labels import label
from ..content.models import Offence, PenaltyTier
from ..i18n import Language
from ..logic.law import Charge, bar_id, heaviness, tier_text
from ..text import colon, euros, long_date, semicolon, years
from .style import (
    BLUE,
    ORANGE,
    SKY,
    VERMILION,
    chart_style,
    figure_html,
    new_figure,
)

GREY = "#d0d0d0"
BAR_HEIGHT = 0.8
# Sized for a projector: wide figures, few inches per bar, large text (the slide shrinks them).
WIDTH = 16
ROW = 0.42  # inches per bar
GAP = 0.2  # inches between two offences
ROOM = 1.9  # inches for the title, the axis and the footnote
TEXT = 19
PROFILE_STYLE = {"adult": (SKY, ""), "minor": (ORANGE, "//"), "under_15": (VERMILION, "..")}

def year_step(top: int) -> int:
    """Marks every 1, 2 or 5 years: a dozen marks at most."""
    return 1 if top <= 6 else 2 if top <= 12 else 5


def footnote(as_of: date, language: Language) -> str:
    return label("law_footnote", language).format(date=long_date(as_of, language))


def penalty_figure_html(
    figure: Figure,
    alternative: str,
    as_of: date,
    language: Language,
    caption_key: str = "chart_caption",
) -> str:
    """The chart as an image; its text alternative ends with the footnote, like the image."""
    return figure_html(
        figure, f"{alternative} {footnote(as_of, language)}", label(caption_key, language)
    )


def offence_name(offence: Offence, language: Language, width: int = 34) -> str:
    name = f"{offence.article} · {offence.label.in_language(language)}"
    return textwrap.fill(name, width)


def _levels(offence: Offence) -> list[PenaltyTier | None]:
    """The base offence, its other forms, then its aggravated forms, lightest first."""
    others = [t for t in offence.tiers if t.form == "other"]
    aggravated = sorted((t for t in offence.tiers if t.form == "aggravated"), key=heaviness)
    return [None, *others, *aggravated]


def _bar_style(level: PenaltyTier | None) -> tuple[str, str]:
    """Colour and hatch of a bar: base, other form or aggravated form (never colour alone)."""
    if level is None:
        return BLUE, ""
    return (SKY, "..") if level.form == "other" else (ORANGE, "//")


def _legend(axis, language: Language, other_forms: bool = False) -> None:
    """Which colour is the basic offence, another form, an aggravated form (also in labels)."""
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=BLUE, edgecolor="#111", label=label("base_offence", language))]
    if other_forms:
        handles.append(
            Patch(facecolor=SKY, edgecolor="#111", hatch="..", label=label("other_form", language))
        )
    handles.append(
        Patch(facecolor=ORANGE, edgecolor="#111", hatch="//", label=label("aggravated", language))
    )
    axis.legend(handles=handles, loc="lower right", fontsize=TEXT, frameon=True)


def _finish(figure: Figure, title: str, as_of: date, language: Language) -> Figure:
    for axis in figure.axes:
        axis.xaxis.label.set_fontsize(TEXT)
        axis.tick_params(axis="x", labelsize=TEXT)
    figure.suptitle(title, fontsize=TEXT + 3, fontweight="bold")
    figure.text(0.0, -0.01, footnote(as_of, language), fontsize=TEXT - 3, ha="left", va="top")
    return figure


# --- prison -------------------------------------------------------------------------


def prison_figure(
    offences: Sequence[Offence],
    language: Language,
    as_of: date,
    reached: Collection[str] | None = None,
) -> Figure:
    """Maximum prison years per offence, the base and each tier side by side.

    ``reached``: the bar ids a case reaches; their offences keep their colours, the others
    turn grey, and the reached bars get a thick outline and a star.
    """
    with chart_style():
        bars = sum(len(_levels(o)) for o in offences)
        figure, (axis,) = new_figure(width=WIDTH, height=ROOM + ROW * bars + GAP * len(offences))
        involved = {r.split(":")[0] for r in reached} if reached is not None else None
        y, ticks, names = 0.0, [], []
        for offence in offences:
            ticks.append(y)
            names.append(offence_name(offence, language))
            lit = involved is None or offence.article in involved
            for level in _levels(offence):
                gid = bar_id(offence, level)
                hit = reached is not None and gid in reached
                colour, hatch = _bar_style(level)
                (bar,) = axis.barh(
                    y,
                    level.prison_years if level else offence.prison_years,
                    height=BAR_HEIGHT,
                    color=colour if lit else GREY,
                    hatch=hatch,
                    edgecolor="#111",
                    linewidth=3.5 if hit else 0.8,
                    gid=gid,
                )
                text = years(int(bar.get_width()), language)
                if level:
                    text += colon(language)
                    text += tier_text(offence, level, language)
                axis.text(
                    bar.get_width() + 0.2,
                    y,
                    ("★ " if hit else "") + text,
                    va="center",
                    fontsize=TEXT,
                    fontweight="bold" if hit else "normal",
                    color="#111" if lit else "#555",
                )
                y += 1
            y += 0.5
        axis.set_yticks(ticks, names, fontsize=TEXT)
        axis.yaxis.set_tick_params(length=0)
        axis.invert_yaxis()
        top = max(o.max_prison_years for o in offences)
        axis.set_xlim(0, top * 2.1)
        axis.xaxis.set_major_locator(FixedLocator(list(range(0, top + 1, year_step(top)))))
        axis.set_xlabel(label("prison_axis", language))
        axis.spines["left"].set_visible(False)
        _legend(axis, language, any(t.form == "other" for o in offences for t in o.tiers))
        return _finish(figure, label("prison_title", language), as_of, language)


def prison_alternative(
    offences: Sequence[Offence], language: Language, reached: Collection[str] | None = None
) -> str:
    """The prison chart in words."""
    parts = []
    for offence in offences:
        levels = []
        for level in _levels(offence):
            prison = level.prison_years if level else offence.prison_years
            what = tier_text(offence, level, language) if level else label("base_offence", language)
            mark = (
                f" ({label('reached', language)})"
                if reached and bar_id(offence, level) in reached
                else ""
            )
            levels.append(f"{what} {years(prison, language)}{mark}")
        parts.append(
            f"{label('article_short', language)} {offence.article}, "
            f"{offence.label.in_language(language)}{colon(language)}" + ", ".join(levels)
        )
    return label("prison_alt", language) + " " + semicolon(language).join(parts) + "."


# --- fines --------------------------------------------------------------------------


def heaviest_fine(offence: Offence) -> PenaltyTier | None:
    """The tier with the highest fine, or None when the offence has no tier."""
    return max(offence.tiers, key=lambda t: (t.fine_eur, t.prison_years), default=None)


def fines_figure(offences: Sequence[Offence], language: Language, as_of: date) -> Figure:
    """One bar per offence: its highest fine (aggravated form, if any), on a scale of powers of ten."""
    with chart_style():
        offences = sorted(offences, key=lambda o: (-o.max_fine_eur, -o.fine_eur, o.article))
        figure, (axis,) = new_figure(width=WIDTH, height=ROOM + 1.3 * ROW * len(offences))
        for y, offence in enumerate(offences):
            top = heaviest_fine(offence)
            amount = top.fine_eur if top else offence.fine_eur
            axis.barh(
                y,
                amount,
                height=BAR_HEIGHT,
                color=ORANGE if top else BLUE,
                hatch="//" if top else "",
                edgecolor="#111",
                linewidth=0.8,
                gid=bar_id(offence, top),
            )
            text = euros(amount, language)
            if top:
                text += colon(language) + tier_text(offence, top, language)
            axis.text(amount * 1.12, y, text, va="center", fontsize=TEXT)
        axis.set_xscale("log")
        axis.set_xlim(1_000, 1e8)
        powers = [1_000, 10_000, 100_000, 1_000_000]
        axis.xaxis.set_major_locator(FixedLocator(powers))
        axis.xaxis.set_minor_locator(NullLocator())
        axis.set_xticks(powers, [euros(p, language) for p in powers])
        axis.set_yticks(
            range(len(offences)), [offence_name(o, language, width=40) for o in offences]
        )
        axis.tick_params(axis="y", labelsize=TEXT - 2, length=0)
        axis.invert_yaxis()
        axis.set_xlabel(label("fine_axis", language))
        axis.spines["left"].set_visible(False)
        _legend(axis, language)
        return _finish(figure, label("fine_title", language), as_of, language)


def fines_alternative(offences: Sequence[Offence], language: Language) -> str:
    parts = []
    for offence in offences:
        text = (
            f"{label('article_short', language)} {offence.article}, "
            f"{offence.label.in_language(language)}{colon(language)}{euros(offence.fine_eur, language)}"
        )
        if top := heaviest_fine(offence):
            text += f", {tier_text(offence, top, language)} {euros(top.fine_eur, language)}"
        parts.append(text)
    return label("fine_alt", language) + " " + semicolon(language).join(parts) + "."


# --- adult or minor victim ------------------------------------------------------------


def _compared_offences(comparison: dict[str, list[Charge]]) -> list[Offence]:
    """Every offence charged for at least one victim, the heaviest first."""
    best: dict[str, Charge] = {}
    for charges in comparison.values():
        for charge in charges:
            known = best.get(charge.offence.article)
            if known is None or heaviness(charge) > heaviness(known):
                best[charge.offence.article] = charge
    ranked = sorted(best.values(), key=lambda c: (*heaviness(c), c.offence.article), reverse=True)
    return [charge.offence for charge in ranked]


def victim_figure(comparison: dict[str, list[Charge]], language: Language, as_of: date) -> Figure:
    """The same facts against an adult, a 15-17 and an under-15 victim: prison years.

    Columns grouped by offence, one per victim; "—" where the offence does not apply.
    """
    from matplotlib.patches import Patch

    offences = _compared_offences(comparison)
    profiles = list(comparison)
    with chart_style():
        figure, (axis,) = new_figure(width=WIDTH, height=8.5)
        step = len(profiles) + 1
        for i, offence in enumerate(offences):
            for j, profile in enumerate(profiles):
                charge = next((c for c in comparison[profile] if c.offence is offence), None)
                colour, hatch = PROFILE_STYLE[profile]
                value = charge.prison_years if charge else 0
                x = i * step + j
                axis.bar(
                    x,
                    value,
                    width=BAR_HEIGHT,
                    color=colour,
                    hatch=hatch,
                    edgecolor="#111",
                    linewidth=0.8,
                    gid=f"{profile}:{offence.article}",
                )
                axis.text(
                    x,
                    value + 0.15,
                    str(value) if charge else "—",
                    ha="center",
                    va="bottom",
                    fontsize=TEXT,
                    fontweight="bold",
                )
        middle = (len(profiles) - 1) / 2
        axis.set_xticks(
            [i * step + middle for i in range(len(offences))],
            [
                f"{o.article}\n"
                + textwrap.fill(o.label.in_language(language), 16, break_long_words=False)
                for o in offences
            ],
        )
        axis.tick_params(axis="x", labelsize=TEXT - 3, length=0)
        top = max((o.max_prison_years for o in offences), default=1)
        axis.set_ylim(0, top + 2)
        axis.set_ylabel(label("prison_axis", language), fontsize=TEXT)
        axis.tick_params(axis="y", labelsize=TEXT)
        handles = [
            Patch(
                facecolor=PROFILE_STYLE[p][0],
                hatch=PROFILE_STYLE[p][1],
                edgecolor="#111",
                label=label(f"victim_{p}", language),
            )
            for p in profiles
        ]
        axis.legend(handles=handles, loc="upper right", fontsize=TEXT, frameon=True)
        axis.text(
            0.01,
            0.98,
            f"—{colon(language)}{label('not_applicable', language)}",
            transform=axis.transAxes,
            fontsize=TEXT,
            va="top",
        )
        figure = _finish(figure, label("victim_title", language), as_of, language)
        axis.xaxis.label.set_fontsize(TEXT)
        return figure


def victim_alternative(comparison: dict[str, list[Charge]], language: Language) -> str:
    parts = []
    for profile, charges in comparison.items():
        listed = ", ".join(
            f"{c.offence.article} {c.offence.label.in_language(language)} {years(c.prison_years, language)}"
            for c in charges
        )
        parts.append(f"{label(f'victim_{profile}', language)}{colon(language)}{listed or '—'}")
    return label("victim_alt", language) + " " + semicolon(language).join(parts) + "."
