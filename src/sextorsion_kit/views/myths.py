"""Myths and facts: each statement revealed, on a click, with its explanation."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import Myth
from ..i18n import Language, get_language, on_language_change
from ..text import quoted
from .ui import BIG, kit_style, styled


def render_myth(myth: Myth, revealed: bool, language: Language) -> str:
    statement = f"<p style='{BIG};font-weight:bold;margin:0.6em 0 0.2em'>{quoted(escape(myth.statement.in_language(language)), language)}</p>"
    if not revealed:
        return statement
    verdict = label(myth.verdict, language)
    return (
        f"{statement}<p role='status' style='{BIG};margin:0.2em 0 0.6em'>"
        f"<strong>{verdict}</strong> — {escape(myth.explanation.in_language(language))}</p>"
    )


class MythCards(widgets.VBox):
    """One card per statement; its button reveals (or hides) myth or fact and why."""

    def __init__(self, myths: list[Myth]):
        super().__init__(layout=widgets.Layout(max_width="52em"))
        self.myths = myths
        self.revealed = [False] * len(myths)
        self.cards = [widgets.HTML() for _ in myths]
        self.buttons = [widgets.Button(layout=widgets.Layout(width="auto")) for _ in myths]
        for index, button in enumerate(self.buttons):
            button.on_click(lambda _b, index=index: self.toggle(index))
        styled(self)
        self.children = [
            kit_style(),
            *(
                widgets.VBox([card, button])
                for card, button in zip(self.cards, self.buttons, strict=True)
            ),
        ]
        on_language_change(self._language_changed)
        self.render()

    def toggle(self, index: int) -> None:
        self.revealed[index] = not self.revealed[index]
        self.render()

    def _language_changed(self, _language: Language) -> None:
        self.render()

    def render(self) -> None:
        language = get_language()
        for myth, card, button, revealed in zip(
            self.myths, self.cards, self.buttons, self.revealed, strict=True
        ):
            card.value = render_myth(myth, revealed, language)
            button.description = label("hide" if revealed else "reveal", language)


def myths_and_facts() -> MythCards:
    """Statements often heard about sextortion, each revealed as myth or fact."""
    return MythCards(load_content().myths)
