"""`make slides`: decks that work from a folder with no network, PDFs with one page per slide."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from activity_driver import (
    answer_one_of_each_kind,
    play_law,
    play_red_flags,
    play_role_play_to_an_ending,
)
from browser_support import keep_offline, require, serious_axe_violations
from pypdf import PdfReader

from sextorsion_kit.build.notebooks import widget_states
from sextorsion_kit.build.slides import COMBINED_PARTS, combined_notebook, libraries_missing
from sextorsion_kit.content import load_content

pytestmark = pytest.mark.browser
QUIZZES = load_content().quizzes


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Iterator[Path]:
    """The whole build, as `make slides` runs it, into a throw-away folder."""
    target = tmp_path_factory.mktemp("slides") / "build"
    command = [sys.executable, "-m", "sextorsion_kit", "slides", str(target)]
    require(libraries_missing(Path(__file__).parents[1] / "slides"))
    subprocess.run(command, check=True, cwd=Path(__file__).parents[1])
    yield target


def deck_names(folder: Path) -> list[str]:
    return sorted(json.loads((folder / "decks.json").read_text()))


@pytest.fixture()
def offline(chromium) -> Iterator:
    """A page that may load files from the folder only; every other request is recorded."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    keep_offline(page)
    yield page
    context.close()


def open_deck(page, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_function("window.Reveal && window.Reveal.isReady()", timeout=60_000)


def wait_for_the_last_fit(page) -> None:
    """Wait until the deck has fitted its slides a second time, once its widgets are drawn."""
    page.wait_for_function("document.body.dataset.refitted === 'yes'", timeout=60_000)


def test_every_notebook_has_a_deck_and_the_talk_has_one_too(built: Path):
    names = deck_names(built)
    assert "intervention.slides.html" in names
    assert {
        f"{p.stem}.slides.html" for p in (Path(__file__).parents[1] / "notebooks").glob("0*.ipynb")
    } <= set(names)


LOADED = re.compile(
    r"""<(?:script|img|iframe)[^>]*\ssrc=["']([^"']+)|<link[^>]*\shref=["']([^"']+)"""
)
LINKED = re.compile(r"""<a[^>]*\shref=\\?["']([^"'#\\]+)""")


def test_the_folder_holds_everything_a_deck_loads(built: Path):
    for name in deck_names(built):
        html = (built / name).read_text(encoding="utf-8")
        for url in (a or b for a, b in LOADED.findall(html)):
            assert not url.startswith(("http:", "https:", "//")), f"{name} loads {url}"
            if not url.startswith("data:"):
                assert (built / url).exists(), f"{name} needs {url}, missing from the folder"
        for url in LINKED.findall(html):  # links between decks must work from the folder too
            # "{source}": a label the law exercise fills in the browser with a rule's source
            if not url.startswith(("http:", "https:", "mailto:")) and url != "{source}":
                assert (built / url).exists(), f"{name} links to {url}, missing from the folder"


@pytest.mark.parametrize(
    "name",
    [
        "00_commencer_ici.slides.html",
        "01_comprendre_la_sextorsion.slides.html",
        "02_quiz_reagir.slides.html",
        "04_guide_animateur.slides.html",
        "intervention.slides.html",
    ],
)
def test_a_deck_opens_offline_with_its_slides_and_widgets(offline, built: Path, name: str):
    expected = json.loads((built / "decks.json").read_text())[name]
    open_deck(offline, built / name)
    assert offline.evaluate("Reveal.getTotalSlides()") == expected
    offline.locator(".reveal .jupyter-widgets, .reveal .widget-html").first.wait_for(
        state="attached", timeout=30_000
    )
    assert offline.outside == []
    assert offline.errors == []


def test_the_guide_deck_shows_a_chart_with_a_text_alternative(offline, built: Path):
    open_deck(offline, built / "04_guide_animateur.slides.html")
    chart = offline.locator(".reveal img[src^='data:image/png'][alt*='2023']").first
    chart.wait_for(state="attached", timeout=30_000)
    assert "10" in chart.get_attribute("alt")


def test_the_law_deck_shows_each_penalty_chart_large_enough_to_read(offline, built: Path):
    """Charts are drawn with 19-point text at 100 dpi: at half size or more it stays legible."""
    offline.goto((built / "03_ce_que_dit_la_loi.slides.html").as_uri() + "?print-pdf")
    charts = offline.locator(".reveal img[src^='data:image/png']")
    offline.wait_for_function(
        "document.querySelectorAll(\".reveal img[src^='data:image/png']\").length >= 6",
        timeout=30_000,
    )
    wait_for_the_last_fit(offline)
    shown = charts.evaluate_all(
        "images => images.map(i => [i.getBoundingClientRect().width / i.naturalWidth, i.alt])"
    )
    alternatives = " ".join(alt for _scale, alt in shown)
    for words in ("art. 312-10", "art. 227-23-1", "victime de moins de 15 ans", "€"):
        assert words in alternatives
    for scale, alt in shown:
        assert scale >= 0.5, f"chart shrunk to {scale:.2f}: {alt[:60]}"
    assert offline.outside == [] and offline.errors == []


def test_the_talk_deck_has_one_settings_model_for_both_notebooks():
    """Notebooks 01 and 02 each saved their own; in one deck, one switch must move both parts."""
    parts = [Path(__file__).parents[1] / "notebooks" / name for name in COMBINED_PARTS]
    states = widget_states(combined_notebook(parts))
    settings = [i for i, s in states.items() if s["state"].get("_anywidget_id", "").endswith(
        "KitSettings"
    )]
    assert len(settings) == 1
    referenced = {s["state"]["settings"] for s in states.values() if "settings" in s["state"]}
    assert referenced == {f"anywidget:{settings[0]}"}
    assert len([s for s in states.values() if "settings" in s["state"]]) > 10


def show_slide_with(page, widget: str):
    """Move the deck to the slide holding the first ``widget`` (a CSS selector); the widget."""
    page.locator(f".reveal {widget}").first.wait_for(state="attached", timeout=30_000)
    page.evaluate(
        """(selector) => {
             const slide = document.querySelector('.reveal ' + selector).closest('section');
             const at = Reveal.getIndices(slide);
             Reveal.slide(at.h, at.v || 0);
           }""",
        widget,
    )
    return page.locator(f".reveal section.present {widget}").first


def test_the_talk_deck_plays_every_activity_with_no_kernel(offline, built: Path):
    """Live slides: the speaker clicks the class's answers and the deck answers at once."""
    open_deck(offline, built / "intervention.slides.html")
    flags = show_slide_with(offline, ".sxk-flags")
    play_red_flags(flags)
    title = QUIZZES["reagir"].title.fr
    quiz = show_slide_with(offline, f".sxk-quiz[data-quiz='{QUIZZES['reagir'].id}']")
    assert quiz.get_by_role("heading", name=title).count() == 1
    kinds = {"single", "multiple", "true_false", "order"}
    assert answer_one_of_each_kind(quiz, kinds) == kinds
    play = show_slide_with(offline, ".sxk-quiz[data-quiz='jeu_de_role_compte_pirate']")
    play_role_play_to_an_ending(play)
    # one switch in part 01 turns part 02 too: the deck is one page with one settings model
    picker = show_slide_with(offline, ".sxk-picker")
    picker.get_by_role("button", name="English", exact=True).click()
    assert offline.locator(".reveal .sxk-quiz[data-quiz=reagir]").get_attribute("lang") == "en"
    assert offline.locator(".reveal .sxk-flags").get_attribute("lang") == "en"
    assert offline.outside == [] and offline.errors == []


def test_no_slide_of_any_deck_has_a_serious_accessibility_violation(offline, built: Path):
    """In the print layout every slide is shown at once, so one axe-core run covers a deck."""
    for name in deck_names(built):
        offline.goto((built / name).as_uri() + "?print-pdf")
        wait_for_the_last_fit(offline)
        assert serious_axe_violations(offline) == [], name


def test_the_law_deck_plays_the_what_happened_exercise(offline, built: Path):
    open_deck(offline, built / "03_ce_que_dit_la_loi.slides.html")
    play_law(show_slide_with(offline, ".sxk-law"))
    assert offline.outside == [] and offline.errors == []


def test_speaker_notes_open_in_the_presenter_view_offline(offline, built: Path):
    open_deck(offline, built / "01_comprendre_la_sextorsion.slides.html")
    with offline.expect_popup() as opened:
        offline.keyboard.press("s")
    notes = opened.value
    notes.wait_for_load_state()
    notes.get_by_text("Notes pour l'adulte").first.wait_for(timeout=30_000)
    assert offline.outside == []


def test_each_deck_pdf_has_one_page_per_slide(built: Path):
    counts = json.loads((built / "decks.json").read_text())
    for name, slides in counts.items():
        pdf = built / name.replace(".slides.html", ".pdf")
        assert len(PdfReader(pdf).pages) == slides, pdf.name


def test_the_law_pdf_prints_every_chart(built: Path):
    """Six charts in the deck, six images in its PDF: none left blank by the print layout."""
    pages = PdfReader(built / "03_ce_que_dit_la_loi.pdf").pages
    assert sum(len(page.images) for page in pages) >= 6


def test_the_handout_and_the_parent_note_fit_on_one_page(built: Path):
    for name in ("fiche_eleve", "fiche_eleve_en", "note_parents", "note_parents_en"):
        assert len(PdfReader(built / f"{name}.pdf").pages) == 1, name


def test_the_index_links_to_every_deck_and_pdf(built: Path):
    index = (built / "index.html").read_text(encoding="utf-8")
    links = re.findall(r"""href=["']([^"']+)["']""", index)
    assert set(deck_names(built)) <= set(links)
    moodle = sorted(p.name for p in (built / "moodle").iterdir())
    assert moodle and {f"moodle/{name}" for name in moodle} <= set(links)
    for link in links:
        assert (built / link).exists(), link


# Decks projected to a class must stay readable; the guide's deck is read by the adult.
SMALLEST_SCALE = {"04_guide_animateur.slides.html": 0.4}
# A live activity (the whole quiz, chat or timeline on one slide, as in the notebook) may
# shrink to 40 % until the talk decks give it several slides (the issue on decks for a talk).
LIVE_ACTIVITY_SCALE = 0.4


def test_no_slide_is_cut_and_class_slides_stay_large(offline, built: Path):
    for name in deck_names(built):
        offline.goto((built / name).as_uri() + "?print-pdf")
        wait_for_the_last_fit(offline)
        sections = offline.evaluate(
            """() => [...document.querySelectorAll('.reveal .slides section')]
                 .filter(s => !s.querySelector('section'))
                 .map(s => [parseFloat(s.dataset.fit), s.scrollHeight * parseFloat(s.dataset.fit),
                            Reveal.getConfig().height, s.textContent.trim().slice(0, 40),
                            !!s.querySelector('.sxk-quiz, .sxk-law, .sxk-timeline-stage')])"""
        )
        assert sections, name
        for scale, height, room, start, live in sections:
            assert height <= room + 2, f"{name}: slide «{start}» is cut"
            smallest = LIVE_ACTIVITY_SCALE if live else SMALLEST_SCALE.get(name, 0.6)
            assert scale >= smallest, f"{name}: «{start}» shrunk to {scale}"
