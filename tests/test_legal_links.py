"""Legal links and figures kept as data: the Loiret figures and the rules the widget cites."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit_copies import replace_in
from oracles import render_charges

from sextorsion_kit import loiret_figures, what_happened
from sextorsion_kit.content import ContentError, load_content, load_file
from sextorsion_kit.logic.law import charges_for

ROOT = Path(__file__).resolve().parents[1]
CONTENT = load_content()


def test_the_loiret_figures_show_each_quote_with_its_tiers():
    html = loiret_figures().value
    for figure in CONTENT.loiret_figures:
        assert f"<li><strong>{figure.quote.fr}</strong><br>" in html
        assert f"art. {figure.article}" in html


def test_the_widget_links_its_notes_to_the_rules_in_the_data():
    rules = CONTENT.case_facts.rules
    charges = charges_for(
        {"threat_sexual_images", "money_demanded", "offender_minor"},
        CONTENT.penalties,
        CONTENT.case_facts,
    )
    ticked = frozenset({"offender_minor"})
    html = render_charges(charges, ticked, rules, "fr")
    assert f"<a href='{rules.concurrent_offences.source}'>" in html
    assert f"<a href='{rules.minor_offender.source}'>" in html
    assert rules.minor_offender.source not in render_charges(charges, frozenset(), rules, "fr")
    # what the browser is given to write them
    assert what_happened().sources == {
        "concurrent_offences": rules.concurrent_offences.source,
        "minor_offender": rules.minor_offender.source,
    }


@pytest.mark.parametrize(
    ("old", "new", "where", "what"),
    [
        ("tiers: [data-altered]", "tiers: [data-changed]", "[1].tiers", "323-1: data-changed"),
        ('article: "323-1"', 'article: "323-9"', "[1].article", "unknown article 323-9"),
    ],
)
def test_a_loiret_figure_must_name_a_tier_of_penalties_yaml(
    kit: Path, old: str, new: str, where: str, what: str
):
    figures = kit / "data" / "loiret_figures.yaml"
    replace_in(figures, old, new)
    with pytest.raises(ContentError) as refused:
        load_content.__wrapped__(kit)
    [problem] = refused.value.problems
    assert (problem.path, problem.where) == (str(figures), where)
    assert what in problem.what


def test_a_rule_must_link_to_the_statute_text(kit: Path):
    facts = kit / "data" / "case_facts.yaml"
    replace_in(
        facts,
        "https://kohenavocats.com/code-penal-article-132-3-2",
        "https://www.service-public.fr/particuliers/vosdroits/F1435",
    )
    with pytest.raises(ContentError) as refused:
        load_file(facts)
    [problem] = refused.value.problems
    assert problem.where.startswith("rules.concurrent_offences (line ")
    assert "source must be the statute text" in problem.what
