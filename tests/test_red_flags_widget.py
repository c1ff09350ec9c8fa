"""The red-flag chat as a front-end widget: the data Python sends, and the widget in Chromium.

The browser tests render the widget's ES module with no kernel (tests/widget_page.py) and
compare its feedback, text for text, with what the tests' oracle (tests/oracles.py) writes
from the Python engine for the same ticks.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from html import unescape
from pathlib import Path

import pytest
from browser_support import serious_axe_violations
from oracles import render_flag_feedback
from widget_page import open_widget, switch_labels, texts_in

from sextorsion_kit import set_language
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import RedFlagChat
from sextorsion_kit.i18n import LANGUAGE, LANGUAGES, get_language
from sextorsion_kit.logic.quiz import check_flags
from sextorsion_kit.text import colon, quoted
from sextorsion_kit.widgets import front_end
from sextorsion_kit.widgets.red_flags import (
    LABEL_KEYS,
    RedFlagWidget,
    red_flag_data,
    red_flag_widget,
)
from sextorsion_kit.widgets.settings import shared_settings

JS = Path(front_end.__file__).parent / "js"
CHAT = load_content().red_flags[0]
FLAGS = sorted(i for i, message in enumerate(CHAT.messages) if message.red_flag)
ORDINARY = sorted(i for i, message in enumerate(CHAT.messages) if not message.red_flag)


def red_flags_js() -> str:
    return (JS / "red_flags.js").read_text(encoding="utf-8")


# --- the data ------------------------------------------------------------------------------


@pytest.mark.parametrize("chat", load_content().red_flags, ids=lambda chat: chat.id)
def test_the_chat_travels_whole_in_both_languages(chat: RedFlagChat):
    sent = red_flag_data(chat)["chat"]
    assert RedFlagChat.model_validate_json(json.dumps(sent)) == chat
    texts = texts_in(sent, "chat")
    assert len(texts) == 2 + 2 * len(chat.messages)  # title, introduction, each text and why
    for where, text in texts:
        assert set(text) == {"fr", "en"} and all(text.values()), where


def test_the_flags_and_the_feedback_texts_are_the_content():
    messages = red_flag_data(CHAT)["chat"]["messages"]
    assert [m["red_flag"] for m in messages] == [m.red_flag for m in CHAT.messages]
    assert [m["sender"] for m in messages] == [m.sender for m in CHAT.messages]
    for sent, message in zip(messages, CHAT.messages, strict=True):
        assert sent["text"] == {"fr": message.text.fr, "en": message.text.en}
        assert sent["why"] == {"fr": message.why.fr, "en": message.why.en}
    assert 0 < len(FLAGS) < len(CHAT.messages)  # the browser test below needs both kinds


def test_every_label_the_front_end_asks_for_is_sent_in_both_languages():
    source = red_flags_js()
    asked = re.findall(r'\blabel\("([a-z0-9_]+)"\)', source)
    # every call names its key literally, so none can escape this list
    assert len(asked) == len(re.findall(r"\blabel\(", source))
    sent = red_flag_data(CHAT)["labels"]
    assert set(asked) | switch_labels(source) == set(sent) == set(LABEL_KEYS)
    for key, text in sent.items():
        assert text == {language: label(key, language) for language in LANGUAGES}


def test_the_punctuation_comes_from_python_in_both_languages():
    data = red_flag_data(CHAT)
    for language in LANGUAGES:
        assert data["colon"][language] == colon(language)
        before, after = data["quotes"][language]
        assert before + "x" + after == quoted("x", language)
    assert data["language_names"] == {"fr": "Français", "en": "English"}


def test_nothing_goes_in_as_html_and_nothing_is_fetched():
    source = red_flags_js()
    assert not re.search(r"\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b", source)
    for fetching in ("fetch(", "XMLHttpRequest", "import(", "http://", "https://", "WebSocket"):
        assert fetching not in source


# --- the settings, both ways -----------------------------------------------------------------


def test_the_language_is_synced_both_ways():
    widget = red_flag_widget()
    assert widget.language == "fr"
    set_language("en")
    assert widget.language == "en"
    widget.language = "fr"  # as the browser sends it
    assert get_language() == "fr"


def test_a_widget_adds_no_listener_in_python():
    before = len(LANGUAGE.listeners)
    widget = red_flag_widget()
    assert len(LANGUAGE.listeners) == before
    assert widget.settings is shared_settings()  # it follows the page's one model


def test_the_conversation_is_chosen_by_id_and_an_unknown_one_is_named():
    assert red_flag_widget(CHAT.id).chat["id"] == CHAT.id
    with pytest.raises(KeyError, match=CHAT.id):
        red_flag_widget("nope")


# --- the front-end module ----------------------------------------------------------------------


def test_the_bundle_is_one_module_with_the_rules_in_front():
    bundled = front_end.bundle("red_flags.js")
    rules = (JS / "rules.js").read_text(encoding="utf-8")
    assert bundled.index(rules) < bundled.index("export default {")
    assert not re.search(r"^\s*import\b", bundled, re.M)
    widget = RedFlagWidget(CHAT)
    assert widget._esm == bundled
    assert ".sxk-quiz-bubble" in widget._css and ".sxk-flags-message" in widget._css


# --- in the browser, without a kernel -----------------------------------------------------------


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def view_text(ticked: set[int], language: str) -> str:
    """What the ipywidgets view shows after Check with ``ticked``, as text."""
    html = render_flag_feedback(CHAT, check_flags(CHAT, frozenset(ticked)), language)
    return squeezed(unescape(re.sub(r"<[^>]+>", "", html)))


def shown_feedback(page) -> str:
    """The status region's text as seen: without the words meant for screen readers only."""
    return squeezed(
        page.evaluate(
            """() => {
              const copy = document.querySelector(".sxk-flags [role=status]").cloneNode(true);
              copy.querySelectorAll(".sxk-quiz-sr").forEach((node) => node.remove());
              return copy.textContent;
            }"""
        )
    )


def figures(timings: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (nearest rank) of ``timings``."""
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[math.ceil(0.95 * len(ordered)) - 1]


@pytest.mark.browser
def test_the_chat_gives_the_python_view_feedback(cut_off, tmp_path, capsys):
    page = cut_off
    open_widget(page, tmp_path, red_flag_widget(), "red_flags")
    status = page.locator(".sxk-flags [role=status]")
    assert status.count() == 1 and status.text_content() == ""
    assert page.get_by_role("heading", name=CHAT.title.fr).is_visible()
    boxes = page.get_by_role("checkbox")
    assert boxes.count() == len(CHAT.messages)
    first = CHAT.messages[0]
    assert page.get_by_role("checkbox", name=f"{first.sender}\u202f: {first.text.fr}").count() == 1
    retry = page.get_by_role("button", name=label("try_again", "fr"))
    assert retry.is_disabled()

    # a flag found and an ordinary message ticked: partly right, one line per message
    ticks = {FLAGS[0], ORDINARY[0]}
    for index in ticks:
        boxes.nth(index).check()
    page.get_by_role("button", name=label("check", "fr")).click()
    assert shown_feedback(page) == view_text(ticks, "fr")
    assert "En partie" in status.text_content()
    assert status.locator("li").count() == len(CHAT.messages)
    assert "sxk-quiz-feedback" in page.evaluate("document.activeElement.className")
    assert retry.is_enabled()

    # 20 Checks timed from the click to the feedback painted
    check = page.locator("[data-key=check]")
    for n in range(20):
        boxes.nth(n % len(CHAT.messages)).click()
        check.click()
        page.wait_for_function(f"window.timings.length >= {n + 2}")
    painted = figures(page.evaluate("window.timings")[-20:])
    handled = figures(page.evaluate("window.handlerTimings")[-20:])
    with capsys.disabled():
        print(
            f"\nred flags: Check -> feedback painted, 20 clicks: median {painted[0]:.1f} ms, "
            f"p95 {painted[1]:.1f} ms; handler alone: median {handled[0]:.2f} ms, "
            f"p95 {handled[1]:.2f} ms"
        )
    assert painted[1] < 500

    # Try again: nothing ticked, no feedback, focus on the first message
    retry.click()
    assert not any(boxes.nth(i).is_checked() for i in range(len(CHAT.messages)))
    assert status.text_content() == "" and retry.is_disabled()
    assert page.evaluate("document.activeElement.dataset.key") == "message-0"

    # every flag and nothing else: right
    for index in FLAGS:
        boxes.nth(index).check()
    check.click()
    assert shown_feedback(page) == view_text(set(FLAGS), "fr")
    assert "Bonne réponse" in status.text_content()

    # English: labels, messages and the feedback change at once, ticks kept
    page.get_by_role("button", name="English").click()
    assert page.evaluate("window.settingsState.language") == "en"
    assert page.locator(".sxk-flags").get_attribute("lang") == "en"
    assert check.text_content() == "Check"
    assert page.get_by_role("checkbox", name=f"{first.sender}: {first.text.en}").count() == 1
    assert shown_feedback(page) == view_text(set(FLAGS), "en")
    assert all(boxes.nth(i).is_checked() for i in FLAGS)
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_chat_works_from_the_keyboard_and_passes_axe(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, red_flag_widget(), "red_flags_keys")
    page.locator("body").focus()
    seen = []
    for _ in range(len(CHAT.messages) + 6):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.dataset.key || ''"))
    messages = [f"message-{n}" for n in range(len(CHAT.messages))]
    assert [key for key in seen if key.startswith("message-")] == messages  # in order
    assert seen.index("check") > seen.index(messages[-1])
    page.locator("[data-key=message-0]").focus()
    page.keyboard.press("Space")
    assert page.locator("[data-key=message-0]").is_checked()
    page.keyboard.press("Space")
    assert not page.locator("[data-key=message-0]").is_checked()
    page.locator(f"[data-key=message-{FLAGS[0]}]").focus()
    page.keyboard.press("Space")
    page.locator("[data-key=check]").focus()
    page.keyboard.press("Space")
    assert shown_feedback(page) == view_text({FLAGS[0]}, "fr")
    assert serious_axe_violations(page) == []
    assert page.outside == [] and page.errors == []
