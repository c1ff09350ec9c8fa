"""Content problems: one line each (file, place, reason), from YAML and pydantic errors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from . import models

_UNION_TAGS = {*models.QUESTION_KINDS, "same_for_all", "by_age"}



@dataclass(frozen=True)
class Problem:
    """One problem in one content file, printed as ``path: where: what``."""

    path: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.what}"


class ContentError(Exception):
    """Content that can't be used; holds every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def _render_traceback_(self) -> list[str]:
        """What IPython shows instead of a traceback: one line per problem."""
        return ["ContentError: the kit's content has problems", *map(str, self.problems)]



def _key_path(location: Iterable[int | str]) -> list[int | str]:
    """Drop the union tags pydantic inserts in locations (``questions.0.single``)."""
    kept: list[int | str] = []
    for part in location:
        if isinstance(part, str) and part in _UNION_TAGS:
            continue
        if isinstance(part, str) and part.startswith(("function-after[", "function-wrap[")):
            continue
        kept.append(part)
    return kept


def format_key_path(parts: Sequence[int | str]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "top level"


def line_of(node: yaml.Node | None, parts: Sequence[int | str]) -> int | None:
    """The line (1-based) of the deepest node that exists along ``parts``."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == part), None)
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _kind_name(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return "a plain text" if isinstance(value, str) else f"{type(value).__name__} {value!r}"


def _explain(error: dict[str, Any]) -> str:
    kind, value, location = error["type"], error.get("input"), error["loc"]
    last = location[-1] if location else None
    if kind == "missing":
        if last in ("fr", "en"):
            return f"missing '{last}' text"
        return f"missing key '{last}'"
    if kind == "extra_forbidden":
        return f"unknown key '{last}'"
    if kind in ("string_type",):
        return f"expected a text, got {_kind_name(value)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if error.get("ctx", {}).get("class_name") == "Text":
            return (
                f"expected a text in both languages {{fr: ..., en: ...}}, got {_kind_name(value)}"
            )
        return f"expected a mapping, got {_kind_name(value)}"
    if kind == "list_type":
        return f"expected a list, got {_kind_name(value)}"
    if kind == "string_too_short":
        return "empty text"
    if kind == "too_short":
        ctx = error["ctx"]
        return f"needs at least {ctx['min_length']} item(s), has {ctx['actual_length']}"
    if kind == "union_tag_invalid":
        return (
            f"unknown kind {error['ctx']['tag']!r}: expected one of {error['ctx']['expected_tags']}"
        )
    if kind == "union_tag_not_found":
        return "missing key 'kind'"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not have the expected form ({error['ctx']['pattern']})"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return error["msg"][0].lower() + error["msg"][1:]


def problems_from(error: ValidationError, shown: str, tree: yaml.Node | None) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        parts = _key_path(detail["loc"])
        line = line_of(tree, parts)
        where = format_key_path(parts) + (f" (line {line})" if line else "")
        problems.append(Problem(shown, where, _explain(detail)))
    return problems


# --- public API --------------------------------------------------------------------

