"""One age-band choice for the whole notebook: quizzes and the timeline follow it."""

from __future__ import annotations

import pytest

from sextorsion_kit import age_band_picker, quiz, set_age_band, set_language, show_timeline
from sextorsion_kit.audience import get_age_band


def test_picker_sets_the_band_and_follows_it():
    picker = age_band_picker()
    assert picker.value is None and picker.options[0] == ("Tous âges", None)
    picker.value = "11-14"
    assert get_age_band() == "11-14"
    set_age_band("15-18")
    assert picker.value == "15-18"
    set_language("en")
    assert picker.options[0] == ("All ages", None) and picker.value == "15-18"


def test_unknown_band_is_refused():
    with pytest.raises(ValueError, match="unknown age band"):
        set_age_band("8-10")


def test_a_quiz_keeps_only_the_questions_of_the_band():
    view = quiz("reagir")
    every_age = len(view.session.questions)
    set_age_band("11-14")
    younger = view.session.questions
    assert len(younger) < every_age
    assert all("11-14" in shown.question.ages for shown in younger)
    assert "Question 1 sur" in view.header.value


def test_a_role_play_for_older_students_says_so_for_younger_ones():
    view = quiz("jeu_de_role_appel_video")
    set_age_band("11-14")
    assert view.unavailable == "15-18"
    assert "prévue pour les 15-18 ans" in view.header.value
    assert view.navigation.children == ()
    set_age_band(None)
    assert view.unavailable is None and view.navigation.children


def test_a_quiz_with_a_fixed_band_ignores_the_session_band():
    view = quiz("reagir", band="15-18")
    set_age_band("11-14")
    assert view.session.band == "15-18"


def test_timeline_and_session_band_follow_each_other():
    timeline = show_timeline()
    set_age_band("11-14")
    assert timeline.band == "11-14" and timeline.band_picker.value == "11-14"
    timeline.band_picker.value = "15-18"
    assert get_age_band() == "15-18"
