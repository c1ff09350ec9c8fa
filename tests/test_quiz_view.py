"""The quiz widgets driven like a student would: pick, click, read the feedback shown."""

from __future__ import annotations

import ipywidgets as widgets
import pytest
from test_quiz_engine import SAMPLE

from sextorsion_kit import set_language
from sextorsion_kit.logic.quiz import QuizSession
from sextorsion_kit.views.quiz import QuizView


@pytest.fixture()
def view() -> QuizView:
    return QuizView(QuizSession(SAMPLE, shuffle=False, seed=1))


def shown_texts(widget: widgets.Widget) -> str:
    """Every text a student sees inside ``widget``."""
    texts = []
    for key in ("value", "description"):
        value = getattr(widget, key, None)
        if isinstance(value, str):
            texts.append(value)
    if isinstance(widget, widgets.RadioButtons):
        texts.extend(str(option) for option in widget.options)
    for child in getattr(widget, "children", ()):
        texts.append(shown_texts(child))
    return "\n".join(texts)


def test_single_choice_wrong_then_right(view: QuizView):
    assert "Question 1 sur 5" in view.header.value
    view.check_button.click()
    assert "Choisis une réponse" in view.feedback.value
    view.options.value = 0
    view.check_button.click()
    assert "Pas tout à fait" in view.feedback.value
    assert "On comprend la peur" in view.feedback.value
    assert "Négocier garde le contact ouvert" in view.feedback.value  # feedback on every option
    view.options.value = 1
    view.check_button.click()
    assert "Bonne réponse" in view.feedback.value


def test_multiple_choice_partial_feedback_in_words(view: QuizView):
    view.next_button.click()
    view.options[0].value = True
    view.check_button.click()
    assert "En partie" in view.feedback.value
    assert "non coché, à cocher" in view.feedback.value
    view.options[1].value = True
    view.check_button.click()
    assert "Bonne réponse" in view.feedback.value


def test_true_false_and_order(view: QuizView):
    view.session.go_to(2)
    view.render()
    view.options.value = True
    view.check_button.click()
    assert "La bonne réponse\u202f: Faux." in view.feedback.value
    view.next_button.click()
    order = view.session.current.order
    # put the steps in the right order by moving them, as a student would
    for wanted in range(len(order)):
        position = view.drafts[3].index(order.index(wanted))
        while position > wanted:
            view.move_buttons[position][0].click()
            position -= 1
    view.check_button.click()
    assert "Bonne réponse" in view.feedback.value
    assert view.move_buttons[0][0].disabled and view.move_buttons[-1][1].disabled


def test_order_feedback_names_misplaced_steps():
    view = QuizView(QuizSession(SAMPLE, shuffle=False, seed=3))
    view.session.go_to(3)
    view.render()
    view.check_button.click()
    assert "pas à sa place\u202f: c'est l'étape" in view.feedback.value


def test_role_play_to_an_ending_then_rewind_and_restart(view: QuizView):
    view.session.go_to(4)
    view.render()
    panel = view.panel
    assert "Un inconnu menace Hugo." in panel.text.value and "Paie ou j" in panel.text.value
    assert [b.description for b in panel.choice_buttons] == ["Payer", "En parler à sa sœur"]
    assert panel.rewind_button.disabled
    panel.choice_buttons[0].click()
    panel = view.panel
    assert (
        "La peur pousse à payer" in panel.text.value and "Une nouvelle demande" in panel.text.value
    )
    panel.choice_buttons[0].click()
    panel = view.panel
    assert "Difficile, mais pas fini" in panel.text.value
    assert "Fin\u202f: difficile, mais pas sans issue" in panel.text.value
    assert panel.choice_buttons == []
    panel.rewind_button.click()
    assert "Une nouvelle demande" in view.panel.text.value
    view.panel.restart_button.click()
    assert "Un inconnu menace Hugo." in view.panel.text.value and view.panel.rewind_button.disabled


def test_end_screen_has_score_takeaways_and_help(view: QuizView):
    view.options.value = 1
    view.check_button.click()
    for _ in range(5):
        view.next_button.click()
    assert view.finished
    text = shown_texts(view)
    assert "Ton score au premier essai\u202f: 1 sur 5." in text
    assert "Questions sans réponse\u202f: 4." in text
    assert "Ce n&#x27;est jamais ta faute." in text and "3018" in text
    view.next_button.click()  # start again
    assert not view.finished and view.session.index == 0 and view.feedback.value == ""


def test_language_switch_redraws_the_current_question(view: QuizView):
    view.options.value = 0
    view.check_button.click()
    set_language("en")
    assert "Question 1 of 5" in view.header.value
    assert "Not quite" in view.feedback.value
    assert view.check_button.description == "Check"
    assert ("Pay", 0) in view.options.options and view.options.value == 0


def test_single_choice_marks_the_right_option_not_the_right_decision():
    view = QuizView(QuizSession(SAMPLE, seed=5))
    shown = view.session.current
    wrong_place = next(
        p for p, i in enumerate(shown.order) if not SAMPLE.questions[0].options[i].correct
    )
    view.options.value = wrong_place
    view.check_button.click()
    html = view.feedback.value
    assert (
        "✔</span> <strong>Ne plus répondre et garder les preuves</strong> <em>(la bonne réponse)</em>"
        in html
    )
    assert html.count("✔") == 1  # only the right option gets a tick
    first_shown = SAMPLE.questions[0].options[shown.order[0]].text.fr
    assert html.index(first_shown) < html.index(
        SAMPLE.questions[0].options[shown.order[-1]].text.fr
    )
