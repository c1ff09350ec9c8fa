"""One age-band choice for the whole notebook: quizzes and the timeline follow it."""

from __future__ import annotations

import pytest
from ipywidgets import ToggleButtons

from sextorsion_kit import age_band_picker, quiz, set_age_band, set_language, show_timeline
from sextorsion_kit.views.pickers import get_age_band


def test_the_younger_band_is_the_default_and_there_is_no_every_age_setting():
    picker = age_band_picker()
    assert get_age_band() == "11-14" and picker.value == "11-14"
    assert [value for _, value in picker.options] == ["11-14", "15-18"]
    with pytest.raises(ValueError, match="unknown age band"):
        set_age_band(None)


def test_picker_sets_the_band_and_follows_it():
    picker = age_band_picker()
    picker.value = "15-18"
    assert get_age_band() == "15-18"
    set_age_band("11-14")
    assert picker.value == "11-14"
    set_language("en")
    assert picker.options[0] == ("11-14", "11-14") and picker.value == "11-14"


def test_unknown_band_is_refused():
    with pytest.raises(ValueError, match="unknown age band"):
        set_age_band("8-10")


def test_a_quiz_keeps_only_the_questions_of_the_band():
    view = quiz("reagir")
    younger = view.session.questions
    assert all("11-14" in shown.question.ages for shown in younger)
    set_age_band("15-18")
    older = view.session.questions
    assert all("15-18" in shown.question.ages for shown in older)
    assert {s.question.id for s in older} != {s.question.id for s in younger}
    assert "Question 1 sur" in view.header.value


def test_a_role_play_for_older_students_says_so_for_younger_ones():
    view = quiz("jeu_de_role_appel_video")
    assert view.unavailable == "15-18"
    assert "prévue pour les 15-18 ans" in view.header.value
    assert view.navigation.children == ()
    set_age_band("15-18")
    assert view.unavailable is None and view.navigation.children


def test_only_one_role_play_shows_for_each_band():
    plays = [quiz("jeu_de_role_appel_video"), quiz("jeu_de_role_compte_pirate")]
    for band in ("11-14", "15-18"):
        set_age_band(band)
        assert [view.unavailable is None for view in plays].count(True) == 1


def test_a_quiz_with_a_fixed_band_ignores_the_session_band():
    view = quiz("reagir", band="15-18")
    set_age_band("11-14")
    assert view.session.band == "15-18"


def test_the_timeline_follows_the_session_band_and_has_no_picker_of_its_own():
    timeline = show_timeline()
    assert timeline.band == "11-14"
    set_age_band("15-18")
    assert timeline.band == "15-18"
    assert not any(isinstance(w, ToggleButtons) and "Âge" in w.description for w in timeline.children)
