"""Asking for help (data/help_seeking.yaml): STOP and the words to get past what holds back."""

from __future__ import annotations

from html import escape

import pytest
from pydantic import ValidationError

from sextorsion_kit import asking_for_help
from sextorsion_kit.build.slides import render_printable
from sextorsion_kit.content import load_content
from sextorsion_kit.content.models import MnemonicStep
from sextorsion_kit.views.deck import deck_views
from sextorsion_kit.widgets.help import render_help

AID = load_content().help_seeking


def test_stop_spells_the_same_word_in_both_languages():
    assert AID.word() == "STOP"
    for step in AID.mnemonic:
        assert step.verb.fr.upper().startswith(step.letter)
        assert step.verb.en.upper().startswith(step.letter)


def test_a_verb_that_does_not_start_with_its_letter_is_refused():
    with pytest.raises(ValidationError, match="must start with S"):
        MnemonicStep.model_validate(
            {
                "letter": "S",
                "verb": {"fr": "Arrête", "en": "Stop"},
                "meaning": {"fr": "Ne réponds plus.", "en": "Stop answering."},
            }
        )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_stop_is_on_the_handout_in_the_help_box_and_in_every_talk(language):
    sheet = render_printable(load_content().guide.handout, language)
    assert "STOP" in sheet and escape(AID.mnemonic[2].verb.in_language(language)) in sheet
    box = render_help(load_content().help_channels, language)
    assert all(escape(step.meaning.in_language(language)) in box for step in AID.mnemonic)
    talks = [view for view in deck_views(language) if view.deck.plan]
    assert len(talks) == 2
    for view in talks:
        kinds = [slide.kind for slide in view.slides]
        assert {"stop", "feelings", "asking", "calm"} <= set(kinds), view.name
        assert kinds.index("calm") > kinds.index("closing")  # the very end of the session


def test_the_notebook_section_says_what_holds_back_and_what_follows():
    shown = asking_for_help()
    for language in ("fr", "en"):
        html = shown.html[language]
        for feeling in AID.feelings:
            assert escape(feeling.answer.in_language(language)) in html
        assert escape(AID.starter.in_language(language)) in html
        assert escape(load_content().labels["help_after_telling"].in_language(language)) in html
