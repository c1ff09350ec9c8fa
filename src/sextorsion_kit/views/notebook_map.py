"""The map of the kit's notebooks shown by the start notebook."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..content import content_root, load_content
from ..content.labels import label
from ..content.models import NotebookEntry
from ..i18n import Language
from ..widgets.pickers import BilingualHTML

TABLE_STYLE = "font-size:1.1em;border-collapse:collapse;max-width:60em"
CELL_STYLE = "border:1px solid #888;padding:0.4em 0.6em;text-align:left;vertical-align:top"


def _row(entry: NotebookEntry, available: bool, language: Language) -> str:
    title = escape(entry.title.in_language(language))
    name = (
        f"<a href='{escape(entry.file)}'>{title}</a>"
        if available
        else (f"{title} <em>({escape(label('map_coming', language))})</em>")
    )
    cells = [
        f"{name}<br><small>{escape(entry.summary.in_language(language))}</small>",
        escape(entry.for_whom.in_language(language)),
        escape(", ".join(entry.ages)) + " " + escape(label("years", language)),
        f"{entry.minutes} {escape(label('minutes', language))}",
    ]
    return "<tr>" + "".join(f"<td style='{CELL_STYLE}'>{cell}</td>" for cell in cells) + "</tr>"


def render_map(entries: list[NotebookEntry], available: set[str], language: Language) -> str:
    """The map as an HTML table: title and summary, audience, ages, duration."""
    headers = ["map_notebook", "map_for_whom", "map_ages", "map_minutes"]
    head = "".join(
        f"<th scope='col' style='{CELL_STYLE}'>{escape(label(key, language))}</th>"
        for key in headers
    )
    rows = "".join(_row(entry, entry.file in available, language) for entry in entries)
    caption = escape(label("map_title", language))
    return (
        f"<table style='{TABLE_STYLE}'><caption style='text-align:left;font-weight:bold'>"
        f"{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def notebook_map(folder: Path | None = None) -> BilingualHTML:
    """The table of notebooks, marking those not written yet, following the language setting."""
    folder = folder or content_root() / "notebooks"
    entries = load_content().notebooks
    available = {entry.file for entry in entries if (folder / entry.file).is_file()}
    return BilingualHTML(lambda language: render_map(entries, available, language))
