"""The language and age-band switches, and texts shown in both languages.

Both are front-end widgets on the page's shared settings: a switch moves every kit widget of
the page at once in the browser, and Python renders a text once per language, never again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import traitlets

from ..i18n import LANGUAGES, Language
from .base import KitWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet

CHOICES = ("language", "age_band")
LABEL_KEYS = ("language", "age_band", "band_11_14", "band_15_18")


class SettingsPicker(KitWidget):
    """Toggle buttons for the page's language, and its age band when ``choices`` says so."""

    choices = traitlets.List(traitlets.Enum(CHOICES)).tag(sync=True)

    def __init__(self, choices: Sequence[str] = CHOICES):
        self._esm, self._css = bundle("pickers.js"), stylesheet()
        super().__init__(
            choices=list(choices), labels=labels_in_both(LABEL_KEYS), language_names=language_names()
        )


def language_picker() -> SettingsPicker:
    """The language switch (Français / English) to put at the top of a notebook."""
    return SettingsPicker(["language"])


def age_band_picker() -> SettingsPicker:
    """The age-band switch (11-14 / 15-18) to put at the top of a notebook."""
    return SettingsPicker(["age_band"])


def language_and_age() -> SettingsPicker:
    """The two session choices at the top of an activity notebook: language and age band."""
    return SettingsPicker(CHOICES)


Render = Callable[[Language], str]


class BilingualHTML(KitWidget):
    """HTML rendered once per language; the browser shows the page's language."""

    html = traitlets.Dict().tag(sync=True)

    def __init__(self, render: Render):
        self._esm, self._css = bundle("html.js"), stylesheet()
        super().__init__(html={language: render(language) for language in LANGUAGES})

    @property
    def value(self) -> str:
        """The HTML shown now (in the page's language)."""
        return self.html[self.language]
