"""Talk decks (data/decks.yaml) -> one offline reveal.js file per deck, band and language.

A deck page loads only files of the build folder: reveal.js and its notes plugin, the kit's
theme and font (``slides/theme/``, ``@fontsource/atkinson-hyperlegible``), and the kit's
own widget host (``lib/kit-page.js``), which draws the live slides from the state saved in
the page. No kernel, no widget manager, no network: a deck works from a USB stick.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..content.labels import label
from ..i18n import Language
from ..text import colon
from ..views.deck import DeckView, deck_views
from ..views.pages import render
from ..widgets.front_end import source

# destination under lib/ -> source under slides/node_modules
DECK_LIBRARIES = {
    "reveal.js/dist": "reveal.js/dist",
    "reveal.js/plugin/notes": "reveal.js/plugin/notes",
}
FONT_PACKAGE = "@fontsource/atkinson-hyperlegible/files"
FONT_FILES = tuple(
    f"atkinson-hyperlegible-{subset}-{weight}-normal.woff2"
    for subset in ("latin", "latin-ext")
    for weight in (400, 700)
)
THEME_FILES = ("kit-deck.css", "kit-deck.js")
LANGUAGES: tuple[Language, ...] = ("fr", "en")


@dataclass(frozen=True)
class BuiltDeck:
    """A deck written to disk: what it is, its HTML and its PDF."""

    view: DeckView
    html: Path
    pdf: Path

    @property
    def slides(self) -> int:
        return len(self.view.slides)


def copy_deck_files(modules: Path, theme: Path, lib: Path) -> None:
    """reveal.js, the font, the theme and the widget host into ``lib``."""
    for destination, origin in DECK_LIBRARIES.items():
        shutil.copytree(
            modules / origin, lib / destination, dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("*.map", "*.esm.js", "theme"),
        )  # fmt: skip
    fonts = lib / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES:
        shutil.copyfile(modules / FONT_PACKAGE / name, fonts / name)
    shutil.copyfile(modules / "@fontsource/atkinson-hyperlegible/LICENSE", fonts / "LICENSE.txt")
    for name in THEME_FILES:
        shutil.copyfile(theme / name, lib / name)
    (lib / "kit-page.js").write_text(source("page.js"), encoding="utf-8")


def render_deck(view: DeckView) -> str:
    """The deck's page: its slides, their notes and the state of its live slides."""
    models = [f"slide-{index}" if slide.live else None for index, slide in enumerate(view.slides)]
    state = {model: slide.live for model, slide in zip(models, view.slides, strict=False) if model}
    # a "</script>" inside a text must not end the state's script element
    saved = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    return render(
        "deck.html.j2",
        view.language,
        view=view,
        slide_models=models,
        state=saved,
        colon=colon(view.language),
        title_line=label("deck_title_line", view.language),
    )


def write_decks(target: Path, modules: Path, theme: Path) -> list[BuiltDeck]:
    """Every deck in both languages into ``target``, with what they load in ``target/lib``."""
    copy_deck_files(modules, theme, target / "lib")
    built = []
    for language in LANGUAGES:
        for view in deck_views(language):
            html = target / f"{view.name}.html"
            html.write_text(render_deck(view), encoding="utf-8")
            built.append(BuiltDeck(view, html, target / f"{view.name}.pdf"))
    return built
