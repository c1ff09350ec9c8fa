"""Which age band the session is for: both by default, or "11-14" or "15-18".

Quizzes and the timeline follow it, so the adult chooses once for the whole notebook.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from .i18n import Language, get_language, on_language_change
from .labels import label
from .models import AGE_BANDS, AgeBand
from .settings import Setting

AGE_BAND: Setting[AgeBand | None] = Setting("age band", (None, *AGE_BANDS), None)


def get_age_band() -> AgeBand | None:
    """The age band chosen for the session (None: content for every age)."""
    return AGE_BAND.get()


def set_age_band(band: AgeBand | None) -> None:
    """Show only the content for ``band`` ("11-14", "15-18", or None for both)."""
    AGE_BAND.set(band)


def on_age_band_change(callback: Callable[[AgeBand | None], None]) -> None:
    AGE_BAND.on_change(callback)


class AgeBandPicker(widgets.ToggleButtons):
    """Three buttons: every age, 11-14, 15-18."""

    def __init__(self) -> None:
        super().__init__(options=self._options(get_language()), value=get_age_band())
        self.style.description_width = "initial"
        self.style.button_width = "auto"
        self.description = label("age_band")
        self.observe(self._picked, names="value")
        on_age_band_change(self._follow)
        on_language_change(self._relabel)

    @staticmethod
    def _options(language: Language) -> list[tuple[str, AgeBand | None]]:
        return [
            (label("band_all", language), None),
            (label("band_11_14", language), "11-14"),
            (label("band_15_18", language), "15-18"),
        ]

    def _picked(self, change: dict) -> None:
        set_age_band(change["new"])

    def _follow(self, band: AgeBand | None) -> None:
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
    from .ui import language_picker

    return widgets.VBox([language_picker(), age_band_picker()])
