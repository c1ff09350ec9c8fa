"""A class in the browser: six student tabs and the teacher's dashboard, nothing leaving.

Real student pages (make student-pages) on a real classroom server, driven by Chromium.
"""

from __future__ import annotations

import sqlite3
import time
import urllib.parse

import pytest
from browser_support import serious_axe_violations
from classroom_server import classroom

from sextorsion_kit.build.student_pages import build_student_pages
from sextorsion_kit.classroom.store import FILE_NAME
from sextorsion_kit.content import load_content

pytestmark = pytest.mark.browser

STUDENTS = 6
# Before: four students think paying stops it, two know it does not; after, five of six know.
BEFORE_PAYER = ["arret", "arret", "efface", "arret", "continue", "continue"]
AFTER_PAYER = ["continue", "continue", "continue", "continue", "continue", "arret"]


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    pages = tmp_path_factory.mktemp("eleves")
    build_student_pages(pages)
    data = tmp_path_factory.mktemp("donnees")
    with classroom(pages, data, data.parent / "classroom-browser.log") as running:
        running.data = data
        yield running


def watched(context, origin: str):
    """A page that may only reach ``origin``; anything else is aborted and recorded."""
    page = context.new_page()
    page.outside, page.errors = [], []

    def route(route) -> None:
        url = route.request.url
        if url.startswith((origin, "blob:", "data:")):
            route.continue_()
        else:
            page.outside.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def answer_check(page, choices: dict[str, str]) -> None:
    for question, option in choices.items():
        page.locator(f'input[name="{question}"][value="{option}"]').check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    page.locator("#sxk-pulse-status").filter(has_text="Merci").wait_for(timeout=5_000)


def dashboard_text(dashboard, selector: str) -> str:
    return dashboard.locator(selector).inner_text()


def test_a_class_of_six_answers_and_the_dashboard_follows(chromium, room):
    origin = room.student.rstrip("/")
    teacher = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    dashboard = watched(teacher, origin)
    dashboard.goto(room.teacher)
    assert urllib.parse.urlsplit(dashboard.url).query == "lang=fr"  # the token left the address
    dashboard.wait_for_function("Number(document.body.dataset.drawn || 0) > 0")
    assert serious_axe_violations(dashboard) == []

    contexts = [chromium.new_context(locale="fr-FR") for _ in range(STUDENTS)]
    students = [watched(context, origin) for context in contexts]
    for n, page in enumerate(students):
        page.goto(room.student)
        if n == 0:
            assert serious_axe_violations(page) == []
        choices = {"check/payer": BEFORE_PAYER[n]}
        if n < 3:  # only three answer this one: too few to show
            choices["check/aide"] = "appeler-3018"
        answer_check(page, choices)
        page.get_by_role("link", name="Passer aux activités").click()
        page.get_by_role("link", name="J'ai fini les activités").wait_for()

    # the dashboard shows six "before" answers to the first question, hides the three
    payer = dashboard.locator('.sxk-pulse-question[data-question="check/payer"]')
    payer.locator(".sxk-pulse-phase").first.filter(has_text="6 réponses").wait_for(timeout=2_000)
    before = payer.locator(".sxk-pulse-phase").first.inner_text()
    assert "2 (33" in before and "(bonne réponse)" in before
    aide = dashboard.locator('.sxk-pulse-question[data-question="check/aide"]')
    assert "Moins de 5 réponses" in aide.inner_text()
    assert "3 réponses" not in dashboard.locator("main").inner_text()

    # a first try in an activity page is counted too (five of six try the same quiz)
    title = load_content().quizzes["idees_recues"].title.fr
    for page in students[:5]:
        page.goto(f"{origin}/activites/quiz_idees_recues.html")
        quiz = page.locator(".sxk-quiz").filter(has=page.get_by_role("heading", name=title))
        quiz.locator(".sxk-quiz-body input[type=radio]").first.check()
        quiz.locator("[data-key=check]").click()
    activities = dashboard.locator("#sxk-pulse-activities")
    activities.filter(has_text="5 réponses").wait_for(timeout=2_000)

    # after: the same questions in another order, then the right answers
    for n, page in enumerate(students):
        page.goto(f"{origin}/fin")
        answer_check(page, {"check/payer": AFTER_PAYER[n]})
        assert page.locator("#sxk-pulse-answers").is_visible()
    started = time.monotonic()
    change = dashboard.locator('.sxk-pulse-change[data-question="check/payer"]')
    change.filter(has_text="83").wait_for(timeout=2_000)  # within two seconds of the last answer
    assert time.monotonic() - started < 2
    text = change.inner_text()
    assert "33\u202f% avant, 83\u202f% après (6 élèves ont répondu les deux fois)" in text, text
    assert dashboard.locator("#sxk-pulse-missed").inner_text() != "Pas encore assez de réponses."

    # closing: the next answer is refused and the student is told why
    dashboard.get_by_role("button", name="Fermer la séance").click()
    dashboard.locator("#sxk-pulse-session").filter(has_text="Séance fermée").wait_for(timeout=2_000)
    late = students[0]
    late.goto(f"{origin}/fin")
    assert "La séance est fermée" in late.locator("main").inner_text()
    assert late.locator("#sxk-pulse-check").count() == 0

    for page in [dashboard, *students]:
        assert page.outside == [] and page.errors == []
    for context in [teacher, *contexts]:
        context.close()


def test_a_refused_answer_is_explained_to_the_student(chromium, room):
    origin = room.student.rstrip("/")
    context = chromium.new_context(locale="fr-FR")
    dashboard = watched(context, origin)
    dashboard.goto(room.teacher)
    dashboard.get_by_role("button", name="Nouvelle séance").click()  # whatever ran before
    dashboard.locator("#sxk-pulse-session").filter(has_text="Séance ouverte").wait_for(timeout=2_000)
    page = watched(context, origin)
    page.goto(room.student)
    page.evaluate("document.getElementById('sxk-pulse-check').dataset.session = '0000000000000000'")
    page.locator('input[name="check/payer"][value="continue"]').check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    status = page.locator("#sxk-pulse-status")
    status.filter(has_text="Ce n'est pas parti").wait_for(timeout=5_000)
    assert "la page n'est plus à jour, recharge-la." in status.inner_text()
    assert page.get_by_role("button", name="Envoyer mes réponses").is_enabled()
    context.close()


def test_first_tries_of_every_kind_of_question_are_stored_as_the_server_reads_them(chromium, room):
    """Single, multiple, true/false, ordering and a role-play ending: each first try is
    accepted (an option the server could not read would be refused with a 422)."""
    from activity_driver import answer_one_of_each_kind, play_role_play_to_an_ending, quiz_in

    origin = room.student.rstrip("/")
    context = chromium.new_context(locale="fr-FR")
    dashboard = watched(context, origin)
    dashboard.goto(room.teacher)
    dashboard.get_by_role("button", name="Nouvelle séance").click()
    dashboard.locator("#sxk-pulse-session").filter(has_text="Séance ouverte").wait_for(timeout=2_000)
    page = watched(context, origin)
    refused = []
    page.on("response", lambda r: r.url.endswith("/api/reponse") and r.status != 201 and refused.append(r.status))
    quizzes = load_content().quizzes
    page.goto(f"{origin}/activites/quiz_reagir.html")
    kinds = answer_one_of_each_kind(quiz_in(page.locator("main"), quizzes["reagir"].title.fr),
                                    {"single", "multiple", "true_false", "order"})  # fmt: skip
    assert kinds == {"single", "multiple", "true_false", "order"}
    page.goto(f"{origin}/activites/quiz_jeu_de_role_argent.html")
    play_role_play_to_an_ending(quiz_in(page.locator("main"), quizzes["jeu_de_role_argent"].title.fr))
    page.wait_for_timeout(500)
    with sqlite3.connect(f"file:{room.data / FILE_NAME}?mode=ro", uri=True) as db:
        session = db.execute("SELECT id FROM sessions WHERE closed IS NULL").fetchone()[0]
        stored = db.execute(
            "SELECT question, option FROM answers WHERE session = ? AND phase = 'activity'", (session,)
        ).fetchall()
    assert refused == [] and page.outside == [] and page.errors == []
    assert len(stored) == 5, stored
    assert any(question == "jeu_de_role_argent/ethan" for question, _ in stored)
    assert any("-" in option for _question, option in stored)  # ticked or ordered indexes
    context.close()
