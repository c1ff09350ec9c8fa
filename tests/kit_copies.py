"""Copies of the kit's content for tests that break it on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_content(target: Path) -> Path:
    """Copy ``data/`` and ``quizzes/`` into ``target`` (a root for ``SEXTORSION_KIT_ROOT``)."""
    for folder in ("data", "quizzes"):
        shutil.copytree(ROOT / folder, target / folder)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file, which must hold it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
