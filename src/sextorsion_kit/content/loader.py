"""Loading content files (YAML) into the typed models, with one clear line per problem.

A file's kind comes from where it sits: any file in a folder named ``quizzes`` is a
quiz; ``data/<name>.yaml`` is known by its name. A file with any problem is rejected
whole: callers get either every model or a :class:`ContentError` listing every problem.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from . import models
from .deck_references import deck_problems
from .errors import ContentError, Problem, format_key_path, line_of, problems_from
from .paths import YAML_SUFFIXES, content_files, content_root

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
    "labels": TypeAdapter(models.Labels),
    "loiret_figures": TypeAdapter(models.LoiretFigures),
    "decks": TypeAdapter(models.DeckFile),
    "help_seeking": TypeAdapter(models.HelpSeeking),
    "class_check": TypeAdapter(models.ClassCheck),
}
QUIZ_KIND = TypeAdapter(models.Quiz)


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


# libyaml's parser when PyYAML was built with it (about ten times faster), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(text: str, shown: str) -> tuple[Any, yaml.Node | None]:
    """The data, and the node tree that knows each value's line (for problem lines)."""
    try:
        tree = yaml.compose(text, Loader=_LOADER)
        loader = _LOADER("")
        try:
            data = loader.construct_document(tree) if tree is not None else None
        finally:
            loader.dispose()
        return data, tree
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentError([Problem(shown, where, f"YAML syntax error: {reason}")]) from None


def _duplicate_keys(node: yaml.Node | None, shown: str) -> list[Problem]:
    """Keys written twice in one mapping (YAML would silently keep the last one)."""
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    where = f"line {key.start_mark.line + 1}"
                    problems.append(Problem(shown, where, f"duplicate key {key.value!r}"))
                seen.add(key.value)
            problems += _duplicate_keys(value, shown)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            problems += _duplicate_keys(item, shown)
    return problems


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
    if duplicates := _duplicate_keys(tree, shown):
        raise ContentError(duplicates)
    try:
        return _adapter(kind).validate_python(data)
    except ValidationError as error:
        raise ContentError(problems_from(error, shown, tree)) from None


def texts_in(value: Any, path: tuple[int | str, ...] = ()) -> Iterator[tuple[tuple, models.Text]]:
    """Every :class:`~models.Text` inside a loaded model, with its key path."""
    if isinstance(value, models.Text):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts_in(getattr(value, name), (*path, _alias(value, name)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from texts_in(item, (*path, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts_in(item, (*path, key))


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
            line = line_of(tree, list(parts))
            where = format_key_path(list(parts)) + (f" (line {line})" if line else "")
            problems.append(Problem(shown, where, what))
    return problems


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
    labels: dict[str, models.Text]
    loiret_figures: list[models.LoiretFigure]
    help_seeking: models.HelpSeeking
    class_check: models.ClassCheck
    decks: list[models.Deck]
    slide_texts: dict[str, models.SlideText]
    deck_sheets: list[models.DeckSheet]
    quizzes: dict[str, models.Quiz]


@functools.cache
def load_content(root: Path | None = None) -> Content:
    """Load every content file; all of it or nothing (:class:`ContentError`)."""
    root = root or content_root()
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
        problems = [
            *_unknown_facts(loaded["penalties"], loaded["case_facts"], root),
            *_unknown_tiers(loaded["penalties"], loaded["loiret_figures"], root),
            *deck_problems(loaded, quizzes, root),
        ]
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
        labels=loaded["labels"],
        loiret_figures=loaded["loiret_figures"],
        help_seeking=loaded["help_seeking"],
        class_check=loaded["class_check"],
        decks=loaded["decks"].decks,
        slide_texts=loaded["decks"].texts,
        deck_sheets=loaded["decks"].sheets,
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


def _unknown_tiers(
    penalties: list[models.Offence], figures: list[models.LoiretFigure], root: Path
) -> list[Problem]:
    """The Loiret figures name offences of penalties.yaml and tiers of those offences."""
    tiers = {offence.article: {tier.id for tier in offence.tiers} for offence in penalties}
    problems = []
    for index, figure in enumerate(figures):
        if figure.article not in tiers:
            where, what = "article", f"unknown article {figure.article}: not in data/penalties.yaml"
        elif unknown := sorted(set(figure.tiers) - tiers[figure.article]):
            where, what = "tiers", f"unknown tier(s) of {figure.article}: {', '.join(unknown)}"
        else:
            continue
        shown = str(root / "data" / "loiret_figures.yaml")
        problems.append(Problem(shown, f"[{index}].{where}", what))
    return problems
