"""Students in Voilà (`make student`), in a real browser: no code, no error, nothing fetched outside."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import nbformat
import pytest
from browser_support import PageWatch, free_port, running

from sextorsion_kit import load_content
from sextorsion_kit.build.student import student_file_name
from sextorsion_kit.content.models import SingleChoice
from sextorsion_kit.logic.quiz import QuizSession, RolePlayRun

REPOSITORY = Path(__file__).resolve().parents[1]
CONTENT = load_content()
TIMELINE_PAGE = student_file_name(1, "Comprendre la sextorsion")
QUIZ_PAGE = student_file_name(2, "Quiz : bien réagir")
LAW_PAGE = student_file_name(3, "Ce que dit la loi")

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def voila(tmp_path_factory) -> Iterator[str]:
    """`make student` on a free loopback port with a throw-away config; yields the base URL."""
    home = tmp_path_factory.mktemp("voila")
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
    }
    command = [
        "make", "--no-print-directory", "student",
        f"STUDENT_PORT={port}", "STUDENT_ARGS=--no-browser",
    ]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with running(command, f"{base}/", env, REPOSITORY, home / "voila.log"):
        yield base


def open_page(page, voila: str, name: str) -> PageWatch:
    watch = PageWatch()
    watch.attach(page)
    page.goto(f"{voila}/voila/render/{quote(name)}", timeout=120_000)
    page.locator(".sxk").first.wait_for(timeout=120_000)
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


def test_the_home_page_lists_only_the_activities(page, voila: str):
    watch = PageWatch()
    watch.attach(page)
    page.goto(f"{voila}/")
    page.get_by_text("Comprendre la sextorsion").first.wait_for(timeout=60_000)
    page.get_by_text("Quiz, bien réagir").first.wait_for()
    page.get_by_text("Ce que dit la loi").first.wait_for()
    assert "commencer_ici" not in page.content() and "guide" not in page.content().lower()
    assert watch.outside_requests == []


def test_a_student_answers_wrongly_then_rightly(page, voila: str):
    watch = open_page(page, voila, QUIZ_PAGE)
    first = QuizSession(CONTENT.quizzes["reagir"], seed=0).questions[0]
    question = first.question
    assert isinstance(question, SingleChoice)
    shown = [question.options[i] for i in first.order]
    wrong = next(option for option in shown if not option.correct)
    right = next(option for option in shown if option.correct)
    quiz = page.locator(".sxk").filter(has_text=CONTENT.quizzes["reagir"].title.fr).first
    quiz.get_by_text(wrong.text.fr, exact=True).click()
    quiz.get_by_role("button", name="Vérifier").click()
    quiz.get_by_text("✘ Pas tout à fait").wait_for(timeout=30_000)
    assert quiz.get_by_text(wrong.feedback.fr).count() == 1
    quiz.get_by_text(right.text.fr, exact=True).first.click()
    quiz.get_by_role("button", name="Vérifier").click()
    quiz.get_by_text("✔ Bonne réponse").wait_for(timeout=30_000)
    assert_clean(page, watch, QUIZ_PAGE)


def test_a_student_plays_a_role_play_to_an_ending_and_rewinds(page, voila: str):
    watch = open_page(page, voila, QUIZ_PAGE)
    # No age chosen: the page is for 11-14, and plays the 11-14 role-play.
    quiz_data = CONTENT.quizzes["jeu_de_role_compte_pirate"]
    quiz = page.locator(".sxk").filter(has_text=quiz_data.title.fr).first
    run = RolePlayRun(next(q for q in quiz_data.questions if q.kind == "roleplay"))
    while run.ending is None:
        index, choice = next((i, c) for i, c in run.choices() if c.good)
        quiz.get_by_role("button", name=choice.text.fr, exact=True).click()
        run.choose(index)
        quiz.get_by_text(run.scene.narration.fr).first.wait_for(timeout=30_000)
    quiz.get_by_text(run.ending.title.fr).wait_for()
    older = CONTENT.quizzes["jeu_de_role_appel_video"].questions[0]
    first_older_choice = older.scene(older.start).choices[0]
    assert page.get_by_role("button", name=first_older_choice.text.fr, exact=True).count() == 0
    quiz.get_by_role("button", name="↶ Revenir d'une étape").click()
    run.rewind()
    quiz.get_by_role("button", name=run.choices()[0][1].text.fr, exact=True).wait_for(
        timeout=30_000
    )
    assert_clean(page, watch, QUIZ_PAGE)


def test_a_student_moves_through_the_timeline(page, voila: str):
    watch = open_page(page, voila, TIMELINE_PAGE)
    timeline = page.locator(".sxk").filter(has_text="Étape 1 sur 6").first
    timeline.get_by_role("button", name="Suivant ▶").click()
    page.get_by_text("Étape 2 sur 6").wait_for(timeout=30_000)
    threat = CONTENT.stages[3]
    page.get_by_role("button", name=f"4. {threat.title.fr}").click()
    page.get_by_text("Étape 4 sur 6").wait_for(timeout=30_000)
    assert page.get_by_text(threat.title.fr, exact=True).count() >= 1
    assert_clean(page, watch, TIMELINE_PAGE)


def test_a_student_uses_only_the_keyboard(page, voila: str):
    watch = open_page(page, voila, TIMELINE_PAGE)
    timeline = page.locator(".sxk").filter(has_text="Étape 1 sur 6").first
    timeline.get_by_role("button", name="Suivant ▶").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Étape 2 sur 6").wait_for(timeout=30_000)
    page.keyboard.press("Enter")  # focus stayed on the button after the redraw
    page.get_by_text("Étape 3 sur 6").wait_for(timeout=30_000)
    exercise = page.locator(".sxk").filter(has_text=CONTENT.red_flags[0].title.fr).first
    exercise.locator("input[type=checkbox]").first.focus()
    page.keyboard.press("Space")
    exercise.get_by_role("button", name="Vérifier").focus()
    page.keyboard.press("Enter")
    exercise.get_by_text("bonnes décisions sur").wait_for(timeout=30_000)
    assert_clean(page, watch, TIMELINE_PAGE)


def test_a_student_builds_a_case_with_the_keyboard_and_sees_the_law(page, voila: str):
    watch = open_page(page, voila, LAW_PAGE)
    facts = {fact.id: fact.label.fr for fact in CONTENT.case_facts.facts}
    explorer = page.locator(".sxk").filter(has_text=facts["money_demanded"]).first
    for fact in ("threat_sexual_images", "money_demanded", "images_spread"):
        explorer.get_by_label(facts[fact]).focus()
        page.keyboard.press("Space")
    explorer.get_by_role("button", name="Ce que dit la loi").focus()
    page.keyboard.press("Enter")
    explorer.get_by_text("Ces faits peuvent constituer 2 infractions").wait_for(timeout=30_000)
    assert explorer.get_by_text("menace mise à exécution (art. 312-11)").count() == 1
    chart = explorer.locator("img[alt*='atteint par ces faits']")
    chart.wait_for(timeout=30_000)
    assert chart.evaluate("image => image.naturalWidth") > 800
    assert_clean(page, watch, LAW_PAGE)
