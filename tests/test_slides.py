"""`make slides`: talk decks a speaker can project, from a folder with the network cut.

Every slide of every deck is opened at 1280x720 and, for a live slide, every state its
buttons lead to: text sizes, fit, controls that do something, notes, timings, one language.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import keep_offline, require, serious_axe_violations
from pypdf import PdfReader

from sextorsion_kit.build.slides import libraries_missing
from sextorsion_kit.content import load_content

pytestmark = pytest.mark.browser
ROOT = Path(__file__).parents[1]
WALK = (Path(__file__).parent / "js" / "deck_walk.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Iterator[Path]:
    """The whole build, as `make slides` runs it, into a throw-away folder."""
    target = tmp_path_factory.mktemp("slides") / "build"
    command = [sys.executable, "-m", "sextorsion_kit", "slides", str(target)]
    require(libraries_missing(ROOT / "slides"))
    subprocess.run(command, check=True, cwd=ROOT)
    yield target


def deck_files(folder: Path) -> list[str]:
    return sorted(json.loads((folder / "decks.json").read_text()))


@pytest.fixture()
def offline(chromium) -> Iterator:
    """A 1280x720 page that may load files from the folder only; other requests recorded."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    keep_offline(page)
    yield page
    context.close()


def open_deck(page, path: Path, query: str = "") -> None:
    page.goto(path.as_uri() + query)
    page.wait_for_function("document.body.dataset.deck === 'ready'", timeout=60_000)
    page.evaluate("document.fonts.ready.then(() => true)")


def test_every_deck_exists_in_both_languages_for_each_band(built: Path):
    expected = {
        f"{deck.id}{'' if len(deck.built_for) == 1 else f'-{band}'}_{language}.html"
        for deck in load_content().decks
        for band in deck.built_for
        for language in ("fr", "en")
    }
    assert set(deck_files(built)) == expected
    assert {"seance-11-14_fr.html", "seance-15-18_en.html"} <= expected


def test_the_folder_holds_everything_a_deck_loads(built: Path):
    lib = built / "lib"
    for needed in ("reveal.js/dist/reveal.js", "reveal.js/plugin/notes/notes.js", "kit-page.js",
                   "kit-deck.css", "kit-deck.js", "fonts/LICENSE.txt"):  # fmt: skip
        assert (lib / needed).is_file(), needed
    assert len(list((lib / "fonts").glob("*.woff2"))) == 4
    for name in deck_files(built):
        html = (built / name).read_text(encoding="utf-8")
        for source in re.findall(r"""(?:src|href)=["']([^"'#]+)["']""", html):
            if source.startswith("https://"):  # a law source link, followed only when online
                continue
            assert (built / source).is_file(), f"{name}: {source}"


def test_every_slide_and_every_state_of_every_deck_fits_and_reads_from_the_back(
    offline, built: Path
):
    """At 1280x720: body text >= 28 px, labels >= 20 px, sources >= 16 px; nothing scrolls,
    spills or is scaled below 80 %; every button changes what the slide shows."""
    problems, states = [], 0
    for name in deck_files(built):
        open_deck(offline, built / name)
        assert offline.evaluate("Reveal.getScale()") >= 0.8, name
        report = offline.evaluate(WALK)
        states += report["states"]
        problems += [f"{name}: {problem}" for problem in report["problems"]]
    assert offline.outside == [] and offline.errors == []
    assert problems == []
    assert states > 500  # every live slide was walked through, not just its first state


def test_every_slide_has_speaker_notes_with_its_timing(offline, built: Path):
    for name in deck_files(built):
        open_deck(offline, built / name)
        slides = offline.evaluate(
            """() => Reveal.getSlides().map(s => ({
                 part: s.dataset.part || null, minutes: s.dataset.partMinutes || null,
                 notes: (s.querySelector('aside.notes') || {textContent: ''}).textContent.trim()}))"""
        )
        for number, slide in enumerate(slides, start=1):
            assert len(slide["notes"]) > 40, f"{name}: slide {number} has no speaker notes"
            if slide["part"]:
                assert f"{slide['minutes']} min" in slide["notes"], f"{name}: slide {number}"


def test_the_talk_timings_add_up_to_the_plan(offline, built: Path):
    notebooks = {entry.id: entry.minutes for entry in load_content().notebooks}
    for name in deck_files(built):
        open_deck(offline, built / name)
        deck = offline.evaluate(
            """() => { const parts = {};
                 for (const s of Reveal.getSlides()) if (s.dataset.part)
                   parts[s.dataset.part] = Number(s.dataset.partMinutes);
                 const reveal = document.querySelector('.reveal').dataset;
                 return {parts, plan: reveal.plan, minutes: Number(reveal.minutes),
                         id: reveal.deck}; }"""
        )
        total = sum(deck["parts"].values())
        deck_model = next(d for d in load_content().decks if d.id == deck["id"])
        if deck["plan"]:
            expected = 55
        elif deck_model.notebook:
            expected = notebooks[deck_model.notebook]
        else:  # the parents' evening (30 min) and the staff briefing (15 min)
            expected = {"parents": 30, "staff": 15}[deck_model.audience]
        assert total == expected, f"{name}: parts last {total} min, not {expected}"


def test_the_speaker_view_opens_with_the_notes_offline(offline, built: Path):
    open_deck(offline, built / "seance-11-14_fr.html")
    offline.keyboard.press("ArrowRight")
    with offline.expect_popup() as opened:
        offline.keyboard.press("s")
    notes = opened.value
    notes.wait_for_load_state()
    notes.get_by_text("Partie 1 sur 9").first.wait_for(timeout=30_000)
    assert offline.outside == []


def test_the_arrows_and_the_keyboard_move_through_the_deck(offline, built: Path):
    open_deck(offline, built / "seance-15-18_en.html")
    offline.keyboard.press("ArrowRight")
    assert offline.evaluate("Reveal.getIndices().h") == 1
    offline.locator(".reveal .controls .navigate-right").click()
    assert offline.evaluate("Reveal.getIndices().h") == 2
    offline.locator(".reveal .controls .navigate-left").click()
    assert offline.evaluate("Reveal.getIndices().h") == 1


def show_first(page, kind: str) -> object:
    index = page.evaluate(f"Reveal.getSlides().findIndex(s => s.dataset.kind === '{kind}')")
    assert index >= 0, kind
    page.evaluate(f"Reveal.slide({index})")
    return page.locator("section.present")


def test_the_speaker_reveals_a_question_after_the_show_of_hands(offline, built: Path):
    open_deck(offline, built / "reagir-11-14_fr.html")
    slide = show_first(offline, "question")
    assert slide.get_by_text("Bonne réponse").count() == 0
    slide.get_by_role("button", name="Montrer la réponse").click()
    assert slide.get_by_text("Bonne réponse").count() >= 1
    question = next(
        q for q in load_content().quizzes["reagir"].questions if q.id == "ne-pas-repondre"
    )
    wrong = next(i for i, o in enumerate(question.options) if not o.correct)
    slide.locator(f"[data-key=option-{wrong}]").click()
    assert question.options[wrong].feedback.fr[:40] in slide.inner_text()
    slide.get_by_role("button", name="Retour aux réponses").click()
    slide.get_by_role("button", name="Cacher la réponse").click()
    assert slide.get_by_text("Bonne réponse").count() == 0


def test_the_class_choice_makes_the_role_play_branch(offline, built: Path):
    open_deck(offline, built / "seance-15-18_fr.html")
    slide = show_first(offline, "role_play")
    role_play = next(
        q
        for q in load_content().quizzes["jeu_de_role_appel_video"].questions
        if q.kind == "roleplay"
    )
    start = role_play.scene(role_play.start)
    assert start.narration.fr[:30] in slide.inner_text()
    slide.locator("[data-key=choices]").click()
    slide.locator("[data-key=choice-0]").click()
    assert start.choices[0].feedback.fr[:30] in slide.inner_text()
    slide.locator("[data-key=next]").click()
    assert role_play.scene(start.choices[0].next).narration.fr[:30] in slide.inner_text()


def test_the_speaker_ticks_the_messages_the_class_names(offline, built: Path):
    open_deck(offline, built / "comprendre-11-14_en.html")
    slide = show_first(offline, "chat")
    chat = load_content().red_flags[0]
    slide.locator("[data-key=message-0]").click()
    assert chat.messages[0].why.en[:30] in slide.inner_text()
    assert slide.locator("[data-key=message-0]").get_attribute("aria-pressed") == "true"


def test_no_deck_has_a_serious_accessibility_violation(offline, built: Path):
    """In the print layout every slide is laid out at once, so axe-core sees them all."""
    for name in deck_files(built):
        open_deck(offline, built / name, "?print-pdf")
        assert serious_axe_violations(offline) == [], name


def test_each_deck_pdf_has_one_page_per_slide(built: Path):
    for name, slides in json.loads((built / "decks.json").read_text()).items():
        pdf = built / name.replace(".html", ".pdf")
        assert len(PdfReader(pdf).pages) == slides, pdf.name


def test_every_printable_fits_on_one_page(built: Path):
    names = ("fiche_eleve", "note_parents", "lettre_familles", "fiche_equipe")
    for name in [*names, *(f"{name}_en" for name in names)]:
        assert len(PdfReader(built / f"{name}.pdf").pages) == 1, name


def test_the_index_lists_the_decks_by_audience_and_language(built: Path):
    index = (built / "index.html").read_text(encoding="utf-8")
    links = re.findall(r"""href=["']([^"']+)["']""", index)
    for link in links:
        assert (built / link).exists(), link
    for name in deck_files(built):
        assert name in links and name.replace(".html", ".pdf") in links, name
    sections = re.split(r"<h2 id=", index)
    by_audience = {section.split('"')[1]: section for section in sections[1:]}
    assert set(by_audience) == {"11-14", "15-18", "parents", "staff"}
    assert "seance-11-14_fr.html" in by_audience["11-14"]
    assert "seance-11-14_en.html" in by_audience["11-14"]
    assert "seance-15-18_fr.html" in by_audience["15-18"]
    assert "seance-11-14" not in by_audience["15-18"]
    for page in ("note_parents.pdf", "lettre_familles.pdf", "lettre_familles_en.pdf",
                 "parents_fr.html", "parents_en.pdf"):  # fmt: skip
        assert page in by_audience["parents"], page
    for page in ("fiche_equipe.pdf", "fiche_equipe_en.pdf", "equipe_fr.html", "equipe_en.html"):
        assert page in by_audience["staff"], page
    assert "parents_fr.html" not in by_audience["11-14"] + by_audience["staff"]
    assert "In English" in by_audience["11-14"] and "En français" in by_audience["11-14"]


def test_a_printed_deck_shows_every_answer(built: Path):
    """A PDF has no click: its question, myth and chat slides print answered."""
    reagir = " ".join(page.extract_text() for page in PdfReader(built / "reagir-11-14_fr.pdf").pages)
    assert reagir.count("Bonne réponse") >= 4
    understand = " ".join(
        page.extract_text() for page in PdfReader(built / "comprendre-11-14_en.pdf").pages
    )
    myths = {myth.id: myth for myth in load_content().myths}
    assert understand.count("Warning sign") >= 3
    assert "Myth" in understand and "Fact" in understand
    assert myths["paying_stops_it"].explanation.en[:25] in " ".join(understand.split())


def test_a_live_slide_that_cannot_be_drawn_stops_the_deck(offline, built: Path, tmp_path: Path):
    """kit-deck.js does not start a deck whose live slides failed; make slides then stops."""
    page = (built / "reagir-11-14_fr.html").read_text(encoding="utf-8")
    broken = tmp_path / "reagir-11-14_fr.html"
    broken.write_text(page.replace('"_esm": "', '"_esm": "throw new Error(1);', 1), encoding="utf-8")
    (tmp_path / "lib").symlink_to(built / "lib")
    offline.goto(broken.as_uri())
    offline.wait_for_function("document.body.dataset.deck", timeout=30_000)
    assert offline.evaluate("document.body.dataset.deck") == "error"
