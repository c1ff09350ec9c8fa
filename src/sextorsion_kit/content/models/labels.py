"""Interface labels (data/labels.yaml): short texts of buttons, headings, captions."""

from __future__ import annotations

import re
from collections import Counter
from string import Formatter
from typing import Annotated

from pydantic import AfterValidator, Field

from .base import Text

_KEY = re.compile(r"[a-z][a-z0-9_]*")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)")


def _key_form(key: str) -> str:
    if not _KEY.fullmatch(key):
        raise ValueError(
            f"label key {key!r}: use lower-case letters, digits and _ (like help_title)"
        )
    return key


LabelKey = Annotated[str, AfterValidator(_key_form)]


def placeholders(text: str) -> Counter[str]:
    """The ``{name}`` fields of a ``str.format`` template, with their counts."""
    try:
        fields = [name for _, name, _, _ in Formatter().parse(text) if name is not None]
    except ValueError as error:
        raise ValueError(f"braces do not make a {{placeholder}} ({error})") from None
    return Counter(f"{{{name}}}" for name in fields)


def html_tags(text: str) -> Counter[str]:
    """The HTML tags of a text, opening and closing, with their counts."""
    return Counter(f"<{slash}{name.lower()}>" for slash, name in _TAG.findall(text))


def _differences(what: str, fr: Counter[str], en: Counter[str]) -> list[str]:
    found = []
    for mine, other, name in ((fr, en, "French"), (en, fr, "English")):
        if only := [item for item in mine if item not in other]:
            found.append(f"{what} {', '.join(only)} only in the {name} text")
    found += [
        f"{what} {item}: {fr[item]} in French, {en[item]} in English"
        for item in fr
        if item in en and fr[item] != en[item]
    ]
    return found


def parity_problems(text: Text) -> list[str]:
    """What the two languages of a label do not share: placeholders, HTML tags."""
    fields = _differences("placeholder", placeholders(text.fr), placeholders(text.en))
    return fields + _differences("HTML tag", html_tags(text.fr), html_tags(text.en))


def _same_in_both_languages(text: Text) -> Text:
    if problems := parity_problems(text):
        raise ValueError("; ".join(problems))
    return text


LabelText = Annotated[Text, AfterValidator(_same_in_both_languages)]
Labels = Annotated[dict[LabelKey, LabelText], Field(min_length=1)]
