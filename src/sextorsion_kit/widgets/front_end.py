"""The widgets' front-end sources, read from the package and made into one ES module each.

An anywidget ``_esm`` is a single module string: the browser cannot follow a relative import
from it. A widget's module (``quiz.js``) is written as a real ES module that imports the
shared rules with ``import { checkSingle, ... } from "./rules.js";``, so it can be read and
tested on its own; :func:`bundle` removes that import and puts ``rules.js`` in front, where
the imported names are then declared in the same module scope.
"""

from __future__ import annotations

import re
from importlib.resources import files

# Modules a widget may import (``from "./rules.js"``); bundled in this order, each once.
SHARED = ("dom.js", "rules.js")

# import { a, b } from "./rules.js";   (one statement, possibly over several lines)
_IMPORT = re.compile(
    r"""^import\s*\{(?P<names>[^}]*)\}\s*from\s*["']\./(?P<file>[\w.-]+)["'];?[ \t]*$""", re.M
)
_OTHER_IMPORT = re.compile(r"""^\s*import[\s{*"']""", re.M)
_EXPORTED = re.compile(
    r"^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)", re.M
)
_EXPORT_LIST = re.compile(r"^export\s*\{([^}]*)\}", re.M)
_TOP_LEVEL = re.compile(
    r"^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)",
    re.M,
)


class FrontEndError(RuntimeError):
    """A widget's module cannot be bundled (missing file, unknown import, name clash)."""


def source(name: str) -> str:
    """The text of ``js/<name>`` inside the package."""
    resource = files(__package__).joinpath("js", name)
    if not resource.is_file():
        raise FrontEndError(f"front-end file js/{name} is missing from the package")
    return resource.read_text(encoding="utf-8")


def exported_names(module: str) -> set[str]:
    """The names an ES module exports by declaration or in an ``export { ... }`` list."""
    names = set(_EXPORTED.findall(module))
    for listed in _EXPORT_LIST.findall(module):
        for item in listed.split(","):
            if item.strip():
                names.add(item.split(" as ")[-1].strip())
    return names


def top_level_names(module: str) -> set[str]:
    """Names declared at the start of a line (the modules here declare top-level names so)."""
    return set(_TOP_LEVEL.findall(module))


def bundle(name: str) -> str:
    """The shared modules ``js/<name>`` imports, then ``js/<name>`` without its imports: one module."""
    widget = source(name)
    imported: dict[str, list[str]] = {}

    def drop(match: re.Match[str]) -> str:
        file = match.group("file")
        if file not in SHARED:
            shared = ", ".join(f"./{s}" for s in SHARED)
            raise FrontEndError(f"js/{name} imports ./{file}: only {shared} are bundled")
        names = [item.strip() for item in match.group("names").split(",") if item.strip()]
        if renamed := [item for item in names if " as " in item]:
            raise FrontEndError(f"js/{name}: import {renamed[0]!r} renames; import the name as it is")
        imported.setdefault(file, []).extend(names)
        return f"// (import of {', '.join(names)} from ./{file}: bundled above)"

    widget = _IMPORT.sub(drop, widget)
    if _OTHER_IMPORT.search(widget):
        raise FrontEndError(
            f"js/{name} has an import that cannot be bundled (no network, no files)"
        )
    parts, declared = [], top_level_names(widget)
    for file in (s for s in SHARED if s in imported):
        shared = source(file)
        if missing := sorted(set(imported[file]) - exported_names(shared)):
            raise FrontEndError(f"js/{name} imports {', '.join(missing)}, which {file} does not export")
        if clash := sorted(top_level_names(shared) & declared):
            raise FrontEndError(f"js/{name} and {file} both declare {', '.join(clash)}")
        declared |= top_level_names(shared)
        parts.append(f"// --- {file} ---\n{shared}")
    return "\n".join([*parts, f"// --- {name} ---\n{widget}"]) if parts else widget


def stylesheet(*names: str) -> str:
    """The shared ``js/kit.css`` followed by each ``js/<name>`` (a widget's own CSS)."""
    return "\n".join(source(name) for name in ("kit.css", *names))
