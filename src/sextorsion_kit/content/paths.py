"""Where the content files are: beside the installed package, or in a folder given by variable.

The kit's ``data/`` and ``quizzes/`` folders are installed as the packages
``sextorsion_kit.data`` and ``sextorsion_kit.quizzes`` (see ``pyproject.toml``). In a
checkout, installed with ``pip install -e .``, they are the repository's own folders; in
an installed kit they sit inside the package. Either way they are siblings, and their
parent is the content root.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

ROOT_VARIABLE = "SEXTORSION_KIT_ROOT"
YAML_SUFFIXES = (".yaml", ".yml")


def content_root() -> Path:
    """The folder holding ``data/`` and ``quizzes/`` (``$SEXTORSION_KIT_ROOT`` if set)."""
    override = os.environ.get(ROOT_VARIABLE)
    if override:
        return Path(override)
    return Path(str(files("sextorsion_kit.data"))).parent


def content_files(root: Path | None = None) -> list[Path]:
    """Every content file of the kit: ``data/*.yaml`` and ``quizzes/*.yaml``."""
    root = root or content_root()
    found = [p for suffix in YAML_SUFFIXES for p in (root / "data").glob(f"*{suffix}")]
    found += [p for suffix in YAML_SUFFIXES for p in (root / "quizzes").glob(f"*{suffix}")]
    return sorted(found)
