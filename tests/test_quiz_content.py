"""The kit's quizzes load and meet the content the issue asks for."""

from __future__ import annotations

import pytest

from sextorsion_kit import load_content
from sextorsion_kit.content.models import RolePlay
from sextorsion_kit.logic.quiz import QuizSession, RolePlayRun

QUIZZES = load_content().quizzes


def role_plays(quiz_id: str) -> list[RolePlay]:
    return [q for q in QUIZZES[quiz_id].questions if isinstance(q, RolePlay)]


def longest_path(play: RolePlay, scene_id: str | None = None) -> int:
    scene = play.scene(scene_id or play.start)
    return max((1 + longest_path(play, c.next) for c in scene.choices), default=0)


def test_the_expected_quizzes_exist():
    assert {
        "reagir",
        "idees_recues",
        "jeu_de_role_appel_video",
        "jeu_de_role_compte_pirate",
        "dilemme_temoin",
    } <= set(QUIZZES)


def test_reagir_has_ten_questions_of_several_kinds():
    kinds = [q.kind for q in QUIZZES["reagir"].questions]
    assert len(kinds) >= 10
    assert {"single", "multiple", "order"} <= set(kinds)


def test_idees_recues_has_eight_true_or_false_statements():
    kinds = [q.kind for q in QUIZZES["idees_recues"].questions]
    assert kinds.count("true_false") >= 8


@pytest.mark.parametrize("quiz_id", ["jeu_de_role_appel_video", "jeu_de_role_compte_pirate"])
def test_role_plays_have_three_decisions_and_three_endings(quiz_id: str):
    (play,) = role_plays(quiz_id)
    endings = [scene for scene in play.scenes if scene.ending]
    assert len(endings) >= 3
    assert len({scene.ending.tone for scene in endings}) >= 2
    assert longest_path(play) >= 3


@pytest.mark.parametrize("quiz_id", ["jeu_de_role_appel_video", "jeu_de_role_compte_pirate"])
def test_choosing_well_every_time_reaches_a_safe_ending(quiz_id: str):
    (play,) = role_plays(quiz_id)
    run = RolePlayRun(play)
    while run.ending is None:
        run.choose(next(index for index, choice in run.choices() if choice.good))
    assert run.ending.tone == "safe" and run.verdict().correct


def test_the_role_plays_match_their_age_bands():
    assert role_plays("jeu_de_role_appel_video")[0].ages == ["15-18"]
    assert role_plays("jeu_de_role_compte_pirate")[0].ages == ["11-14"]


@pytest.mark.parametrize("quiz_id", sorted(QUIZZES))
def test_every_quiz_plays_in_each_of_its_bands(quiz_id: str):
    quiz = QUIZZES[quiz_id]
    for band in quiz.ages:
        session = QuizSession(quiz, band=band, seed=1)
        assert session.questions
