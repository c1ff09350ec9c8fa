"""The student pages (slides/build/eleves/) work by double-click: from disk, offline, no kernel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import keep_offline, serious_axe_violations

from sextorsion_kit.build.student_pages import activities, build_student_pages
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label

pytestmark = pytest.mark.browser


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
    page.goto(path.as_uri())
    page.locator("[data-key=check], input[type=checkbox], [data-key^=stage-]").first.wait_for(
        state="visible", timeout=30_000
    )


def test_the_index_lists_every_activity_in_french(offline, pages: Path):
    offline.goto((pages / "index.html").as_uri())
    assert offline.locator("html").get_attribute("lang") == "fr"
    links = offline.locator("main ol a")
    assert links.count() == len(activities())
    for n in range(links.count()):
        assert (pages / links.nth(n).get_attribute("href")).is_file()
    assert "3114" in offline.content() and "3018" in offline.content()
    assert serious_axe_violations(offline) == []


def test_a_quiz_page_gives_feedback_with_no_kernel_and_no_network(offline, pages: Path):
    open_activity(offline, pages / "quiz_reagir.html")
    offline.locator("input[type=radio]").first.check()
    offline.locator("[data-key=check]").click()
    feedback = offline.locator("[role=status]").filter(has_text="Ta réponse")
    assert feedback.count() >= 1 or offline.locator("[role=status]").first.inner_text().strip()
    assert "3114" in offline.content()  # the help box under the widget
    assert serious_axe_violations(offline) == []
    assert offline.outside == [] and offline.errors == []


def test_the_red_flag_page_checks_the_ticks_in_the_page(offline, pages: Path):
    open_activity(offline, pages / "signaux_alerte.html")
    offline.locator("input[type=checkbox]").first.check()
    offline.locator("[data-key=check]").click()
    status = offline.locator("[role=status]").last
    status.wait_for(state="visible")
    assert status.inner_text().strip()
    assert offline.outside == [] and offline.errors == []


def test_the_law_page_lists_offences_for_the_ticked_facts(offline, pages: Path):
    open_activity(offline, pages / "que_s_est_il_passe.html")
    for fact in ("threat_sexual_images", "more_images_demanded", "images_spread"):
        offline.locator(f"input[data-fact={fact}]").check()
    offline.locator(".sxk-law-hit").first.wait_for(state="attached")
    # every figure on the page comes with its article, version and source: the sources table
    table = offline.locator("table").filter(has_text=label("law_version", "fr"))
    assert table.count() == 1
    rows = table.locator("tbody tr")
    assert rows.count() == len(load_content().penalties)
    for n in range(rows.count()):
        assert rows.nth(n).locator("a[href^='https://']").count() >= 1
    assert offline.locator(".sxk-law-hit").count() >= 1
    assert offline.outside == [] and offline.errors == []
