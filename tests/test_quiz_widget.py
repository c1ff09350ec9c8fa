"""The quiz as a front-end widget: the data Python sends, and the widget played in Chromium.

The browser test renders the widget's ES module with no kernel: a page made here loads the
widget state dumped from Python and calls the module's ``render`` with a small stand-in for
the anywidget model. The feedback it shows is compared, text for text, with what the
tests' oracle (tests/oracles.py) writes for the same answer to the Python engine.
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
from oracles import feedback_html
from widget_page import open_widget, switch_labels, texts_in

from sextorsion_kit import set_language
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import AGE_BANDS, Quiz, RolePlay
from sextorsion_kit.i18n import LANGUAGE, LANGUAGES, get_language
from sextorsion_kit.logic.quiz import QuizSession, RolePlayRun
from sextorsion_kit.widgets import front_end
from sextorsion_kit.widgets.help import render_help
from sextorsion_kit.widgets.quiz import LABEL_KEYS, QuizWidget, quiz_data, quiz_widget
from sextorsion_kit.widgets.settings import AGE_BAND, get_age_band, set_age_band, shared_settings

JS = Path(front_end.__file__).parent / "js"
QUIZZES = load_content().quizzes


def quiz_js() -> str:
    return (JS / "quiz.js").read_text(encoding="utf-8")


# --- the data ------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 3])
@pytest.mark.parametrize("quiz_id", sorted(QUIZZES))
def test_each_band_shows_what_the_python_session_shows(quiz_id: str, seed: int):
    quiz = QUIZZES[quiz_id]
    sessions = quiz_data(quiz, seed=seed)["sessions"]
    assert set(sessions) == set(AGE_BANDS)
    for band in AGE_BANDS:
        try:
            session = QuizSession(quiz, band=band, seed=seed)
        except ValueError:
            assert sessions[band] is None, f"{quiz_id} has no question for {band}"
            continue
        sent = sessions[band]
        assert [quiz.questions[i].id for i in sent["questions"]] == [
            shown.question.id for shown in session.questions
        ]
        assert [tuple(order) for order in sent["orders"]] == [
            shown.order for shown in session.questions
        ]


def test_orders_are_really_mixed_and_bands_really_differ():
    """Guards the test above against data where every order and band would look the same."""
    sessions = quiz_data(QUIZZES["reagir"])["sessions"]
    orders = [order for order in sessions["11-14"]["orders"] if order]
    assert any(order != sorted(order) for order in orders)
    assert sessions["11-14"]["questions"] != sessions["15-18"]["questions"]
    assert QUIZZES["jeu_de_role_compte_pirate"].ages == ["11-14"]
    assert quiz_data(QUIZZES["jeu_de_role_compte_pirate"])["sessions"]["15-18"] is None


def test_count_keeps_the_first_questions_as_the_session_does():
    quiz = QUIZZES["reagir"]
    sent = quiz_data(quiz, count=2)["sessions"]["15-18"]
    assert sent["questions"] == [0, 1]
    assert [tuple(o) for o in sent["orders"]] == [
        s.order for s in QuizSession(quiz, "15-18", count=2, seed=0).questions
    ]


@pytest.mark.parametrize("quiz_id", sorted(QUIZZES))
def test_the_quiz_travels_whole_with_both_languages_and_both_bands(quiz_id: str):
    quiz = QUIZZES[quiz_id]
    sent = quiz_data(quiz)["quiz"]
    assert Quiz.model_validate_json(json.dumps(sent)) == quiz
    texts = texts_in(sent, "quiz")
    assert texts
    for where, text in texts:
        assert set(text) == {"fr", "en"} and all(text.values()), where
    assert [question["ages"] for question in sent["questions"]] == [q.ages for q in quiz.questions]


def test_every_label_the_front_end_asks_for_is_sent_in_both_languages():
    source = quiz_js()
    asked = re.findall(r'\blabel\("([a-z0-9_]+)"\)', source)
    # every call names its key literally, so none can escape this list
    assert len(asked) == len(re.findall(r"\blabel\(", source))
    sent = quiz_data(QUIZZES["reagir"])["labels"]
    assert set(asked) | switch_labels(source) == set(sent) == set(LABEL_KEYS)
    for key, text in sent.items():
        assert text == {language: label(key, language) for language in LANGUAGES}


def test_the_help_box_and_punctuation_come_from_python_in_both_languages():
    data = quiz_data(QUIZZES["reagir"])
    channels = load_content().help_channels
    for language in LANGUAGES:
        assert data["help_html"][language] == render_help(channels, language)
        assert "3114" in data["help_html"][language]
    assert data["colon"] == {"fr": "\u202f: ", "en": ": "}
    assert data["language_names"] == {"fr": "Français", "en": "English"}


def test_only_the_help_box_goes_in_as_html_and_nothing_is_fetched():
    source = quiz_js()
    html_sinks = re.findall(
        r".*\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b.*", source
    )
    assert len(html_sinks) == 1 and "helpHtml" in html_sinks[0]
    for fetching in ("fetch(", "XMLHttpRequest", "import(", "http://", "https://", "WebSocket"):
        assert fetching not in source


# --- the settings, both ways -----------------------------------------------------------------


def test_python_settings_reach_the_widget():
    widget = quiz_widget("reagir")
    assert (widget.language, widget.age_band) == ("fr", "11-14")
    set_language("en")
    set_age_band("15-18")
    assert (widget.language, widget.age_band) == ("en", "15-18")


def test_the_widget_switches_set_the_kit_settings():
    widget = quiz_widget("reagir")
    widget.language = "en"  # as the browser sends it
    widget.age_band = "15-18"
    assert (get_language(), get_age_band()) == ("en", "15-18")


def test_a_widget_given_an_age_band_keeps_it():
    widget = quiz_widget("reagir", band="15-18")
    set_age_band("15-18")
    set_age_band("11-14")
    assert widget.age_band == "15-18"
    widget.age_band = "11-14"
    widget.age_band = "15-18"
    assert get_age_band() == "11-14"


def test_a_widget_adds_no_listener_in_python():
    before = (len(LANGUAGE.listeners), len(AGE_BAND.listeners))
    widget = quiz_widget("reagir")
    assert (len(LANGUAGE.listeners), len(AGE_BAND.listeners)) == before
    assert widget.settings is shared_settings()  # it follows the page's one model


def test_an_unknown_quiz_is_named():
    with pytest.raises(KeyError, match="reagir"):
        quiz_widget("nope")


# --- the front-end module ----------------------------------------------------------------------


def test_the_bundle_is_one_module_with_the_rules_in_front():
    bundled = front_end.bundle("quiz.js")
    rules = (JS / "rules.js").read_text(encoding="utf-8")
    assert bundled.index(rules) < bundled.index("export default {")
    assert not re.search(r"^\s*import\b", bundled, re.M)
    assert QuizWidget(QUIZZES["reagir"])._esm == bundled


@pytest.mark.parametrize(
    ("widget", "problem"),
    [
        ('import { nowhere } from "./rules.js";\n', "does not export"),
        ('import { checkSingle as pick } from "./rules.js";\n', "renames"),
        ('import { x } from "./other.js";\n', "only ./dom.js, ./rules.js are bundled"),
        ('import "https://example.org/x.js";\n', "cannot be bundled"),
        ('import { checkSingle } from "./rules.js";\nfunction checkSingle() {}\n', "both declare"),
    ],
)
def test_the_bundle_refuses_what_would_break_in_the_browser(monkeypatch, widget, problem):
    files = {"rules.js": "export function checkSingle() {}\n", "w.js": widget}
    monkeypatch.setattr(front_end, "source", files.__getitem__)
    with pytest.raises(front_end.FrontEndError, match=problem):
        front_end.bundle("w.js")


# --- in the browser, without a kernel -----------------------------------------------------------

def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def view_text(shown, verdict, language) -> str:
    """What the ipywidgets view shows after Check, as text."""
    return squeezed(unescape(re.sub(r"<[^>]+>", "", feedback_html(shown, verdict, language))))


def assert_no_stray_values(page) -> None:
    """No JavaScript value printed by mistake where a text should be."""
    text = page.locator(".sxk-quiz").inner_text()  # laid out: texts apart, as seen
    assert not re.search(r"\b(null|undefined|NaN)\b|\[object", text), text


def shown_feedback(page) -> str:
    return squeezed(page.locator(".sxk-quiz-feedback").text_content())


def click(page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()


def focused(page, attribute: str) -> str | None:
    return page.evaluate(f"document.activeElement.getAttribute({json.dumps(attribute)})")


def figures(timings: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (nearest rank) of ``timings``."""
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[math.ceil(0.95 * len(ordered)) - 1]


@pytest.mark.browser
def test_the_quiz_plays_in_the_browser_like_the_python_view(cut_off, tmp_path, capsys):
    page = cut_off
    quiz = QUIZZES["reagir"]
    session = QuizSession(quiz, band="11-14", seed=0)  # what the browser must agree with
    open_widget(page, tmp_path, quiz_widget("reagir"), "reagir")
    assert page.get_by_role("heading", name="Question 1 sur 10").is_visible()
    assert page.locator("[data-key=check]").text_content() == label("check", "fr")

    # single choice: nothing picked, then a wrong or right answer
    assert session.current.question.kind == "single"
    click(page, label("check", "fr"))
    assert shown_feedback(page) == squeezed(label("pick_one", "fr"))
    page.get_by_role("radio").nth(1).check()
    click(page, label("check", "fr"))
    verdict = session.answer(1)
    assert shown_feedback(page) == view_text(session.current, verdict, "fr")
    assert_no_stray_values(page)
    right = next(o for o in session.current.question.options if o.correct)
    line = page.locator(".sxk-quiz-feedback li", has_text=label("the_right_one", "fr"))
    assert right.text.fr in line.text_content()
    chosen = session.current.question.options[session.current.order[1]].text.fr
    mine = page.locator(".sxk-quiz-feedback li", has_text=label("your_answer", "fr"))
    assert chosen in mine.text_content()
    assert page.locator(".sxk-quiz-feedback").get_attribute("role") == "status"
    assert "sxk-quiz-feedback" in page.evaluate("document.activeElement.className")
    marks = page.locator(".sxk-quiz-feedback li > span[aria-hidden=true]")
    assert marks.count() == len(session.current.question.options)  # one line per option

    # 20 Checks, timed from the click to the feedback painted; only the first one scores
    for n in range(20):
        page.get_by_role("radio").nth(n % 3).check()
        click(page, label("check", "fr"))
        session.answer(n % 3)
        page.wait_for_function(f"window.timings.length >= {n + 2}")
    painted = figures(page.evaluate("window.timings")[-20:])
    handled = figures(page.evaluate("window.handlerTimings")[-20:])
    with capsys.disabled():
        print(
            f"\nCheck -> feedback painted (two frames), 20 clicks: median {painted[0]:.1f} ms, "
            f"p95 {painted[1]:.1f} ms; handler alone: median {handled[0]:.2f} ms, "
            f"p95 {handled[1]:.2f} ms"
        )
    assert painted[1] < 500

    # multiple choice; focus goes to the next question's heading
    click(page, label("next", "fr"))
    session.next()
    assert focused(page, "data-focus") == "heading"
    assert page.evaluate("document.activeElement.textContent") == "Question 2 sur 10"
    assert session.current.question.kind == "multiple"
    page.get_by_role("checkbox").nth(0).check()
    click(page, label("check", "fr"))
    verdict = session.answer(frozenset({0}))
    assert shown_feedback(page) == view_text(session.current, verdict, "fr")

    # true or false
    click(page, label("next", "fr"))
    session.next()
    question = session.current.question
    assert question.kind == "true_false"
    assert page.get_by_role("group", name=question.statement.fr).is_visible()
    page.get_by_role("radio", name=label("true", "fr")).check()
    click(page, label("check", "fr"))
    verdict = session.answer(True)
    assert shown_feedback(page) == view_text(session.current, verdict, "fr")
    answer = label("true" if question.answer else "false", "fr")
    assert (
        label("answer_is", "fr").format(answer=answer)
        in page.locator(".sxk-quiz-feedback").text_content()
    )

    # on to the ordering question, unanswered ones left behind
    while session.current.question.kind != "order":
        click(page, label("next", "fr"))
        session.next()
    question = session.current.question
    first = question.steps[session.current.order[0]].text.fr
    down = page.get_by_role("button", name=f"{label('move_down', 'fr')}\u202f: 1. {first}")
    down.click()
    assert focused(page, "data-key") == "down-0"  # focus follows the step, now second
    assert page.locator(".sxk-quiz-step").nth(1).text_content().endswith(f"2. {first}")
    click(page, label("check", "fr"))
    order = len(session.current.order)
    verdict = session.answer((1, 0, *range(2, order)))
    assert shown_feedback(page) == view_text(session.current, verdict, "fr")
    assert_no_stray_values(page)

    # the language switch: instant, feedback included, and told to the model
    page.get_by_role("button", name="English").click()
    assert page.locator(".sxk-quiz-prompt").first.text_content() == question.prompt.en
    assert shown_feedback(page) == view_text(session.current, verdict, "en")
    assert page.evaluate("window.settingsState.language") == "en"
    assert page.evaluate("window.saved") >= 1
    assert page.locator(".sxk-quiz").get_attribute("lang") == "en"

    # the result: first tries only, unanswered ones counted, takeaways and help box
    while session.next():
        click(page, label("next", "en"))
    click(page, label("finish", "en"))
    result = session.result()
    shown = page.locator(".sxk-quiz-body").text_content()
    assert label("score", "en").format(points=f"{result.points:g}", total=result.total) in shown
    assert label("unanswered", "en").format(count=result.total - result.answered) in shown
    assert quiz.takeaways[-1].en in shown
    assert page.locator(".sxk-quiz-help [role=note]").count() == 1
    assert_no_stray_values(page)
    assert page.evaluate("window.widgetState.result") == {
        "points": result.points,
        "answered": result.answered,
        "total": result.total,
    }

    # the age band switch starts the 15-18 questions
    page.get_by_role("button", name=label("band_15_18", "en")).click()
    assert page.get_by_role("heading", name="Question 1 of 11").is_visible()
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_a_role_play_reaches_an_ending_after_a_rewind(cut_off, tmp_path):
    page = cut_off
    quiz = QUIZZES["jeu_de_role_compte_pirate"]
    play = quiz.questions[0]
    assert isinstance(play, RolePlay)
    run = RolePlayRun(play, "11-14")
    open_widget(page, tmp_path, quiz_widget(quiz.id), "role_play")
    assert page.locator("[data-key=check]").count() == 0
    assert page.get_by_role("button", name=label("rewind", "fr")).is_disabled()
    choices = page.locator(".sxk-quiz-role-choices button")
    assert choices.all_text_contents() == [c.text.fr for _, c in run.choices()]

    # one choice, its feedback, then back
    index, choice = run.choices()[0]
    choices.first.click()
    run.choose(index)
    status = page.locator(".sxk-quiz-choice-feedback")
    assert status.get_attribute("role") == "status"
    assert choice.feedback.fr in status.text_content()
    assert focused(page, "data-focus") == "choice"
    assert page.locator("[role=log]").text_content().count(run.scene.chat[0].sender) >= 1
    click(page, label("rewind", "fr"))
    run.rewind()
    assert run.scene.narration.fr in page.locator(".sxk-quiz-role-play").text_content()
    assert focused(page, "data-focus") == "scene"

    # the first offered choice each time: the path to a hard ending, which gives the 3114
    while run.ending is None:
        index, choice = run.choices()[0]
        choices.first.click()
        run.choose(index)
        assert choice.feedback.fr in status.text_content()
    assert run.ending.tone == "hard"
    ending = page.locator(".sxk-quiz-ending")
    text = ending.text_content()
    assert label(f"ending_{run.ending.tone}", "fr") in text
    assert run.ending.title.fr in text and run.ending.message.fr in text
    assert "3114" in text
    assert ending.locator("li").count() == len(run.path)
    assert_no_stray_values(page)
    assert choices.count() == 0

    # English at the ending, then restart
    page.get_by_role("button", name="English").click()
    assert run.ending.title.en in ending.text_content()
    click(page, label("restart", "en"))
    assert play.scene(play.start).narration.en in page.locator(".sxk-quiz-role-play").text_content()
    assert page.get_by_role("button", name=label("restart", "en")).is_disabled()

    # this quiz is for 11-14 only: the 15-18 band says so
    page.get_by_role("button", name=label("band_15_18", "en")).click()
    assert (
        label("not_for_band", "en").format(ages="11-14") in page.locator(".sxk-quiz").text_content()
    )
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_quiz_has_no_serious_accessibility_problem(cut_off, tmp_path):
    open_widget(cut_off, tmp_path, quiz_widget("reagir"), "axe")
    assert serious_axe_violations(cut_off) == []
    cut_off.locator("input[type=radio]").first.check()
    cut_off.locator("[data-key=check]").click()
    assert serious_axe_violations(cut_off) == []
    assert cut_off.outside == []


@pytest.mark.browser
def test_in_the_browser_a_widget_given_a_band_ignores_the_page_switch_and_keeps_its_own(
    cut_off, tmp_path
):
    """A quiz made for 15-18 stays 15-18 when the page picks 11-14; its own switch moves only it."""
    page = cut_off
    widget = quiz_widget("reagir", band="15-18")
    older = len(widget.sessions["15-18"]["questions"])
    younger = len(widget.sessions["11-14"]["questions"])
    assert older != younger
    open_widget(page, tmp_path, widget, "own_band")
    heading = label("progress", "fr").format(n=1, total="{}")
    assert page.get_by_role("heading", name=heading.format(older)).is_visible()
    page.evaluate("settingsModel.set('age_band', '15-18'); settingsModel.set('age_band', '11-14')")
    assert page.get_by_role("heading", name=heading.format(older)).is_visible()
    page.get_by_role("button", name=label("band_11_14", "fr"), exact=True).click()
    assert page.get_by_role("heading", name=heading.format(younger)).is_visible()
    assert page.evaluate("window.widgetState.own_age_band") == "11-14"
    assert page.evaluate("window.settingsState.age_band") == "11-14"  # the page's, untouched
    page.evaluate("settingsModel.set('age_band', '15-18')")
    assert page.get_by_role("heading", name=heading.format(younger)).is_visible()
    assert page.outside == [] and page.errors == []
