""" "Spot the red flags": tick the warning signs in a fictional chat, get feedback on each message."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import RedFlagChat
from ..i18n import Language, get_language, on_language_change
from ..logic.quiz import Verdict, check_ticks
from ..text import colon, quoted
from .ui import BIG, kit_style, styled


def check_flags(chat: RedFlagChat, ticked: frozenset[int]) -> Verdict:
    """Each message is a decision: ticked if and only if it is a warning sign."""
    return check_ticks([(m.text, m.red_flag, m.why) for m in chat.messages], ticked)


def flag_summary(chat: RedFlagChat, verdict: Verdict, language: Language) -> str:
    flags = sum(message.red_flag for message in chat.messages)
    found = sum(n.chosen and m.red_flag for n, m in zip(verdict.notes, chat.messages, strict=True))
    false_alarms = sum(
        n.chosen and not m.red_flag for n, m in zip(verdict.notes, chat.messages, strict=True)
    )
    return label("flag_score", language).format(
        right=sum(note.right for note in verdict.notes),
        total=len(verdict.notes),
        found=found,
        flags=flags,
        false_alarms=false_alarms,
    )


def render_flag_feedback(chat: RedFlagChat, verdict: Verdict, language: Language) -> str:
    """Why each message is, or is not, a warning sign, with what the student ticked."""
    items = []
    for note, message in zip(verdict.notes, chat.messages, strict=True):
        kind = label("red_flag" if message.red_flag else "ordinary", language)
        did = label("ticked" if note.chosen else "not_ticked", language)
        items.append(
            f"<li><span aria-hidden='true'>{'✔' if note.right else '✘'}</span> "
            f"<strong>{escape(message.sender)}</strong>{colon(language)}"
            f"{quoted(escape(message.text.in_language(language)), language)}"
            f" <em>({kind}, {did})</em><br>{escape(message.why.in_language(language))}</li>"
        )
    headline = label(
        "right" if verdict.correct else "partial" if verdict.partial else "wrong", language
    )
    return (
        f"<div role='status' style='{BIG}'><p><strong>{headline}</strong> — "
        f"{flag_summary(chat, verdict, language)}</p>"
        f"<ul style='list-style:none;padding-left:0.2em'>{''.join(items)}</ul></div>"
    )


class RedFlagExercise(widgets.VBox):
    """One checkbox per message; "Check" shows feedback on every message; "Try again" resets."""

    def __init__(self, chat: RedFlagChat):
        super().__init__(layout=widgets.Layout(max_width="52em"))
        self.chat = chat
        self.intro = widgets.HTML()
        self.boxes = [
            widgets.Checkbox(value=False, indent=False, layout=widgets.Layout(width="100%"))
            for _ in chat.messages
        ]
        self.check_button = widgets.Button(button_style="primary")
        self.retry_button = widgets.Button()
        self.feedback = widgets.HTML()
        self.verdict: Verdict | None = None
        self.check_button.on_click(lambda _b: self.check())
        self.retry_button.on_click(lambda _b: self.retry())
        styled(self)
        self.children = [
            kit_style(),
            self.intro,
            *self.boxes,
            widgets.HBox([self.check_button, self.retry_button]),
            self.feedback,
        ]
        on_language_change(self._language_changed)
        self.render()

    def ticked(self) -> frozenset[int]:
        return frozenset(index for index, box in enumerate(self.boxes) if box.value)

    def check(self) -> Verdict:
        self.verdict = check_flags(self.chat, self.ticked())
        self.render()
        return self.verdict

    def retry(self) -> None:
        for box in self.boxes:
            box.value = False
        self.verdict = None
        self.render()

    def _language_changed(self, _language: Language) -> None:
        self.render()

    def render(self) -> None:
        language = get_language()
        self.intro.value = (
            f"<h3>{escape(self.chat.title.in_language(language))}</h3>"
            f"<p style='{BIG}'>{escape(self.chat.introduction.in_language(language))}</p>"
        )
        for box, message in zip(self.boxes, self.chat.messages, strict=True):
            box.description = f"{message.sender}{colon(language)}{message.text.in_language(language)}"
        self.check_button.description = label("check", language)
        self.retry_button.description = label("try_again", language)
        self.retry_button.disabled = self.verdict is None
        self.feedback.value = (
            render_flag_feedback(self.chat, self.verdict, language) if self.verdict else ""
        )


def spot_the_red_flags(chat_id: str | None = None) -> RedFlagExercise:
    """The red-flag exercise (the first conversation unless ``chat_id`` names another)."""
    chats = load_content().red_flags
    chosen = next((c for c in chats if c.id == chat_id), None) if chat_id else chats[0]
    if chosen is None:
        raise KeyError(f"no conversation {chat_id!r}; known: {', '.join(c.id for c in chats)}")
    return RedFlagExercise(chosen)
