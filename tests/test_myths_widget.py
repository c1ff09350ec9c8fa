"""The myth cards as a front-end widget: the data Python sends, and the cards in Chromium.

The browser tests render the widget's ES module with no kernel (tests/widget_page.py) and
compare each revealed card, text for text, with what the tests' oracle (tests/oracles.py)
writes for it.
"""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from browser_support import serious_axe_violations
from oracles import render_myth
from widget_page import open_widget, switch_labels

from sextorsion_kit import set_language
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import Myth
from sextorsion_kit.i18n import LANGUAGE, LANGUAGES, get_language
from sextorsion_kit.text import quoted
from sextorsion_kit.widgets import front_end
from sextorsion_kit.widgets.myths import LABEL_KEYS, MythCardsWidget, myth_cards_widget, myth_data
from sextorsion_kit.widgets.settings import shared_settings

JS = Path(front_end.__file__).parent / "js"
MYTHS = load_content().myths


def myths_js() -> str:
    return (JS / "myths.js").read_text(encoding="utf-8")


# --- the data ------------------------------------------------------------------------------


def test_every_card_travels_whole_in_both_languages():
    sent = myth_data(MYTHS)["myths"]
    assert [Myth.model_validate_json(json.dumps(card)) for card in sent] == MYTHS
    for card in sent:
        assert card["verdict"] in ("myth", "fact")
        for field in ("statement", "explanation"):
            assert set(card[field]) == {"fr", "en"} and all(card[field].values()), card["id"]
    assert {card["verdict"] for card in sent} == {"myth", "fact"}


def test_every_label_the_front_end_asks_for_is_sent_in_both_languages():
    source = myths_js()
    asked = re.findall(r'\blabel\("([a-z0-9_]+)"\)', source)
    # one call takes the verdict ("myth" or "fact") from the data; every other names its key
    assert len(asked) + 1 == len(re.findall(r"\blabel\(", source))
    assert "label(myth.verdict)" in source
    sent = myth_data(MYTHS)["labels"]
    assert set(asked) | {"myth", "fact"} | switch_labels(source) == set(sent) == set(LABEL_KEYS)
    for key, text in sent.items():
        assert text == {language: label(key, language) for language in LANGUAGES}


def test_the_quotation_marks_come_from_python():
    for language in LANGUAGES:
        before, after = myth_data(MYTHS)["quotes"][language]
        assert before + "x" + after == quoted("x", language)


def test_nothing_goes_in_as_html_and_nothing_is_fetched():
    source = front_end.bundle("myths.js")
    assert not re.search(r"\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b", source)
    assert not re.search(r"^\s*import\b|\bimport\s*\(", source, re.M)
    for fetching in ("fetch(", "XMLHttpRequest", "http://", "https://", "WebSocket"):
        assert fetching not in source


def test_the_language_is_synced_both_ways():
    widget = myth_cards_widget()
    set_language("en")
    assert widget.language == "en"
    widget.language = "fr"  # as the browser sends it
    assert get_language() == "fr"


def test_a_widget_adds_no_listener_in_python():
    before = len(LANGUAGE.listeners)
    widget = myth_cards_widget()
    assert len(LANGUAGE.listeners) == before
    assert widget.settings is shared_settings()  # it follows the page's one model


def test_the_module_is_one_bundle_with_its_styles():
    widget = MythCardsWidget(MYTHS)
    assert widget._esm == front_end.bundle("myths.js")
    assert not re.search(r"^\s*import\b", widget._esm, re.M)
    assert ".sxk-myths-card" in widget._css


# --- in the browser, without a kernel -----------------------------------------------------------


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def view_text(myth: Myth, revealed: bool, language: str) -> str:
    """What the ipywidgets view's card shows, as text."""
    return squeezed(unescape(re.sub(r"<[^>]+>", "", render_myth(myth, revealed, language))))


def card_text(page, index: int) -> str:
    """The card's statement and answer as text (its button apart)."""
    card = page.locator(".sxk-myths-card").nth(index)
    return squeezed(
        card.locator(".sxk-myths-statement").text_content()
        + card.locator(".sxk-myths-answer").text_content()
    )


@pytest.mark.browser
def test_the_cards_reveal_as_the_python_view(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, myth_cards_widget(), "myths")
    buttons = page.locator(".sxk-myths-card button")
    assert buttons.count() == len(MYTHS)
    for index, myth in enumerate(MYTHS):
        assert card_text(page, index) == view_text(myth, False, "fr")
        assert buttons.nth(index).get_attribute("aria-expanded") == "false"
        assert buttons.nth(index).text_content() == label("reveal", "fr")

    # reveal the first card: the verdict and its explanation, said by a live region
    first = buttons.nth(0)
    first.click()
    assert first.get_attribute("aria-expanded") == "true"
    assert first.text_content() == "Cacher la réponse"
    answer = page.locator(f"#{first.get_attribute('aria-controls')}")
    assert answer.get_attribute("role") == "status"
    assert MYTHS[0].explanation.fr in answer.text_content()
    assert answer.text_content().startswith(label(MYTHS[0].verdict, "fr"))
    assert card_text(page, 0) == view_text(MYTHS[0], True, "fr")
    assert card_text(page, 1) == view_text(MYTHS[1], False, "fr")  # the others stay closed
    assert page.evaluate("document.activeElement.dataset.key") == "reveal-0"

    # English: the open card stays open, in English
    page.get_by_role("button", name="English").click()
    assert page.evaluate("window.settingsState.language") == "en"
    assert page.locator(".sxk-myths").get_attribute("lang") == "en"
    assert card_text(page, 0) == view_text(MYTHS[0], True, "en")
    assert buttons.nth(0).text_content() == "Hide the answer"
    assert buttons.nth(1).text_content() == label("reveal", "en")

    # hide it again
    buttons.nth(0).click()
    assert buttons.nth(0).get_attribute("aria-expanded") == "false"
    assert card_text(page, 0) == view_text(MYTHS[0], False, "en")
    assert answer.text_content() == ""
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_cards_work_from_the_keyboard_and_pass_axe(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, myth_cards_widget(), "myths_keys")
    page.locator("body").focus()
    seen = []
    for _ in range(len(MYTHS) + 3):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.dataset.key || ''"))
    reveals = [key for key in seen if key.startswith("reveal-")]
    assert reveals == [f"reveal-{n}" for n in range(len(MYTHS))]  # every card, in order
    page.locator("[data-key=reveal-2]").focus()
    page.keyboard.press("Space")
    toggle = page.locator("[data-key=reveal-2]")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert card_text(page, 2) == view_text(MYTHS[2], True, "fr")
    assert page.evaluate("document.activeElement.dataset.key") == "reveal-2"
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Space")  # open for axe to see an answer too
    assert serious_axe_violations(page) == []
    assert page.outside == [] and page.errors == []
