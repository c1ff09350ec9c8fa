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

from .charts import BLUE, ORANGE, SKY, VERMILION, chart_style, new_figure, thousands
from .i18n import Language
from .labels import label
from .models import Offence, PenaltyTier
from .penalties import VICTIM_PROFILES, Charge, bar_id, heaviness

GREY = "#d0d0d0"
BAR_HEIGHT = 0.8
# Sized for a projector: wide figures, few inches per bar, large text (the slide shrinks them).
WIDTH = 16
ROW = 0.42  # inches per bar
GAP = 0.2  # inches between two offences
ROOM = 1.9  # inches for the title, the axis and the footnote
TEXT = 19
PROFILE_STYLE = {"adult": (SKY, ""), "minor": (ORANGE, "//"), "under_15": (VERMILION, "..")}

_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def long_date(day: date, language: Language) -> str:
    """``1er janvier 2025`` / ``1 January 2025``."""
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def euros(amount: int, language: Language) -> str:
    return (
        f"{thousands(amount, language)}\u00a0€"
        if language == "fr"
        else f"€{thousands(amount, language)}"
    )


def years(count: int, language: Language) -> str:
    return label("years_count_one" if count == 1 else "years_count", language).format(n=count)


def footnote(as_of: date, language: Language) -> str:
    return label("law_footnote", language).format(date=long_date(as_of, language))


def offence_name(offence: Offence, language: Language, width: int = 34) -> str:
    name = f"{offence.article} · {offence.label.in_language(language)}"
    return textwrap.fill(name, width)


def tier_text(offence: Offence, tier: PenaltyTier, language: Language) -> str:
    where = f" ({label('article_short', language)} {tier.article})" if tier.article else ""
    return tier.short.in_language(language) + where


def _levels(offence: Offence) -> list[PenaltyTier | None]:
    """The base offence, then its tiers from the lightest to the heaviest."""
    return [None, *sorted(offence.tiers, key=heaviness)]


def _legend(axis, language: Language) -> None:
    """Which colour is the basic offence and which the aggravated forms (also in the labels)."""
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=BLUE, edgecolor="#111", label=label("base_offence", language)),
        Patch(facecolor=ORANGE, edgecolor="#111", hatch="//", label=label("aggravated", language)),
    ]
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
                colour = (ORANGE if level else BLUE) if lit else GREY
                (bar,) = axis.barh(
                    y,
                    level.prison_years if level else offence.prison_years,
                    height=BAR_HEIGHT,
                    color=colour,
                    hatch="//" if level else "",
                    edgecolor="#111",
                    linewidth=3.5 if hit else 0.8,
                    gid=gid,
                )
                text = years(int(bar.get_width()), language)
                if level:
                    text += " : " if language == "fr" else ": "
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
        axis.xaxis.set_major_locator(FixedLocator(list(range(0, top + 1, 2 if top > 6 else 1))))
        axis.set_xlabel(label("prison_axis", language))
        axis.spines["left"].set_visible(False)
        _legend(axis, language)
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
            f"{offence.label.in_language(language)} : " + ", ".join(levels)
        )
    return label("prison_alt", language) + " " + " ; ".join(parts) + "."


# --- fines --------------------------------------------------------------------------


def fines_figure(offences: Sequence[Offence], language: Language, as_of: date) -> Figure:
    """The base fine and the highest tier's fine per offence, on a scale of powers of ten."""
    with chart_style():
        bars = sum(2 if o.tiers else 1 for o in offences)
        figure, (axis,) = new_figure(width=WIDTH, height=ROOM + ROW * bars + GAP * len(offences))
        y, ticks, names = 0.0, [], []
        for offence in offences:
            ticks.append(y)
            names.append(offence_name(offence, language))
            levels: list[PenaltyTier | None] = [None]
            if offence.tiers:
                levels.append(max(offence.tiers, key=lambda t: (t.fine_eur, t.prison_years)))
            for level in levels:
                amount = level.fine_eur if level else offence.fine_eur
                axis.barh(
                    y,
                    amount,
                    height=BAR_HEIGHT,
                    color=ORANGE if level else BLUE,
                    hatch="//" if level else "",
                    edgecolor="#111",
                    linewidth=0.8,
                    gid=bar_id(offence, level),
                )
                text = euros(amount, language)
                if level:
                    text += " : " if language == "fr" else ": "
                    text += tier_text(offence, level, language)
                axis.text(amount * 1.12, y, text, va="center", fontsize=TEXT)
                y += 1
            y += 0.5
        axis.set_xscale("log")
        axis.set_xlim(1_000, 3e8)
        powers = [1_000, 10_000, 100_000, 1_000_000]
        axis.xaxis.set_major_locator(FixedLocator(powers))
        axis.xaxis.set_minor_locator(NullLocator())
        axis.set_xticks(powers, [euros(p, language) for p in powers])
        axis.set_yticks(ticks, names, fontsize=TEXT)
        axis.yaxis.set_tick_params(length=0)
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
            f"{offence.label.in_language(language)} : {euros(offence.fine_eur, language)}"
        )
        if offence.tiers:
            top = max(offence.tiers, key=lambda t: (t.fine_eur, t.prison_years))
            text += f", {tier_text(offence, top, language)} {euros(top.fine_eur, language)}"
        parts.append(text)
    return label("fine_alt", language) + " " + " ; ".join(parts) + "."


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
    """The same facts against an adult, a 15-17 and an under-15 victim: prison years."""
    offences = _compared_offences(comparison)
    with chart_style():
        rows = len(offences) * len(VICTIM_PROFILES)
        figure, (axis,) = new_figure(width=WIDTH, height=ROOM + ROW * rows + GAP * len(offences))
        y, ticks, names = 0.0, [], []
        for offence in offences:
            ticks.append(y + 1)
            names.append(offence_name(offence, language))
            for profile, charges in comparison.items():
                charge = next((c for c in charges if c.offence is offence), None)
                colour, hatch = PROFILE_STYLE[profile]
                value = charge.prison_years if charge else 0
                axis.barh(
                    y,
                    value,
                    height=BAR_HEIGHT,
                    color=colour,
                    hatch=hatch,
                    edgecolor="#111",
                    linewidth=0.8,
                    gid=f"{profile}:{offence.article}",
                )
                text = years(value, language) if charge else label("not_applicable", language)
                axis.text(
                    value + 0.2,
                    y,
                    f"{label(f'victim_{profile}', language)} : {text}",
                    va="center",
                    fontsize=TEXT,
                )
                y += 1
            y += 0.5
        axis.set_yticks(ticks, names, fontsize=TEXT)
        axis.yaxis.set_tick_params(length=0)
        axis.invert_yaxis()
        top = max((o.max_prison_years for o in offences), default=1)
        axis.set_xlim(0, top * 2.1)
        axis.xaxis.set_major_locator(FixedLocator(list(range(0, top + 1, 2 if top > 6 else 1))))
        axis.set_xlabel(label("prison_axis", language))
        axis.spines["left"].set_visible(False)
        return _finish(figure, label("victim_title", language), as_of, language)


def victim_alternative(comparison: dict[str, list[Charge]], language: Language) -> str:
    parts = []
    for profile, charges in comparison.items():
        listed = ", ".join(
            f"{c.offence.article} {c.offence.label.in_language(language)} {years(c.prison_years, language)}"
            for c in charges
        )
        parts.append(f"{label(f'victim_{profile}', language)} : {listed or '—'}")
    return label("victim_alt", language) + " " + " ; ".join(parts) + "."
