"""French and English punctuation spacing: one place that knows both.

French puts a narrow no-break space (U+202F) before ``: ; ? !`` and ``»``, and after ``«``,
so a line never breaks between a word and its punctuation. English puts no space there and
uses no « ». :func:`typeset` fixes a text; :func:`spacing_problems` says what is wrong (the
content checker and the models use it); :func:`colon` and :func:`quoted` build the pieces
the views write themselves.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .i18n import Language

NARROW_NBSP = "\u202f"
_SPACES = " \u00a0\u202f\u2009"
# A space (any kind but the narrow no-break one) before a high punctuation mark, in French.
_FR_WRONG_BEFORE = re.compile(r"[ \u00a0\u2009]+([:;?!»])")
_FR_WRONG_AFTER = re.compile(r"«[ \u00a0\u2009]+")
_FR_MISSING_BEFORE = re.compile(rf"(?<=[^\s{_SPACES}])»")
_FR_MISSING_AFTER = re.compile(rf"«(?=[^\s{_SPACES}])")
_EN_SPACE_BEFORE = re.compile(rf"[{_SPACES}]+([:;?!])")


def typeset(text: str, language: Language) -> str:
    """``text`` with the spacing of ``language`` around punctuation."""
    if language == "fr":
        text = _FR_WRONG_BEFORE.sub(lambda m: NARROW_NBSP + m.group(1), text)
        text = _FR_WRONG_AFTER.sub("«" + NARROW_NBSP, text)
        text = _FR_MISSING_BEFORE.sub(NARROW_NBSP + "»", text)
        return _FR_MISSING_AFTER.sub("«" + NARROW_NBSP, text)
    text = _EN_SPACE_BEFORE.sub(lambda m: m.group(1), text)
    return re.sub(rf"«[{_SPACES}]*(.*?)[{_SPACES}]*»", r'"\1"', text)


def spacing_problems(text: str, language: Language) -> list[str]:
    """What is wrong with the spacing of ``text`` (empty when it is right)."""
    problems = []
    if language == "fr":
        hint = " (French wants a narrow no-break space, U+202F)"
        for match in _FR_WRONG_BEFORE.finditer(text):
            problems.append(f"plain space before '{match.group(1)}'{hint}")
        if _FR_WRONG_AFTER.search(text):
            problems.append(f"plain space after '«'{hint}")
        if _FR_MISSING_BEFORE.search(text) or _FR_MISSING_AFTER.search(text):
            problems.append(f"no space inside « »{hint}")
        return list(dict.fromkeys(problems))
    for match in _EN_SPACE_BEFORE.finditer(text):
        problems.append(f"space before '{match.group(1)}' in English")
    if "«" in text or "»" in text:
        problems.append("« » in English: use quotation marks")
    return list(dict.fromkeys(problems))


def colon(language: Language) -> str:
    """What goes between a word and what follows its colon."""
    return f"{NARROW_NBSP}: " if language == "fr" else ": "


def semicolon(language: Language) -> str:
    return f"{NARROW_NBSP}; " if language == "fr" else "; "


_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def long_date(day: date, language: Language) -> str:
    """``1er janvier 2025`` / ``1 January 2025``."""
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def quoted(text: str, language: Language) -> str:
    """« text » in French, "text" in English."""
    if language == "fr":
        return f"«{NARROW_NBSP}{text}{NARROW_NBSP}»"
    return f"\u201c{text}\u201d"


def thousands(value: float, language: Language) -> str:
    """``26 718`` in French (narrow no-break space), ``26,718`` in English."""
    digits = f"{value:,.0f}"
    return digits.replace(",", NARROW_NBSP) if language == "fr" else digits


def euros(amount: int, language: Language) -> str:
    """``75 000 €`` in French, ``€75,000`` in English."""
    if language == "fr":
        return f"{thousands(amount, language)}\u00a0€"
    return f"€{thousands(amount, language)}"


def years(count: int, language: Language) -> str:
    """``1 an``, ``5 ans`` / ``1 year``, ``5 years``."""
    if language == "fr":
        return f"{count} an" if count == 1 else f"{count} ans"
    return f"{count} year" if count == 1 else f"{count} years"
