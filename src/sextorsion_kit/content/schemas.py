"""JSON Schemas of the content files, exported from the models for authors' editors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .loader import DATA_KINDS, QUIZ_KIND

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    """One schema per kind of file: ``quiz`` and each ``data/<name>.yaml``."""
    kinds = {"quiz": QUIZ_KIND, **DATA_KINDS}
    found = {}
    for name, adapter in sorted(kinds.items()):
        schema = adapter.json_schema()
        found[name] = {"$schema": SCHEMA_DIALECT, "title": f"{name} (sextorsion kit)", **schema}
    return found


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write ``<kind>.schema.json`` files; remove those of kinds that no longer exist."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {folder / f"{name}.schema.json": schema_text(s) for name, s in schemas().items()}
    for old in folder.glob("*.schema.json"):
        if old not in wanted:
            old.unlink()
    for path, text in wanted.items():
        path.write_text(text, encoding="utf-8")
    return sorted(wanted)
