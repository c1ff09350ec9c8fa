"""The two session choices: the language, and the age band ("11-14", the default, or "15-18").

Quizzes and the timeline follow it, so the adult chooses once for the whole notebook. There
is no "every age" setting: a student page must never show 15-18 content to a younger class,
so until someone picks "15-18" every activity is worded for 11-14.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from ..content.labels import label
from ..content.models import AGE_BANDS, AgeBand
from ..i18n import LANGUAGES, Language, get_language, on_language_change, set_language
from ..settings import Setting

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


DEFAULT_AGE_BAND: AgeBand = "11-14"
AGE_BAND: Setting[AgeBand] = Setting("age band", AGE_BANDS, DEFAULT_AGE_BAND)


def get_age_band() -> AgeBand:
    """The age band chosen for the session (11-14 until someone picks 15-18)."""
    return AGE_BAND.get()


def set_age_band(band: AgeBand) -> None:
    """Show only the content for ``band`` ("11-14" or "15-18")."""
    AGE_BAND.set(band)


def on_age_band_change(callback: Callable[[AgeBand], None]) -> None:
    AGE_BAND.on_change(callback)


class LanguagePicker(widgets.ToggleButtons):
    """Two buttons, Français / English, that switch every text of the kit."""

    def __init__(self) -> None:
        super().__init__(
            options=[(LANGUAGE_NAMES[code], code) for code in LANGUAGES],
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


class AgeBandPicker(widgets.ToggleButtons):
    """Two buttons: 11-14, 15-18."""

    def __init__(self) -> None:
        super().__init__(options=self._options(get_language()), value=get_age_band())
        self.style.description_width = "initial"
        self.style.button_width = "auto"
        self.description = label("age_band")
        self.observe(self._picked, names="value")
        on_age_band_change(self._follow)
        on_language_change(self._relabel)

    @staticmethod
    def _options(language: Language) -> list[tuple[str, AgeBand]]:
        return [
            (label("band_11_14", language), "11-14"),
            (label("band_15_18", language), "15-18"),
        ]

    def _picked(self, change: dict) -> None:
        set_age_band(change["new"])

    def _follow(self, band: AgeBand) -> None:
        self.value = band

    def _relabel(self, language: Language) -> None:
        value = self.value
        self.options = self._options(language)
        self.value = value
        self.description = label("age_band", language)


def age_band_picker() -> AgeBandPicker:
    """The age-band choice to put at the top of a notebook, next to the language."""
    return AgeBandPicker()


def language_and_age() -> widgets.VBox:
    """The two session choices at the top of an activity notebook: language and age band."""
    return widgets.VBox([language_picker(), age_band_picker()])
