"""A small GIFT reader for the tests, written from Moodle's format description, not the exporter.

It knows what the kit writes: ``$CATEGORY:`` lines, ``::name::[html]text{...}`` questions
separated by a blank line, answers ``=``/``~`` with an optional ``%weight%`` and a ``#feedback``,
``TRUE``/``FALSE`` with ``#wrong feedback#right feedback``, and ``####general feedback``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class GiftAnswer:
    text: str
    weight: float
    feedback: str


@dataclass
class GiftQuestion:
    category: str | None
    name: str
    text: str
    general_feedback: str = ""
    answers: list[GiftAnswer] = field(default_factory=list)
    truth: bool | None = None
    feedback_wrong: str = ""
    feedback_right: str = ""


def _split(text: str, separator: str) -> list[str]:
    """Split at every ``separator`` not escaped by a backslash (escapes kept)."""
    parts, current, i = [], "", 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            current += text[i : i + 2]
            i += 2
        elif text.startswith(separator, i):
            parts.append(current)
            current, i = "", i + len(separator)
        else:
            current += text[i]
            i += 1
    return [*parts, current]


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text.strip())


def _answers(body: str) -> list[GiftAnswer]:
    answers = []
    marks = re.finditer(r"(?<!\\)[=~]", body)
    starts = [m.start() for m in marks]
    for begin, end in zip(starts, [*starts[1:], len(body)], strict=True):
        chunk = body[begin:end]
        mark, chunk = chunk[0], chunk[1:]
        weight = 100.0 if mark == "=" else 0.0
        if chunk.startswith("%"):
            value, chunk = chunk[1:].split("%", 1)
            weight = float(value)
        text, *feedback = _split(chunk, "#")
        answers.append(GiftAnswer(unescape(text), weight, unescape(feedback[0]) if feedback else ""))
    return answers


def read_gift(source: str) -> list[GiftQuestion]:
    questions, category = [], None
    for block in re.split(r"\n\s*\n", source.strip()):
        block = block.strip()
        if block.startswith("$CATEGORY:"):
            category = block.removeprefix("$CATEGORY:").strip()
            continue
        name_part, rest = _split(block.removeprefix("::"), "::")[:2]
        rest = rest.removeprefix("[html]")
        text, body = _split(rest, "{")[0], "{".join(_split(rest, "{")[1:])
        body = body.rstrip().removesuffix("}")
        body, *general = _split(body, "####")
        question = GiftQuestion(
            category, unescape(name_part), unescape(text), unescape(general[0]) if general else ""
        )
        first = body.strip()
        if re.match(r"(TRUE|FALSE|T|F)\b", first):
            truth, *feedback = _split(first, "#")
            question.truth = truth.strip() in ("TRUE", "T")
            question.feedback_wrong = unescape(feedback[0]) if feedback else ""
            question.feedback_right = unescape(feedback[1]) if len(feedback) > 1 else ""
        else:
            question.answers = _answers(first)
        questions.append(question)
    return questions
