"""What every front-end widget shares: the page's settings, labels in both languages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import anywidget
import traitlets

from ..content.labels import label
from ..content.models import AGE_BANDS, AgeBand
from ..i18n import LANGUAGES, Language
from .settings import LANGUAGE_NAMES, shared_settings


def labels_in_both(keys: Iterable[str]) -> dict[str, dict[str, str]]:
    """The interface labels ``keys`` as ``{key: {fr, en}}``, for a widget's front end."""
    return {key: {language: label(key, language) for language in LANGUAGES} for key in keys}


def language_names() -> dict[str, str]:
    """The names the language switch shows ("Français", "English")."""
    return dict(LANGUAGE_NAMES)


class KitWidget(anywidget.AnyWidget):
    """A widget that reads the language from the page's shared settings model.

    The widget holds no language of its own and listens to nothing in Python: the browser
    reads (and its switches write) ``settings``, the one :class:`~.settings.KitSettings`.
    """

    settings = anywidget.WidgetTrait().tag(sync=True)
    labels = traitlets.Dict().tag(sync=True)
    language_names = traitlets.Dict().tag(sync=True)
    show_settings = traitlets.Bool(True).tag(sync=True)

    def __init__(self, **state: Any):
        super().__init__(settings=shared_settings(), **state)

    @property
    def language(self) -> Language:
        """The language shown (the page's)."""
        return self.settings.language

    @language.setter
    def language(self, language: Language) -> None:
        self.settings.language = language


class BandedWidget(KitWidget):
    """A :class:`KitWidget` that also follows the page's age band, unless given its own."""

    own_age_band = traitlets.Enum(AGE_BANDS, allow_none=True, default_value=None).tag(sync=True)

    def __init__(self, band: AgeBand | None = None, **state: Any):
        super().__init__(own_age_band=band, **state)

    @property
    def follows_age_band(self) -> bool:
        return self.own_age_band is None

    @property
    def age_band(self) -> AgeBand:
        """The age band shown: the widget's own, or the page's."""
        return self.settings.age_band if self.follows_age_band else self.own_age_band

    @age_band.setter
    def age_band(self, band: AgeBand) -> None:
        if self.follows_age_band:
            self.settings.age_band = band
        else:
            self.own_age_band = band
