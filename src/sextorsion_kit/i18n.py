"""The language switch: French by default, English on request.

Views read the current language through :func:`get_language` and register a
callback with :func:`on_language_change`, so one call to :func:`set_language`
re-renders every widget and chart text already on screen.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from typing import Literal, cast

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
DEFAULT_LANGUAGE: Language = "fr"
ENV_VARIABLE = "SEXTORSION_KIT_LANG"

_listeners: list[weakref.ref | Callable[[], Callable[[Language], None] | None]] = []


def _language_from_environment() -> Language:
    wanted = os.environ.get(ENV_VARIABLE, "").strip().lower()[:2]
    return cast(Language, wanted) if wanted in LANGUAGES else DEFAULT_LANGUAGE


_current: Language = _language_from_environment()


def get_language() -> Language:
    """The language every text is shown in right now."""
    return _current


def set_language(language: str) -> None:
    """Switch every text of the kit to ``language`` ("fr" or "en")."""
    global _current
    wanted = language.strip().lower()
    if wanted not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    if wanted == _current:
        return
    _current = cast(Language, wanted)
    for listener in list(_listeners):
        callback = listener()
        if callback is None:
            _listeners.remove(listener)
        else:
            callback(_current)


def on_language_change(callback: Callable[[Language], None]) -> None:
    """Call ``callback(language)`` after each switch, for as long as its owner lives.

    Bound methods are held weakly, so a widget that is gone stops listening.
    """
    if hasattr(callback, "__func__") and hasattr(callback, "__self__"):
        _listeners.append(weakref.WeakMethod(callback))  # type: ignore[arg-type]
    else:
        _listeners.append(lambda: callback)
