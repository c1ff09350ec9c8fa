"""The quiz engine on every question kind: right, wrong, partial, order, branching, seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from sextorsion_kit.content import load_file
from sextorsion_kit.content.models import Quiz
from sextorsion_kit.logic.quiz import QuizSession, RolePlayRun, check

SAMPLE: Quiz = load_file(Path(__file__).parent / "fixtures" / "quizzes" / "exemple.yaml")
Q = {question.id: question for question in SAMPLE.questions}


def test_single_choice_right_and_wrong_with_feedback_on_every_option():
    right = check(Q["premier_reflexe"], 1)
    assert right.correct and right.score == 1
    wrong = check(Q["premier_reflexe"], 0)
    assert not wrong.correct and wrong.score == 0 and not wrong.partial
    assert len(wrong.notes) == 3
    assert [note.chosen for note in wrong.notes] == [True, False, False]
    assert wrong.notes[0].explanation.fr.startswith("On comprend la peur")


def test_multiple_choice_scores_each_decision():
    assert check(Q["signaux"], frozenset({0, 1})).correct
    partial = check(Q["signaux"], frozenset({0}))
    assert partial.partial and partial.score == 0.75
    assert [note.right for note in partial.notes] == [True, False, True, True]
    assert check(Q["signaux"], frozenset({2, 3})).score == 0


def test_true_false_explains_either_way():
    assert check(Q["payer_arrete"], False).correct
    wrong = check(Q["payer_arrete"], True)
    assert not wrong.correct and wrong.notes[0].explanation.en == "The demand often starts again."


def test_order_feedback_says_which_steps_are_in_place():
    assert check(Q["etapes"], (0, 1, 2, 3)).correct
    swapped = check(Q["etapes"], (0, 3, 2, 1))
    assert [note.right for note in swapped.notes] == [True, False, True, False]
    assert swapped.score == 0.5 and swapped.summary.fr.startswith("Les preuves d'abord")
    assert swapped.notes[1].subject.fr == "Bloquer et signaler"
    with pytest.raises(ValueError, match="each of the 4 steps once"):
        check(Q["etapes"], (0, 0, 1, 2))


def test_role_play_branches_rewinds_and_restarts():
    run = RolePlayRun(Q["scene_video"])
    assert run.scene.id == "debut" and run.ending is None
    assert run.choose(0).good is False
    assert run.scene.id == "paye"
    run.choose(0)
    assert run.ending.tone == "hard"
    verdict = run.verdict()
    assert verdict.score == 0 and len(verdict.notes) == 2
    assert run.rewind() and run.scene.id == "paye"
    run.choose(1)
    assert run.ending.tone == "safe" and run.verdict().score == 0.5
    run.restart()
    assert run.scene.id == "debut" and not run.rewind()
    run.choose(1)
    assert run.verdict().correct


def test_role_play_refuses_a_choice_not_offered_and_an_early_verdict():
    run = RolePlayRun(Q["scene_video"], band="11-14")
    with pytest.raises(ValueError, match="not reached an ending"):
        run.verdict()
    run.choose(0)
    assert [index for index, _ in run.choices()] == [1]  # the 15-18 scene is not offered
    with pytest.raises(ValueError, match="offers no choice 0"):
        run.choose(0)


def test_age_band_and_count_select_questions():
    assert [p.question.id for p in QuizSession(SAMPLE, band="11-14").questions] == [
        "premier_reflexe",
        "payer_arrete",
        "etapes",
        "scene_video",
    ]
    assert len(QuizSession(SAMPLE, band="15-18").questions) == 4
    assert len(QuizSession(SAMPLE, count=2).questions) == 2


def test_same_seed_same_order_and_display_positions_map_back():
    first, again = QuizSession(SAMPLE, seed=7), QuizSession(SAMPLE, seed=7)
    assert [p.order for p in first.questions] == [p.order for p in again.questions]
    orders = {tuple(p.order for p in QuizSession(SAMPLE, seed=s).questions) for s in range(20)}
    assert len(orders) > 1
    shown_right = first.questions[0].order.index(1)  # where the right option is displayed
    assert first.answer(shown_right).correct


def test_an_ordering_question_is_never_shown_already_in_order():
    for seed in range(50):
        session = QuizSession(SAMPLE, seed=seed, shuffle=False)
        assert session.questions[3].order != (0, 1, 2, 3)
        assert session.questions[0].order == (0, 1, 2)


def test_first_attempt_counts_and_retries_show_feedback():
    session = QuizSession(SAMPLE, shuffle=False)
    assert not session.answer(0).correct
    assert session.answer(1).correct
    assert session.result().per_question[0] == ("premier_reflexe", 0.0)
    assert not session.previous()
    assert session.next() and session.next()
    session.answer(False)
    session.go_to(4)
    session.current.run.choose(1)
    session.finish_role_play()
    result = session.result()
    assert (result.points, result.answered, result.total) == (2.0, 3, 5)
    assert result.percent == 40
    assert not session.next()
