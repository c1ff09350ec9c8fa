"""The red-flag exercise and the myths cards, driven in Python."""

from __future__ import annotations

from sextorsion_kit import load_content, myths_and_facts, set_language, spot_the_red_flags
from sextorsion_kit.views.red_flags import check_flags

CHAT = load_content().red_flags[0]
FLAGS = frozenset(i for i, message in enumerate(CHAT.messages) if message.red_flag)


def test_scoring_counts_each_decision():
    assert check_flags(CHAT, FLAGS).correct
    nothing = check_flags(CHAT, frozenset())
    assert nothing.score == 1 - len(FLAGS) / len(CHAT.messages)
    one_false_alarm = next(i for i in range(len(CHAT.messages)) if i not in FLAGS)
    verdict = check_flags(CHAT, FLAGS | {one_false_alarm})
    assert verdict.partial and [n.right for n in verdict.notes].count(False) == 1


def test_exercise_gives_feedback_on_every_message_and_can_be_retried():
    exercise = spot_the_red_flags()
    assert exercise.retry_button.disabled and exercise.feedback.value == ""
    first_flag = min(FLAGS)
    exercise.boxes[first_flag].value = True
    exercise.check_button.click()
    feedback = exercise.feedback.value
    assert "En partie" in feedback
    assert f"Signaux d'alerte repérés\u202f: 1 sur {len(FLAGS)}." in feedback
    for message in CHAT.messages:
        assert message.why.fr.replace("'", "&#x27;").replace('"', "&quot;") in feedback
    exercise.retry_button.click()
    assert not any(box.value for box in exercise.boxes) and exercise.feedback.value == ""
    for index in FLAGS:
        exercise.boxes[index].value = True
    exercise.check_button.click()
    assert "Bonne réponse" in exercise.feedback.value


def test_exercise_follows_the_language():
    exercise = spot_the_red_flags()
    set_language("en")
    assert exercise.check_button.description == "Check"
    assert CHAT.messages[0].text.en in exercise.boxes[0].description


def test_myths_reveal_and_hide():
    cards = myths_and_facts()
    myths = load_content().myths
    assert "MYTHE" not in cards.cards[0].value
    cards.buttons[0].click()
    expected = "MYTHE" if myths[0].verdict == "myth" else "RÉALITÉ"
    assert expected in cards.cards[0].value
    assert cards.buttons[0].description == "Cacher la réponse"
    cards.buttons[0].click()
    assert expected not in cards.cards[0].value


def test_the_myths_of_the_issue_are_covered():
    statements = " ".join(myth.statement.fr.lower() for myth in load_content().myths)
    for words in ("paie", "jamais envoyé", "fausse image", "ennuis", "police", "supprimer"):
        assert words in statements, words
