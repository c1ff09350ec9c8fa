"""Penalty charts read back from the figure, the sources table and the Loiret figures."""

from __future__ import annotations

import re

from matplotlib.colors import to_hex

from sextorsion_kit import (
    law_sources,
    loiret_figures,
    minor_victim_chart,
    penalty_chart,
)
from sextorsion_kit.charts.penalties import (
    GREY,
    fines_figure,
    heaviest_fine,
    prison_alternative,
    prison_figure,
    victim_figure,
)
from sextorsion_kit.content import load_content
from sextorsion_kit.logic.law import bar_id, charges_for, compare_victims, law_as_of, ordered

CONTENT = load_content()
OFFENCES = ordered(CONTENT.penalties)
AS_OF = law_as_of(CONTENT.penalties)


def bars(figure) -> dict[str, object]:
    """Every bar of the figure by its id."""
    return {patch.get_gid(): patch for patch in figure.axes[0].patches if patch.get_gid()}


def texts(figure) -> str:
    return "\n".join(
        text.get_text() for text in [*figure.texts, *figure.axes[0].texts, figure._suptitle]
    )


def test_prison_bars_equal_the_data_base_and_every_tier():
    figure = prison_figure(OFFENCES, "fr", AS_OF)
    drawn = {gid: patch.get_width() for gid, patch in bars(figure).items()}
    expected = {bar_id(o, None): o.prison_years for o in OFFENCES}
    expected |= {bar_id(o, t): t.prison_years for o in OFFENCES for t in o.tiers}
    assert drawn == expected


def test_prison_bars_are_sorted_heaviest_offence_on_top():
    figure = prison_figure(OFFENCES, "en", AS_OF)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert [text.split(" · ")[0] for text in labels] == [o.article for o in OFFENCES]
    assert figure.axes[0].yaxis_inverted()


def test_every_chart_says_maximum_penalty_and_the_version_date():
    for figure in (prison_figure(OFFENCES, "fr", AS_OF), fines_figure(OFFENCES, "fr", AS_OF)):
        words = texts(figure)
        assert "Peine maximale encourue (maximum penalty)" in words
        assert f"version en vigueur au 1er janvier {AS_OF.year}" in words
    english = texts(prison_figure(OFFENCES, "en", AS_OF))
    assert "version in force on" in english and "Maximum penalty" in english


def test_fine_bars_equal_each_offence_s_highest_fine_sorted():
    figure = fines_figure(OFFENCES, "fr", AS_OF)
    drawn = {gid: patch.get_width() for gid, patch in bars(figure).items()}
    expected = {bar_id(o, heaviest_fine(o)): o.max_fine_eur for o in OFFENCES}
    assert drawn == expected
    widths = [patch.get_width() for patch in figure.axes[0].patches if patch.get_gid()]
    assert widths == sorted(widths, reverse=True)
    assert figure.axes[0].get_xscale() == "log"


def test_the_victim_chart_compares_the_same_facts_for_three_ages():
    comparison = compare_victims(CONTENT.penalties, CONTENT.case_facts)
    figure = victim_figure(comparison, "fr", AS_OF)
    drawn = {gid: patch.get_height() for gid, patch in bars(figure).items()}
    for profile, charges in comparison.items():
        for charge in charges:
            assert drawn.pop(f"{profile}:{charge.offence.article}") == charge.prison_years
    assert set(drawn.values()) == {0}  # offences that do not apply to that victim


def test_highlighted_facts_keep_their_colour_and_grey_the_rest():
    reached = {"312-10:threat-carried-out", "226-2-1:base"}
    drawn = bars(prison_figure(OFFENCES, "fr", AS_OF, reached))
    assert drawn["312-10:threat-carried-out"].get_linewidth() > 3
    assert drawn["312-10:base"].get_linewidth() < 1
    assert to_hex(drawn["312-10:base"].get_facecolor()) != GREY
    assert to_hex(drawn["227-23:base"].get_facecolor()) == GREY
    assert "(atteint par ces faits)" in prison_alternative(OFFENCES, "fr", reached)


def test_the_text_alternative_names_every_article_and_term():
    alternative = prison_alternative(OFFENCES, "fr")
    for offence in OFFENCES:
        assert f"art. {offence.article}," in alternative
    assert alternative.count(" ans") + alternative.count(" an,") >= len(OFFENCES)


def test_notebook_charts_are_images_with_a_text_alternative():
    html = penalty_chart("blackmail").value
    alt = re.search(r"alt='([^']*)'", html).group(1)
    assert "312-10" in alt and "323-1" in alt and "227-23" not in alt
    assert "data:image/png;base64," in html and "<figcaption" in html
    victims = minor_victim_chart().value
    assert CONTENT.case_facts.example.title.fr.replace("'", "&#x27;") in victims
    assert "victime de moins de 15 ans" in victims and "<img" in victims


def test_the_sources_table_lists_every_article_source_and_flags_unconfirmed_dates():
    html = law_sources().value
    for offence in CONTENT.penalties:
        assert f"<strong>{offence.article}</strong>" in html
        for url in offence.sources:
            assert url.replace("&", "&amp;") in html
    flagged = html.count("date de début de cette version à vérifier sur Légifrance")
    assert flagged == sum(not o.date_confirmed for o in CONTENT.penalties) > 0


def test_the_loiret_figures_point_to_their_articles():
    html = loiret_figures().value
    assert "art. 312-11" in html and "art. 312-10" in html and "art. 323-1" in html
    assert "7 ans, 100\u202f000\u00a0€" in html and "5 ans, 150\u202f000\u00a0€" in html


def test_holding_a_minors_image_has_its_own_bar_legend_and_offence():
    figure = prison_figure(OFFENCES, "fr", AS_OF)
    holding = bars(figure)["227-23:holding"]
    assert holding.get_width() == 5 and holding.get_hatch() == ".."
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["infraction simple", "autre forme, même article", "forme aggravée"]
    assert "garder l'image" in prison_alternative(OFFENCES, "fr")
    charges = charges_for({"image_kept", "victim_minor"}, CONTENT.penalties, CONTENT.case_facts)
    assert [(c.offence.article, sorted(c.bar_ids)) for c in charges] == [
        ("227-23", ["227-23:holding"])
    ]
