"""What every front-end widget shares: the kit's settings synced both ways, labels in both languages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import anywidget
import traitlets

from ..content.labels import label
from ..content.models import AGE_BANDS, AgeBand
from ..i18n import LANGUAGES, Language, get_language, on_language_change, set_language
from ..views.pickers import LANGUAGE_NAMES, get_age_band, on_age_band_change, set_age_band


def labels_in_both(keys: Iterable[str]) -> dict[str, dict[str, str]]:
    """The interface labels ``keys`` as ``{key: {fr, en}}``, for a widget's front end."""
    return {key: {language: label(key, language) for language in LANGUAGES} for key in keys}


def language_names() -> dict[str, str]:
    """The names the language switch shows ("Français", "English")."""
    return dict(LANGUAGE_NAMES)


class KitWidget(anywidget.AnyWidget):
    """A widget whose ``language`` follows the kit's setting, and sets it when the browser switches.

    Python's setting reaches the browser through a bound method, held weakly by the setting,
    so a widget that is gone stops listening.
    """

    language = traitlets.Enum(LANGUAGES, default_value="fr").tag(sync=True)
    labels = traitlets.Dict().tag(sync=True)
    language_names = traitlets.Dict().tag(sync=True)
    show_settings = traitlets.Bool(True).tag(sync=True)

    def __init__(self, **state: Any):
        super().__init__(language=get_language(), **state)
        on_language_change(self._follow_language)

    def _follow_language(self, language: Language) -> None:
        self.language = language

    @traitlets.observe("language")
    def _language_picked(self, change: dict) -> None:
        if change["new"] != get_language():
            set_language(change["new"])


class BandedWidget(KitWidget):
    """A :class:`KitWidget` that also follows the session's age band, unless given its own."""

    age_band = traitlets.Enum(AGE_BANDS, default_value=AGE_BANDS[0]).tag(sync=True)

    def __init__(self, band: AgeBand | None = None, **state: Any):
        self.follows_age_band = band is None
        super().__init__(age_band=band or get_age_band(), **state)
        if self.follows_age_band:
            on_age_band_change(self._follow_age_band)

    def _follow_age_band(self, band: AgeBand) -> None:
        self.age_band = band

    @traitlets.observe("age_band")
    def _age_band_picked(self, change: dict) -> None:
        if self.follows_age_band and change["new"] != get_age_band():
            set_age_band(change["new"])
