"""A student who scans for help words or option length must do no better than chance.

Limits, and why: about 40 choice sets are measured. A pick strategy that beats a random
pick by more than 0.15 right answers per question (about 2 standard deviations of a random
strategy's success over 40 questions of 3 to 5 options) is a real cue, not noise; the same
0.15 bounds the gap between right and wrong options carrying a help word. Statements to
judge are kept between 40 % and 60 % true, so "always false" scores no better than a coin.
Before the review: keyword edge +0.48, cue gap +0.49, 23 % and 25 % true statements.
"""

from __future__ import annotations

import pytest

from sextorsion_kit.content import load_content
from sextorsion_kit.logic.guessability import ChoiceSet, cue_gap, measure, pick_edge

EDGE_LIMIT = 0.15
TRUE_SHARE = (0.40, 0.60)


@pytest.fixture(scope="module", params=["fr", "en"])
def measures(request):
    content = load_content()
    return measure(list(content.quizzes.values()), content.myths, request.param)


def test_picking_the_option_with_most_help_words_is_no_better_than_chance(measures):
    assert measures.choice_sets >= 30
    assert abs(measures.keyword_edge) <= EDGE_LIMIT


def test_picking_the_longest_or_shortest_option_is_no_better_than_chance(measures):
    assert abs(measures.longest_edge) <= EDGE_LIMIT
    assert abs(measures.shortest_edge) <= EDGE_LIMIT


def test_right_and_wrong_options_carry_help_words_alike(measures):
    assert abs(measures.cue_gap) <= EDGE_LIMIT


def test_true_and_false_statements_are_close_to_half_and_half(measures):
    assert measures.true_share, "no file of statements measured"
    for name, share in measures.true_share.items():
        assert TRUE_SHARE[0] <= share <= TRUE_SHARE[1], name


def test_the_measures_catch_a_giveaway():
    giveaway = [
        ChoiceSet("q", ("Payer tout de suite", "Parler à un adulte de confiance", "Attendre"),
                  (False, True, False), True)
    ] * 10  # fmt: skip
    assert pick_edge(giveaway, lambda text: text.count("adulte")) == pytest.approx(2 / 3)
    assert pick_edge(giveaway, len) == pytest.approx(2 / 3)
    assert cue_gap(giveaway, "fr") == pytest.approx(1.0)
