"""The teacher guide's parts as HTML that follows the language: plans, rules, disclosure, sheets."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from markupsafe import Markup

from ..content import load_content
from ..content.labels import label
from ..content.models import DeckSheet, Guide, Printable, Section, SlideText, Text
from ..i18n import Language
from ..text import colon
from ..widgets.help import render_stop
from ..widgets.pickers import BilingualHTML
from .pages import render

BOX = "font-size:1.1em;line-height:1.45;max-width:56em"


def _list(texts: list[Text], language: Language, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{escape(t.in_language(language))}</li>" for t in texts)
    return f"<{tag}>{items}</{tag}>"


def render_plan(guide: Guide, band: str, language: Language) -> str:
    """A session plan as a table: when, what, with what."""
    plan = next(p for p in guide.session_plans if p.band == band)
    start, rows = 0, []
    for step in plan.steps:
        end = start + step.minutes
        rows.append(
            f"<tr><td style='white-space:nowrap'>{start}&ndash;{end} min</td>"
            f"<td><strong>{escape(step.title.in_language(language))}</strong><br>"
            f"{escape(step.activity.in_language(language))}</td>"
            f"<td>{escape(step.material.in_language(language))}</td></tr>"
        )
        start = end
    head = "".join(
        f"<th scope='col' style='text-align:left'>{label(key, language)}</th>"
        for key in ("plan_when", "plan_what", "plan_with")
    )
    caption = label("plan_caption", language).format(band=band)
    return (
        f"<table style='{BOX};border-collapse:collapse' border='1' cellpadding='6'>"
        f"<caption style='text-align:left;font-weight:bold'>{escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render_printable_box(sheet: Printable, language: Language) -> str:
    stop = Markup(render_stop(load_content().help_seeking, language, compact=True))
    return render("sheet_box.html.j2", language, sheet=sheet, box_style=BOX, stop=stop)


def _frameworks(guide: Guide, language: Language) -> str:
    items = "".join(
        f"<li><strong>{escape(f.name)}</strong>{colon(language)}{escape(f.how.in_language(language))} "
        f"<small>(<a href='{escape(f.source)}'>{label('source', language)}</a>)</small></li>"
        for f in guide.frameworks
    )
    return f"<ul style='{BOX}'>{items}</ul>"


PARTS: dict[str, Callable[[Guide, Language], str]] = {
    "objectives": lambda g, lang: f"<div style='{BOX}'>{_list(g.objectives, lang)}</div>",
    "plan_11_14": lambda g, lang: render_plan(g, "11-14", lang),
    "plan_15_18": lambda g, lang: render_plan(g, "15-18", lang),
    "frameworks": _frameworks,
    "ground_rules": lambda g, lang: f"<div style='{BOX}'>{_list(g.ground_rules, lang)}</div>",
    "disclosure": lambda g, lang: (
        f"<div style='{BOX}'>{_list(g.disclosure_steps, lang, ordered=True)}"
        f"<p><strong>{label('never_do', lang)}</strong></p>{_list(g.never_do, lang)}</div>"
    ),
    "closing": lambda g, lang: (
        f"<div style='{BOX}'><p><strong>{escape(g.closing_activity.heading.in_language(lang))}"
        f"</strong></p>{_list(g.closing_activity.points, lang)}</div>"
    ),
    "handout": lambda g, lang: render_printable_box(g.handout, lang),
    "parent_note": lambda _g, lang: render_printable_box(parent_note(), lang),
}


def sheet_printable(sheet: DeckSheet, texts: dict[str, SlideText]) -> Printable:
    """A sheet of decks.yaml as a printable: one section per text, its source last."""
    sections = [
        Section(heading=texts[name].heading,
                points=[*texts[name].points, *([texts[name].source] if texts[name].source else [])])
        for name in sheet.texts
    ]  # fmt: skip
    return Printable(title=sheet.title, introduction=sheet.introduction, sections=sections)


def parent_note() -> Printable:
    """The note for parents after the session, part of the parents' pack (decks.yaml)."""
    content = load_content()
    sheet = next(sheet for sheet in content.deck_sheets if sheet.id == "note_parents")
    return sheet_printable(sheet, content.slide_texts)


def guide(part: str) -> BilingualHTML:
    """One part of the teacher guide: objectives, plan_11_14, plan_15_18, frameworks,
    ground_rules, disclosure, closing, handout or parent_note."""
    if part not in PARTS:
        raise KeyError(f"no guide part {part!r}; known: {', '.join(PARTS)}")
    content = load_content().guide
    return BilingualHTML(lambda language: PARTS[part](content, language))
