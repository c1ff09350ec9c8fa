"""The scam sequence, stage by stage: a clickable stage bar, previous/next, variants.

The wording follows the session's age band (the one picker at the top of the notebook).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import AgeBand, ChatMessage, Stage, Text, in_band
from ..i18n import Language, get_language, on_language_change
from .pickers import get_age_band, on_age_band_change
from .ui import LiveHTML, chat_html, kit_style, styled

BIG = "font-size:1.15em;line-height:1.45"


@dataclass(frozen=True)
class StageTexts:
    """What one stage says for a chosen variant and age band."""

    title: Text
    what_happens: Text
    warning_signs: tuple[Text, ...]
    actions: tuple[Text, ...]
    chat: tuple[ChatMessage, ...]
    variant: Text | None


def stage_texts(stage: Stage, variants: dict[str, str], band: AgeBand) -> StageTexts:
    """The stage's texts, with the chosen variant's texts in place of the general ones."""
    chosen = next((v for v in stage.variants if v.id == variants.get(stage.id)), None)
    signs = chosen.warning_signs if chosen and chosen.warning_signs else stage.warning_signs
    actions = chosen.actions if chosen and chosen.actions else stage.actions
    return StageTexts(
        title=stage.title,
        what_happens=in_band(chosen.what_happens if chosen else stage.what_happens, band),
        warning_signs=tuple(in_band(sign, band) for sign in signs),
        actions=tuple(in_band(action, band) for action in actions),
        chat=tuple(chosen.chat if chosen else stage.chat),
        variant=chosen.label if chosen else None,
    )


def render_stage(texts: StageTexts, number: int, total: int, language: Language) -> str:
    """One stage as HTML: title, what happens, the chat, warning signs, actions."""

    def items(texts_: tuple[Text, ...]) -> str:
        return "".join(f"<li>{escape(t.in_language(language))}</li>" for t in texts_)

    variant = f" — {escape(texts.variant.in_language(language))}" if texts.variant else ""
    return (
        f"<div style='{BIG};max-width:52em'>"
        f"<p aria-live='polite' style='margin:0'>{label('stage_of', language).format(n=number, total=total)}</p>"
        f"<h3 style='margin:0.2em 0'>{escape(texts.title.in_language(language))}{variant}</h3>"
        f"<h4>{label('what_happens', language)}</h4>"
        f"<p>{escape(texts.what_happens.in_language(language))}</p>"
        f"<h4>{label('chat_excerpt', language)}</h4>{chat_html(texts.chat, language)}"
        f"<h4>⚠ {label('warning_signs', language)}</h4><ul>{items(texts.warning_signs)}</ul>"
        f"<h4>➜ {label('actions', language)}</h4><ul>{items(texts.actions)}</ul>"
        "</div>"
    )


class TimelineView(widgets.VBox):
    """The six stages; every control is a button or a toggle, usable with Tab and Enter."""

    def __init__(self, stages: list[Stage], band: AgeBand | None = None):
        super().__init__()
        self.stages = stages
        self.band: AgeBand = band or get_age_band()
        self.index = 0
        self.variants = {stage.id: stage.variants[0].id for stage in stages if stage.variants}
        self.stage_bar = widgets.ToggleButtons(style={"button_width": "auto"})
        self.previous_button = widgets.Button()
        self.next_button = widgets.Button()
        self.variant_pickers = {
            stage.id: widgets.ToggleButtons(options=[], style={"button_width": "auto"})
            for stage in stages
            if stage.variants
        }
        self.content = widgets.HTML()
        self.stages_heading = widgets.HTML()
        self.navigation = widgets.HBox([self.previous_button, self.next_button])
        self.style = kit_style()
        styled(self)
        self.previous_button.on_click(lambda _b: self.go_to(self.index - 1))
        self.next_button.on_click(lambda _b: self.go_to(self.index + 1))
        self._drawing = False
        self.render()
        self.stage_bar.observe(self._stage_clicked, names="value")
        for stage_id, picker in self.variant_pickers.items():
            picker.observe(
                lambda change, s=stage_id: self._variant_picked(s, change), names="value"
            )
        on_language_change(self._language_changed)
        on_age_band_change(self._age_band_changed)

    def go_to(self, index: int) -> None:
        """Show stage ``index`` (0 to 5); out-of-range clicks do nothing."""
        if 0 <= index < len(self.stages):
            self.index = index
            self.render()

    def choose_variant(self, stage_id: str, variant_id: str) -> None:
        if variant_id not in [v.id for s in self.stages if s.id == stage_id for v in s.variants]:
            raise ValueError(f"stage {stage_id!r} has no variant {variant_id!r}")
        self.variants[stage_id] = variant_id
        self.render()

    def _stage_clicked(self, change: dict) -> None:
        if not self._drawing and change["new"] is not None:
            self.go_to(change["new"])

    def _age_band_changed(self, band: AgeBand) -> None:
        if band != self.band:
            self.band = band
            self.render()

    def _variant_picked(self, stage_id: str, change: dict) -> None:
        if not self._drawing and change["new"] is not None:
            self.choose_variant(stage_id, change["new"])

    def _language_changed(self, _language: Language) -> None:
        self.render()

    @property
    def stage(self) -> Stage:
        return self.stages[self.index]

    def render(self) -> None:
        language = get_language()
        self._drawing = True
        try:
            self.stage_bar.options = [
                (f"{n + 1}. {stage.title.in_language(language)}", n)
                for n, stage in enumerate(self.stages)
            ]
            self.stage_bar.value = self.index
            self.stage_bar.tooltips = [stage.title.in_language(language) for stage in self.stages]
            self.previous_button.description = label("previous", language)
            self.next_button.description = label("next", language)
            self.previous_button.disabled = self.index == 0
            self.next_button.disabled = self.index == len(self.stages) - 1
            self.stages_heading.value = f"<strong>{label('stages', language)}</strong>"
            rows: list[widgets.Widget] = [
                self.style,
                self.stages_heading,
                self.stage_bar,
                self.navigation,
            ]
            for stage in self.stages:
                if not stage.variants:
                    continue
                picker = self.variant_pickers[stage.id]
                picker.options = [(v.label.in_language(language), v.id) for v in stage.variants]
                picker.value = self.variants[stage.id]
                key = "material_variant" if stage.id == "material" else "demand_variant"
                picker.description = label(key, language)
                picker.style.description_width = "initial"
                if stage is self.stage:
                    rows.append(picker)
            texts = stage_texts(self.stage, self.variants, self.band)
            self.content.value = render_stage(texts, self.index + 1, len(self.stages), language)
            rows.append(self.content)
            if tuple(rows) != self.children:  # a new list would redraw and lose keyboard focus
                self.children = rows
        finally:
            self._drawing = False


def show_timeline(band: AgeBand | None = None) -> TimelineView:
    """The scam sequence, from first contact to escalation, for an age band.

    Without ``band``: the session's age band (``age_band_picker()``, 11-14 by default).
    """
    return TimelineView(load_content().stages, band)


def render_overview(stages: list[Stage], band: AgeBand, language: Language) -> str:
    """The six stages at a glance: one warning sign and one thing to do for each."""
    rows = "".join(
        f"<tr><td><strong>{n}. {escape(t.title.in_language(language))}</strong></td>"
        f"<td>{escape(t.warning_signs[0].in_language(language))}</td>"
        f"<td>{escape(t.actions[0].in_language(language))}</td></tr>"
        for n, t in enumerate((stage_texts(s, {}, band) for s in stages), start=1)
    )
    head = "".join(
        f"<th scope='col' style='text-align:left'>{label(key, language)}</th>"
        for key in ("stages", "warning_signs", "actions")
    )
    return (
        f"<table style='{BIG};border-collapse:collapse;max-width:60em' border='1' cellpadding='6'>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def stage_overview() -> LiveHTML:
    """The six stages in one table (for a slide or a recap), following language and age."""
    stages = load_content().stages
    return LiveHTML(lambda language: render_overview(stages, get_age_band(), language))
