"""The student pages (slides/build/eleves/) work by double-click: from disk, offline, no kernel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from activity_driver import (
    answer_one_of_each_kind,
    play_law,
    play_red_flags,
    play_role_play_to_an_ending,
    quiz_in,
)
from browser_support import keep_offline, serious_axe_violations

from sextorsion_kit.build.student_pages import activities, build_student_pages
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label

pytestmark = pytest.mark.browser
QUIZZES = load_content().quizzes


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("eleves")
    build_student_pages(target)
    return target


@pytest.fixture()
def offline(chromium) -> Iterator:
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = keep_offline(context.new_page())
    yield page
    context.close()


def open_activity(page, path: Path) -> None:
    """Open a page and wait until lib/kit-page.js has drawn every widget on it."""
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=yes]", timeout=30_000)


def test_the_index_lists_every_activity_in_french(offline, pages: Path):
    offline.goto((pages / "index.html").as_uri())
    assert offline.locator("html").get_attribute("lang") == "fr"
    links = offline.locator("main ol a")
    assert links.count() == len(activities())
    for n in range(links.count()):
        assert (pages / links.nth(n).get_attribute("href")).is_file()
    assert "3114" in offline.content() and "3018" in offline.content()
    assert serious_axe_violations(offline) == []


def test_a_quiz_page_gives_feedback_for_every_kind_with_no_kernel_and_no_network(
    offline, pages: Path
):
    open_activity(offline, pages / "quiz_reagir.html")
    quiz = quiz_in(offline.locator("main"), QUIZZES["reagir"].title.fr)
    kinds = {"single", "multiple", "true_false", "order"}
    assert answer_one_of_each_kind(quiz, kinds) == kinds
    assert "3114" in offline.content()  # the help box under the widget
    assert serious_axe_violations(offline) == []
    assert offline.outside == [] and offline.errors == []


def test_no_student_page_has_a_serious_accessibility_violation(offline, pages: Path):
    for activity in activities():
        open_activity(offline, pages / f"{activity.name}.html")
        assert serious_axe_violations(offline) == [], activity.name
    assert offline.outside == [] and offline.errors == []


def test_a_role_play_page_plays_to_an_ending(offline, pages: Path):
    open_activity(offline, pages / "quiz_jeu_de_role_compte_pirate.html")
    quiz = quiz_in(offline.locator("main"), QUIZZES["jeu_de_role_compte_pirate"].title.fr)
    play_role_play_to_an_ending(quiz)
    assert offline.outside == [] and offline.errors == []


def test_the_red_flag_page_checks_the_ticks_in_the_page(offline, pages: Path):
    open_activity(offline, pages / "signaux_alerte.html")
    play_red_flags(offline.locator(".sxk-flags"))
    assert offline.outside == [] and offline.errors == []


def test_the_language_switch_turns_the_whole_page(offline, pages: Path):
    """The activity's switch and the boxes around it share the page's one settings model."""
    open_activity(offline, pages / "signaux_alerte.html")
    offline.get_by_role("button", name="English", exact=True).click()
    offline.get_by_text("Need help?").first.wait_for(timeout=5_000)
    assert offline.locator(".sxk-html[lang=en]").count() == 2  # "right now" and help boxes
    assert offline.locator(".sxk-flags").get_attribute("lang") == "en"


def test_the_law_page_lists_offences_for_the_ticked_facts(offline, pages: Path):
    open_activity(offline, pages / "que_s_est_il_passe.html")
    play_law(offline.locator(".sxk-law"))
    # every figure on the page comes with its article, version and source: the sources table
    table = offline.locator("table").filter(has_text=label("law_version", "fr"))
    assert table.count() == 1
    rows = table.locator("tbody tr")
    assert rows.count() == len(load_content().penalties)
    for n in range(rows.count()):
        assert rows.nth(n).locator("a[href^='https://']").count() >= 1
    assert offline.locator(".sxk-law-hit").count() >= 1
    assert offline.outside == [] and offline.errors == []


def test_the_asking_for_help_page_gives_stop_and_switches_to_english(offline, pages: Path):
    aid = load_content().help_seeking
    open_activity(offline, pages / "demander_de_l_aide.html")
    text = offline.locator("main").inner_text()
    assert aid.starter.fr in text and "STOP" in text
    assert all(feeling.answer.fr in text for feeling in aid.feelings)
    offline.get_by_role("button", name="English", exact=True).click()
    offline.get_by_text(aid.starter.en).first.wait_for(timeout=5_000)
    assert offline.outside == [] and offline.errors == []
