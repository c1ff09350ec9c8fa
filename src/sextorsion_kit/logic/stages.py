"""A scam stage's texts for a chosen variant and age band (what the timeline widget shows)."""

from __future__ import annotations

from dataclasses import dataclass

from ..content.models import AgeBand, ChatMessage, Stage, Text, in_band


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
