"""One age-band choice for the whole page: quizzes and the timeline follow it."""

from __future__ import annotations

import pytest

from sextorsion_kit import age_band_picker, quiz, set_age_band, show_timeline
from sextorsion_kit.widgets.settings import get_age_band


def test_the_younger_band_is_the_default_and_there_is_no_every_age_setting():
    picker = age_band_picker()
    assert get_age_band() == "11-14" and picker.settings.age_band == "11-14"
    assert picker.choices == ["age_band"]
    with pytest.raises(ValueError, match="unknown age band"):
        set_age_band(None)


def test_picker_sets_the_band_and_follows_it():
    picker = age_band_picker()
    picker.settings.age_band = "15-18"  # as the browser sends a click on "15-18"
    assert get_age_band() == "15-18"
    set_age_band("11-14")
    assert picker.settings.age_band == "11-14"


def test_unknown_band_is_refused():
    with pytest.raises(ValueError, match="unknown age band"):
        set_age_band("8-10")


def test_a_quiz_sends_only_the_questions_of_each_band():
    widget = quiz("reagir")
    questions = widget.quiz["questions"]
    shown = {band: widget.sessions[band]["questions"] for band in ("11-14", "15-18")}
    for band, indexes in shown.items():
        assert all(band in questions[i]["ages"] for i in indexes)
    assert set(shown["11-14"]) != set(shown["15-18"])


def test_only_one_role_play_is_playable_in_each_band():
    plays = [quiz("jeu_de_role_appel_video"), quiz("jeu_de_role_compte_pirate")]
    for band in ("11-14", "15-18"):
        assert [play.sessions[band] is not None for play in plays].count(True) == 1


def test_a_quiz_with_a_fixed_band_ignores_the_page_band():
    widget = quiz("reagir", band="15-18")
    set_age_band("11-14")
    assert widget.age_band == "15-18" and widget.own_age_band == "15-18"


def test_the_timeline_follows_the_page_band_and_has_no_switch_of_its_own():
    timeline = show_timeline()
    assert timeline.age_band == "11-14"
    set_age_band("15-18")
    assert timeline.age_band == "15-18"
    assert timeline.show_settings is False
