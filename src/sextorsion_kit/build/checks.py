"""Checks across the whole kit, beyond one file: links, character names, notebook typography.

``python -m sextorsion_kit check`` (without paths) runs them after every file is valid. Each
returns :class:`~sextorsion_kit.content.Problem` lines, ``path: where: what``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..content import (
    Problem,
    content_files,
    content_root,
    load_content,
    load_file,
    models,
    texts_in,
)
from ..text import spacing_problems

URL = re.compile(r"https?://[^\s\"'<>()\[\]{}|\\^`]+")
# Story files: their characters' names must not turn up in another story file.
NOT_STORIES = ("data/guide.yaml", "data/characters.yaml", "data/reviewed_hosts.yaml")


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


# --- links ---------------------------------------------------------------------------


def _notebook_texts(notebook: Path) -> Iterator[tuple[str, str]]:
    """(place, text) for every markdown cell and every output of a notebook."""
    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    for number, cell in enumerate(cells):
        if cell.get("cell_type") == "markdown":
            yield f"cell {number} (markdown)", "".join(cell.get("source", ""))
        for output in cell.get("outputs", []):
            yield f"cell {number} (output)", json.dumps(output, ensure_ascii=False)


def link_problems(root: Path | None = None) -> list[Problem]:
    """Links in data/, quizzes/ and notebooks/ whose host was never reviewed."""
    root = root or content_root()
    reviewed = load_content(root).reviewed_hosts
    places: list[tuple[str, str, str]] = []
    for path in content_files(root):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            places.append((_relative(path, root), f"line {number}", line))
    for notebook in sorted((root / "notebooks").glob("*.ipynb")):
        for where, text in _notebook_texts(notebook):
            places.append((_relative(notebook, root), where, text))
    problems: dict[tuple[str, str], Problem] = {}
    for shown, where, text in places:
        for url in URL.findall(text):
            if not any(entry.covers(url) for entry in reviewed):
                host = url.split("/")[2].lower()
                problems.setdefault(
                    (shown, host),
                    Problem(
                        shown,
                        where,
                        f"link to {host}, a site not in data/reviewed_hosts.yaml: read it, "
                        "then add it there or remove the link",
                    ),
                )
    return list(problems.values())


# --- character names -----------------------------------------------------------------


def _senders(value: Any) -> Iterator[str]:
    if isinstance(value, models.ChatMessage):
        yield value.sender
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _senders(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _senders(item)


def name_problems(root: Path | None = None) -> list[Problem]:
    """Each name belongs to one character: declared in data/characters.yaml, used in its story."""
    root = root or content_root()
    cast = {character.name: character for character in load_content(root).characters}
    cast_file = "data/characters.yaml"
    problems: list[Problem] = []
    used: dict[str, set[str]] = {name: set() for name in cast}
    for path in content_files(root):
        shown = _relative(path, root)
        if shown in NOT_STORIES:
            continue
        loaded = load_file(path)
        for sender in sorted(set(_senders(loaded))):
            if sender not in cast:
                problems.append(
                    Problem(shown, f"chat sender {sender!r}", f"not declared in {cast_file}")
                )
        words = " ".join(t.fr + " " + t.en for _, t in texts_in(loaded))
        words += " " + " ".join(_senders(loaded))
        for name, character in cast.items():
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", words):
                used[name].add(shown)
                if shown != character.story:
                    problems.append(
                        Problem(
                            shown,
                            f"name {name!r}",
                            f"already the name of another character ({character.role}, "
                            f"in {character.story}): one name, one character",
                        )
                    )
    for name, character in cast.items():
        if character.story not in used[name]:
            problems.append(
                Problem(cast_file, f"name {name!r}", f"not used in {character.story}")
            )
    return problems


# --- notebook typography -------------------------------------------------------------


def notebook_spacing_problems(root: Path | None = None) -> list[Problem]:
    """Punctuation spacing in the notebooks' prose (French, or English in "In English" cells)."""
    root = root or content_root()
    problems = []
    for notebook in sorted((root / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        for number, cell in enumerate(cells):
            if cell.get("cell_type") != "markdown":
                continue
            text = "".join(cell.get("source", ""))
            prose = re.sub(r"```.*?```|`[^`]*`|\([^)\s]*://[^)\s]*\)", "code", text, flags=re.S)
            language = "en" if text.lstrip().startswith("## In English") else "fr"
            for what in spacing_problems(prose, language):
                problems.append(Problem(_relative(notebook, root), f"cell {number}", what))
    return problems


def kit_problems(root: Path | None = None) -> list[Problem]:
    """Every cross-file problem of the kit."""
    return [*link_problems(root), *name_problems(root), *notebook_spacing_problems(root)]
