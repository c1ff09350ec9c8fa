"""Loading content files (YAML) into the typed models, with one clear line per problem.

A file's kind comes from where it sits: any file in a folder named ``quizzes`` is a
quiz; ``data/<name>.yaml`` is known by its name. A file with any problem is rejected
whole: callers get either every model or a :class:`ContentError` listing every problem.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from . import models

ROOT_VARIABLE = "SEXTORSION_KIT_ROOT"
YAML_SUFFIXES = (".yaml", ".yml")

DATA_KINDS: dict[str, TypeAdapter[Any]] = {
    "resources": TypeAdapter(models.HelpChannels),
    "statistics": TypeAdapter(models.Statistics),
    "notebooks": TypeAdapter(models.NotebookMap),
    "stages": TypeAdapter(models.Stages),
    "red_flags": TypeAdapter(models.RedFlagChats),
    "myths": TypeAdapter(models.Myths),
    "guide": TypeAdapter(models.Guide),
    "penalties": TypeAdapter(models.Penalties),
    "case_facts": TypeAdapter(models.CaseFacts),
    "reviewed_hosts": TypeAdapter(models.ReviewedHosts),
    "characters": TypeAdapter(models.Cast),
}
QUIZ_KIND = TypeAdapter(models.Quiz)
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


def project_root() -> Path:
    """The folder holding ``data/`` and ``quizzes/`` (the repository, unless overridden)."""
    override = os.environ.get(ROOT_VARIABLE)
    return Path(override) if override else Path(__file__).resolve().parents[2]


def kind_of(path: Path) -> str | None:
    """``"quiz"``, a data file's name, or None when the place says nothing."""
    if path.suffix not in YAML_SUFFIXES:
        return None
    if path.parent.name == "quizzes":
        return "quiz"
    if path.parent.name == "data" and path.stem in DATA_KINDS:
        return path.stem
    return None


def _adapter(kind: str) -> TypeAdapter[Any]:
    return QUIZ_KIND if kind == "quiz" else DATA_KINDS[kind]


# --- reading ---------------------------------------------------------------------


def _read_text(path: Path, shown: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ContentError([Problem(shown, "file", f"cannot be read ({error.strerror})")]) from None
    if b"\x00" in raw:
        raise ContentError([Problem(shown, "file", "binary file, expected YAML text")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            [Problem(shown, f"line {line}", "not UTF-8 text: save the file as UTF-8")]
        ) from None
    if not text.strip():
        raise ContentError([Problem(shown, "file", "empty file")])
    return text


def _parse_yaml(text: str, shown: str) -> tuple[Any, yaml.Node | None]:
    try:
        return yaml.safe_load(text), yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentError([Problem(shown, where, f"YAML syntax error: {reason}")]) from None


# --- explaining validation errors ------------------------------------------------


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


def _format_key_path(parts: Sequence[int | str]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "top level"


def _line_of(node: yaml.Node | None, parts: Sequence[int | str]) -> int | None:
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


def _problems_from(error: ValidationError, shown: str, tree: yaml.Node | None) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        parts = _key_path(detail["loc"])
        line = _line_of(tree, parts)
        where = _format_key_path(parts) + (f" (line {line})" if line else "")
        problems.append(Problem(shown, where, _explain(detail)))
    return problems


# --- public API --------------------------------------------------------------------


def load_file(path: str | Path, kind: str | None = None) -> Any:
    """Load and validate one file; raise :class:`ContentError` on any problem."""
    shown = str(path)
    path = Path(path)
    kind = kind or kind_of(path)
    if kind is None:
        known = ", ".join(f"data/{name}.yaml" for name in DATA_KINDS)
        raise ContentError(
            [
                Problem(
                    shown, "file", f"unknown kind of content: expected quizzes/<id>.yaml or {known}"
                )
            ]
        )
    if not path.is_file():
        raise ContentError([Problem(shown, "file", "no such file")])
    data, tree = _parse_yaml(_read_text(path, shown), shown)
    if data is None:
        raise ContentError([Problem(shown, "file", "empty file")])
    try:
        return _adapter(kind).validate_python(data)
    except ValidationError as error:
        raise ContentError(_problems_from(error, shown, tree)) from None


def texts_in(
    value: Any, path: tuple[int | str, ...] = ()
) -> Iterator[tuple[tuple, models.Text]]:
    """Every :class:`~models.Text` inside a loaded model, with its key path."""
    if isinstance(value, models.Text):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts_in(getattr(value, name), (*path, _alias(value, name)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts_in(item, (*path, index))


def _alias(model: BaseModel, name: str) -> str:
    return type(model).model_fields[name].alias or name


def spacing_problems_in(path: str | Path) -> list[Problem]:
    """French and English punctuation spacing in one valid content file."""
    shown = str(path)
    loaded = load_file(path)
    _data, tree = _parse_yaml(_read_text(Path(path), shown), shown)
    problems = []
    for parts, text in texts_in(loaded):
        for what in text.spacing_problems():
            line = _line_of(tree, list(parts))
            where = _format_key_path(list(parts)) + (f" (line {line})" if line else "")
            problems.append(Problem(shown, where, what))
    return problems


def content_files(root: Path | None = None) -> list[Path]:
    """Every content file of the kit: ``data/*.yaml`` and ``quizzes/*.yaml``."""
    root = root or project_root()
    files = [p for suffix in YAML_SUFFIXES for p in (root / "data").glob(f"*{suffix}")]
    files += [p for suffix in YAML_SUFFIXES for p in (root / "quizzes").glob(f"*{suffix}")]
    return sorted(files)


def check(paths: Sequence[str | Path]) -> list[Problem]:
    """Every problem in the given files (folders stand for the YAML files inside them)."""
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        targets = (
            sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES)
            if path.is_dir()
            else [given]
        )
        for target in targets:
            try:
                problems.extend(spacing_problems_in(target))
            except ContentError as error:
                problems.extend(error.problems)
    return problems


@dataclass(frozen=True)
class Content:
    """All the kit's content, validated."""

    help_channels: list[models.HelpChannel]
    statistics: list[models.Statistic]
    notebooks: list[models.NotebookEntry]
    stages: list[models.Stage]
    red_flags: list[models.RedFlagChat]
    myths: list[models.Myth]
    guide: models.Guide
    penalties: list[models.Offence]
    case_facts: models.CaseFacts
    reviewed_hosts: list[models.ReviewedHost]
    characters: list[models.Character]
    quizzes: dict[str, models.Quiz]


@functools.cache
def load_content(root: Path | None = None) -> Content:
    """Load every content file; all of it or nothing (:class:`ContentError`)."""
    root = root or project_root()
    problems: list[Problem] = []
    loaded: dict[str, Any] = {}
    quizzes: dict[str, models.Quiz] = {}
    for name in DATA_KINDS:
        try:
            loaded[name] = load_file(root / "data" / f"{name}.yaml", name)
        except ContentError as error:
            problems.extend(error.problems)
    for path in content_files(root):
        if kind_of(path) == "quiz":
            try:
                quiz = load_file(path, "quiz")
                quizzes[quiz.id] = quiz
            except ContentError as error:
                problems.extend(error.problems)
    if not problems:
        problems = _unknown_facts(loaded["penalties"], loaded["case_facts"], root)
    if problems:
        raise ContentError(problems)
    return Content(
        help_channels=loaded["resources"],
        statistics=loaded["statistics"],
        notebooks=loaded["notebooks"],
        stages=loaded["stages"],
        red_flags=loaded["red_flags"],
        myths=loaded["myths"],
        guide=loaded["guide"],
        penalties=loaded["penalties"],
        case_facts=loaded["case_facts"],
        reviewed_hosts=loaded["reviewed_hosts"],
        characters=loaded["characters"],
        quizzes=quizzes,
    )


def _unknown_facts(
    penalties: list[models.Offence], case_facts: models.CaseFacts, root: Path
) -> list[Problem]:
    """Facts named in penalties.yaml must be defined in case_facts.yaml."""
    known = {fact.id for fact in case_facts.facts}
    return [
        Problem(
            str(root / "data" / "penalties.yaml"),
            f"article {offence.article}",
            f"unknown fact(s) {', '.join(unknown)}: define them in data/case_facts.yaml",
        )
        for offence in penalties
        if (unknown := sorted(offence.fact_ids() - known))
    ]
