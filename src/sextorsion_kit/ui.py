"""Widget building blocks shared by every view: live HTML and the language picker."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from .i18n import LANGUAGES, Language, get_language, on_language_change, set_language
from .labels import label

Render = Callable[[Language], str]

_LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class LiveHTML(widgets.HTML):
    """An HTML widget whose text is re-rendered whenever the language changes."""

    def __init__(self, render: Render, **kwargs: object):
        super().__init__(value=render(get_language()), **kwargs)
        self._render = render
        on_language_change(self._refresh)

    def _refresh(self, language: Language) -> None:
        self.value = self._render(language)


class LanguagePicker(widgets.ToggleButtons):
    """Two buttons, Français / English, that switch every text of the kit."""

    def __init__(self) -> None:
        super().__init__(
            options=[(_LANGUAGE_NAMES[code], code) for code in LANGUAGES],
            value=get_language(),
            description=label("language"),
            tooltips=["Afficher les textes en français", "Show the texts in English"],
            style={"button_width": "8em"},
        )
        self.observe(self._picked, names="value")
        on_language_change(self._follow)

    def _picked(self, change: dict) -> None:
        set_language(change["new"])

    def _follow(self, language: Language) -> None:
        self.value = language
        self.description = label("language", language)


def language_picker() -> LanguagePicker:
    """The language switch to put at the top of a notebook."""
    return LanguagePicker()
