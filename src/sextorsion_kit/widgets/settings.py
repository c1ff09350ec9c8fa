"""The session's two settings (language, age band), shared by every front-end widget of a page.

One :class:`KitSettings` model per kernel holds them; every kit widget names it in its
``settings`` trait, so a switch clicked in the browser moves every widget of the page at once
without a kernel round trip (and in static pages and decks, without a kernel at all). Python's
:func:`~sextorsion_kit.i18n.set_language` and :func:`set_age_band` reach the browser through
that one model: no widget listens to Python, so widgets shown by cells that were re-run cost
nothing on a switch.

The age band is 11-14 until someone picks 15-18: there is no "every age" setting, because a
student page must never show 15-18 content to a younger class.
"""

from __future__ import annotations

import anywidget
import traitlets

from ..content.models import AGE_BANDS, AgeBand
from ..i18n import LANGUAGE, LANGUAGES, Language, get_language, set_language
from ..settings import Setting

LANGUAGE_NAMES: dict[Language, str] = {"fr": "Français", "en": "English"}

DEFAULT_AGE_BAND: AgeBand = "11-14"
AGE_BAND: Setting[AgeBand] = Setting("age band", AGE_BANDS, DEFAULT_AGE_BAND)


def get_age_band() -> AgeBand:
    """The age band chosen for the session (11-14 until someone picks 15-18)."""
    return AGE_BAND.get()


def set_age_band(band: AgeBand) -> None:
    """Show only the content for ``band`` ("11-14" or "15-18")."""
    AGE_BAND.set(band)


class KitSettings(anywidget.AnyWidget):
    """The page's language and age band, never shown itself: widgets and pickers read it."""

    _esm = "export default {};\n"
    language = traitlets.Enum(LANGUAGES, default_value="fr").tag(sync=True)
    age_band = traitlets.Enum(AGE_BANDS, default_value=DEFAULT_AGE_BAND).tag(sync=True)

    def __init__(self) -> None:
        super().__init__(language=get_language(), age_band=get_age_band())
        LANGUAGE.on_change(self._follow_language)
        AGE_BAND.on_change(self._follow_age_band)

    def _follow_language(self, language: Language) -> None:
        self.language = language

    def _follow_age_band(self, band: AgeBand) -> None:
        self.age_band = band

    @traitlets.observe("language")
    def _language_picked(self, change: dict) -> None:
        if change["new"] != get_language():
            set_language(change["new"])

    @traitlets.observe("age_band")
    def _age_band_picked(self, change: dict) -> None:
        if change["new"] != get_age_band():
            set_age_band(change["new"])


_shared: list[KitSettings] = []


def shared_settings() -> KitSettings:
    """The kernel's one settings model (made again if it was closed)."""
    if not _shared or _shared[0].comm is None:
        _shared[:] = [KitSettings()]
    return _shared[0]
