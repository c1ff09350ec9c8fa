"""The scam-sequence timeline's content: every stage, variant and band complete."""

from __future__ import annotations

import pytest

from sextorsion_kit import load_content, show_timeline
from sextorsion_kit.content.models import AGE_BANDS
from sextorsion_kit.logic.stages import stage_texts

STAGES = load_content().stages


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
