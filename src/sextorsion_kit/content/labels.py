"""Short interface texts (buttons, headings) in both languages, from data/labels.yaml."""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import Language, get_language
from .loader import load_content
from .models import Text


def labels() -> Mapping[str, Text]:
    """Every interface label, by key."""
    return load_content().labels


def label(key: str, language: Language | None = None) -> str:
    """The interface text ``key`` in ``language`` (the current one by default)."""
    try:
        text = labels()[key]
    except KeyError:
        raise KeyError(f"unknown label {key!r}: add it to data/labels.yaml") from None
    return text.in_language(language or get_language())

