"""Building blocks shared by every view: live HTML, text styles, chats, the kit's CSS."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

import ipywidgets as widgets

from ..content.models import ChatMessage, Text
from ..i18n import Language, get_language, on_language_change

Render = Callable[[Language], str]

class LiveHTML(widgets.HTML):
    """An HTML widget whose text is re-rendered whenever the language changes."""

    def __init__(self, render: Render, **kwargs: object):
        super().__init__(value=render(get_language()), **kwargs)
        self._render = render
        on_language_change(self._refresh)

    def _refresh(self, language: Language) -> None:
        self.value = self._render(language)


BIG = "font-size:1.15em;line-height:1.45"  # body text of activities, readable on a projector


def html_text(text: Text, language: Language) -> str:
    """A content text in ``language``, escaped for HTML."""
    return escape(text.in_language(language))


_BUBBLE_COLOURS = ("#e8f1fb", "#f3f3f3")  # light blue / light grey, dark text on both


def chat_html(messages: Sequence[ChatMessage], language: Language) -> str:
    """A fictional chat as speech bubbles, each with its sender's name (not told by colour only)."""
    senders: list[str] = []
    bubbles = []
    for message in messages:
        if message.sender not in senders:
            senders.append(message.sender)
        side = senders.index(message.sender) % 2
        align = "flex-start" if side == 0 else "flex-end"
        bubbles.append(
            f"<div style='align-self:{align};max-width:75%;background:{_BUBBLE_COLOURS[side]};"
            f"color:#111;border:1px solid #bbb;border-radius:12px;padding:0.4em 0.8em;margin:0.2em 0'>"
            f"<strong>{escape(message.sender)}</strong><br>{escape(message.text.in_language(language))}"
            "</div>"
        )
    if not bubbles:
        return ""
    return (
        "<div role='log' style='display:flex;flex-direction:column;font-size:1.1em;"
        f"max-width:44em;margin:0.5em 0'>{''.join(bubbles)}</div>"
    )


# Long texts must wrap (ipywidgets cuts labels with an ellipsis) and keyboard focus must show.
KIT_CSS = """
.sxk .widget-checkbox, .sxk .widget-checkbox .widget-label-basic { height: auto; align-items: flex-start; }
.sxk .widget-checkbox .widget-label-basic span { white-space: normal; overflow: visible;
  text-overflow: clip; font-size: 1.1em; line-height: 1.4; }
.sxk .widget-radio-box label { white-space: normal; height: auto; font-size: 1.1em; line-height: 1.4;
  margin: 0.15em 0; }
.sxk .jupyter-button { white-space: normal; height: auto; min-height: 2.4em; font-size: 1.05em;
  line-height: 1.3; }
.sxk .widget-toggle-buttons, .sxk .widget-toggle-buttons > div { display: flex; flex-wrap: wrap;
  height: auto; gap: 4px; }
.sxk .jupyter-button:focus-visible, .sxk input:focus-visible { outline: 3px solid #E69F00;
  outline-offset: 2px; }
"""


def kit_style() -> widgets.HTML:
    """A style tag for the kit's views; each view carries one, so it works wherever it is shown."""
    return widgets.HTML(f"<style>{KIT_CSS}</style>", layout=widgets.Layout(height="0px"))


def styled(box: widgets.Box) -> widgets.Box:
    """Mark ``box`` as one of the kit's views (the CSS above applies inside it)."""
    box.add_class("sxk")
    return box
