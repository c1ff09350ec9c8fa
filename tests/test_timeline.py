"""The scam-sequence timeline driven in Python, and the completeness of its content."""

from __future__ import annotations

import pytest

from sextorsion_kit import load_content, set_age_band, set_language, show_timeline
from sextorsion_kit.content.models import AGE_BANDS, STAGE_ORDER, VARIANTS_OF, in_band
from sextorsion_kit.views.timeline import stage_texts

STAGES = load_content().stages


def test_previous_and_next_stop_at_the_ends():
    view = show_timeline()
    assert view.index == 0 and view.previous_button.disabled
    view.previous_button.click()
    assert view.index == 0
    for _ in range(10):
        view.next_button.click()
    assert view.index == len(STAGES) - 1 and view.next_button.disabled
    assert "Étape 6 sur 6" in view.content.value
    view.previous_button.click()
    assert view.index == 4 and not view.next_button.disabled


def test_clicking_the_stage_bar_jumps_and_highlights():
    view = show_timeline()
    view.stage_bar.value = 3
    assert view.index == 3 and view.stage_bar.value == 3
    assert STAGES[3].title.fr in view.content.value
    view.next_button.click()
    assert view.stage_bar.value == 4  # the bar follows the buttons


def test_variant_switch_changes_the_texts_shown():
    view = show_timeline()
    view.go_to(STAGE_ORDER.index("material"))
    picker = view.variant_pickers["material"]
    assert picker in view.children
    shown = {}
    for variant in VARIANTS_OF["material"]:
        picker.value = variant
        shown[variant] = view.content.value
    assert len(set(shown.values())) == 3
    deepfake = next(v for v in STAGES[2].variants if v.id == "deepfake")
    assert deepfake.chat[0].text.fr.replace("'", "&#x27;") in shown["deepfake"]
    view.go_to(STAGE_ORDER.index("demand"))
    before = view.content.value
    view.variant_pickers["demand"].value = "images"
    assert view.content.value != before
    assert view.variant_pickers["material"] not in view.children


def test_age_band_changes_the_words():
    view = show_timeline()
    set_age_band("15-18")
    older = view.content.value
    set_age_band("11-14")
    assert view.content.value != older
    expected = in_band(STAGES[0].what_happens, "11-14").fr.replace("'", "&#x27;")
    assert expected in view.content.value


def test_language_switch_rewrites_stage_bar_and_content():
    view = show_timeline()
    set_language("en")
    assert view.stage_bar.options[0][0] == f"1. {STAGES[0].title.en}"
    assert "Stage 1 of 6" in view.content.value and view.next_button.description == "Next ▶"
    set_language("fr")
    assert "Étape 1 sur 6" in view.content.value


def test_unknown_variant_is_refused():
    with pytest.raises(ValueError, match="no variant"):
        show_timeline().choose_variant("material", "money")


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.id)
@pytest.mark.parametrize("band", AGE_BANDS)
def test_every_stage_and_variant_shows_three_warning_signs_and_three_actions(stage, band):
    variant_sets = [{}] + [{stage.id: v.id} for v in stage.variants]
    for variants in variant_sets:
        texts = stage_texts(stage, variants, band)
        assert len(texts.warning_signs) >= 3 and len(texts.actions) >= 3
