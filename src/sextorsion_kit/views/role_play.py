"""A role-play scene as widgets: narration, chat, choices, rewind and restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as widgets

from ..content.labels import label
from ..content.models import (
    RolePlay,
)
from ..i18n import Language
from ..logic.quiz import Presented
from ..text import colon
from .ui import BIG, chat_html, html_text

if TYPE_CHECKING:
    from .quiz import QuizView

FULL_WIDTH = widgets.Layout(width="100%", max_width="52em")


class RolePlayPanel(widgets.VBox):
    """A role-play scene: narration, chat, choices; feedback on the last choice; rewind, restart."""

    def __init__(self, view: QuizView, shown: Presented, language: Language):
        super().__init__(layout=FULL_WIDTH)
        self.view, self.shown = view, shown
        run = shown.run
        assert run is not None and isinstance(shown.question, RolePlay)
        parts = [f"<p style='{BIG}'>{html_text(shown.question.prompt, language)}</p>"]
        if run.last_choice is not None:
            choice = run.last_choice
            mark = "✔" if choice.good else "✘"
            parts.append(
                f"<div role='status' style='{BIG};border-left:5px solid #555;padding-left:0.7em'>"
                f"<strong>{label('your_choice', language)}{colon(language)}{mark} {html_text(choice.text, language)}</strong>"
                f"<br>{html_text(choice.feedback, language)}</div>"
            )
        scene = run.scene
        parts.append(f"<p style='{BIG}'>{html_text(scene.narration, language)}</p>")
        parts.append(chat_html(scene.chat, language))
        self.choice_buttons: list[widgets.Button] = []
        if run.ending is None:
            parts.append(f"<p style='{BIG};font-weight:bold'>{label('what_now', language)}</p>")
            for index, choice in run.choices():
                button = widgets.Button(
                    description=choice.text.in_language(language),
                    layout=widgets.Layout(width="100%", max_width="52em", height="auto"),
                    style={"font_size": "1.05em"},
                )
                button.on_click(lambda _b, index=index: self.choose(index))
                self.choice_buttons.append(button)
        else:
            parts.append(self._ending_html(language))
        self.text = widgets.HTML("".join(parts))
        self.rewind_button = widgets.Button(
            description=label("rewind", language), disabled=not run.path
        )
        self.restart_button = widgets.Button(
            description=label("restart", language), disabled=not run.path
        )
        self.rewind_button.on_click(lambda _b: self._rewind())
        self.restart_button.on_click(lambda _b: self._restart())
        self.children = [
            self.text,
            *self.choice_buttons,
            widgets.HBox([self.rewind_button, self.restart_button]),
        ]

    def _ending_html(self, language: Language) -> str:
        run = self.shown.run
        assert run is not None and run.ending is not None
        verdict = run.verdict()
        review = "".join(
            f"<li><span aria-hidden='true'>{'✔' if n.right else '✘'}</span> {html_text(n.subject, language)}</li>"
            for n in verdict.notes
        )
        return (
            f"<div role='status' style='{BIG};border:3px solid #0072B2;border-radius:8px;padding:0.6em'>"
            f"<p><strong>{label('ending_' + run.ending.tone, language)}</strong></p>"
            f"<h4 style='margin:0.2em 0'>{html_text(run.ending.title, language)}</h4>"
            f"<p>{html_text(run.ending.message, language)}</p>"
            f"<p><strong>{label('path_review', language)}</strong></p><ul>{review}</ul></div>"
        )

    def choose(self, index: int) -> None:
        run = self.shown.run
        assert run is not None
        run.choose(index)
        if run.ending is not None:
            self.view.session.finish_role_play()
        self.view.render()

    def _rewind(self) -> None:
        assert self.shown.run is not None
        self.shown.run.rewind()
        self.view.render()

    def _restart(self) -> None:
        assert self.shown.run is not None
        self.shown.run.restart()
        self.view.render()


