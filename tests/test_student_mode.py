"""Students in Voilà (`make student-voila`), in a real browser: no code, no error, nothing fetched outside."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import nbformat
import pytest
from activity_driver import (
    answer_one_of_each_kind,
    play_law,
    play_red_flags,
    play_role_play_to_an_ending,
    quiz_in,
)
from browser_support import PageWatch, free_port, running, serious_axe_violations

from sextorsion_kit import load_content
from sextorsion_kit.build.student import student_file_name
from sextorsion_kit.content.labels import label

REPOSITORY = Path(__file__).resolve().parents[1]
CONTENT = load_content()
TIMELINE_PAGE = student_file_name(1, "Comprendre la sextorsion")
QUIZ_PAGE = student_file_name(2, "Quiz : bien réagir")
LAW_PAGE = student_file_name(3, "Ce que dit la loi")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def voila(tmp_path_factory) -> Iterator[str]:
    """`make student-voila` on a free loopback port with a throw-away config; the base URL."""
    home = tmp_path_factory.mktemp("voila")
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
    }
    command = [
        "make", "--no-print-directory", "student-voila",
        f"STUDENT_PORT={port}", "STUDENT_ARGS=--no-browser",
    ]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with running(command, f"{base}/", env, REPOSITORY, home / "voila.log"):
        yield base


def open_page(page, voila: str, name: str) -> PageWatch:
    watch = PageWatch()
    watch.attach(page)
    page.goto(f"{voila}/voila/render/{quote(name)}", timeout=120_000)
    page.locator(".sxk-quiz, .sxk-timeline, .sxk-law").first.wait_for(timeout=120_000)
    return watch


def code_lines(name: str) -> list[str]:
    notebook = nbformat.read(REPOSITORY / "build" / "eleves" / name, as_version=4)
    return [
        line.strip()
        for cell in notebook.cells
        if cell.cell_type == "code"
        for line in cell.source.splitlines()
        if len(line.strip()) > 3
    ]


def assert_clean(page, watch: PageWatch, name: str) -> None:
    """Nothing fetched from outside, no JavaScript error, and no code shown to the student."""
    assert watch.outside_requests == []
    assert watch.console_errors == []
    assert page.locator(".jp-CodeCell .jp-InputArea:visible, .cm-editor:visible").count() == 0
    text = page.locator("body").inner_text()
    shown = [line for line in code_lines(name) if line in text]
    assert shown == [], f"code visible to students: {shown}"
    assert serious_axe_violations(page) == []


def test_the_home_page_is_the_kit_s_french_index_of_the_activities(page, voila: str):
    watch = PageWatch()
    watch.attach(page)
    page.goto(f"{voila}/")
    page.get_by_role("heading", name=label("pages_title", "fr")).wait_for(timeout=60_000)
    links = page.locator("main ol a")
    assert links.all_inner_texts() == [e.title.fr for e in CONTENT.notebooks if e.student]
    assert ".ipynb" not in page.locator("main").inner_text()
    assert "Select items" not in page.content()  # not Voilà's English list
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "3114" in page.content()
    links.nth(1).click()
    page.locator(".sxk-quiz").first.wait_for(timeout=120_000)
    assert watch.outside_requests == []


def test_a_student_answers_one_question_of_each_kind_and_plays_a_role_play(page, voila: str):
    watch = open_page(page, voila, QUIZ_PAGE)
    quiz = quiz_in(page.locator("body"), CONTENT.quizzes["reagir"].title.fr)
    kinds = {"single", "multiple", "true_false", "order"}
    assert answer_one_of_each_kind(quiz, kinds) == kinds
    # No age chosen: the page is for 11-14, and plays the 11-14 role-play.
    play = quiz_in(page.locator("body"), CONTENT.quizzes["jeu_de_role_compte_pirate"].title.fr)
    play_role_play_to_an_ending(play)
    assert_clean(page, watch, QUIZ_PAGE)


def test_a_student_moves_through_the_timeline_and_spots_the_red_flags(page, voila: str):
    watch = open_page(page, voila, TIMELINE_PAGE)
    timeline = page.locator(".sxk-timeline").first
    timeline.locator("[data-key=next]").click()
    timeline.get_by_text(label("stage_of", "fr").format(n=2, total=6)).wait_for(timeout=5_000)
    play_red_flags(page.locator(".sxk-flags"))
    assert_clean(page, watch, TIMELINE_PAGE)


def test_the_page_switch_moves_every_widget_of_the_page(page, voila: str):
    watch = open_page(page, voila, TIMELINE_PAGE)
    page.locator(".sxk-picker").get_by_role("button", name="English", exact=True).click()
    page.locator(".sxk-timeline[lang=en]").first.wait_for(timeout=5_000)
    assert page.locator(".sxk-flags").get_attribute("lang") == "en"
    assert page.locator(".sxk-html[lang=en]").count() >= 2  # the boxes around the activities
    assert_clean(page, watch, TIMELINE_PAGE)


def test_a_student_builds_a_case_and_sees_the_law(page, voila: str):
    watch = open_page(page, voila, LAW_PAGE)
    play_law(page.locator(".sxk-law"))
    assert_clean(page, watch, LAW_PAGE)
