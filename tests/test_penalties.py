"""The law as data: sourced penalties, and which offences a set of facts makes up."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit_copies import copy_content

from sextorsion_kit.content import ContentError, load_content, load_file
from sextorsion_kit.logic.law import charges_for, compare_victims, heaviest, law_as_of, ordered

CONTENT = load_content()
OFFENCES = CONTENT.penalties
FACTS = CONTENT.case_facts
BY_ARTICLE = {offence.article: offence for offence in OFFENCES}
ROOT = Path(__file__).resolve().parents[1]

# Content guide, section 6: the offences a sextortion case can involve.
GUIDE_ARTICLES = {
    "312-1", "312-10", "323-1", "226-1", "226-2-1", "226-8-1", "226-4-1",
    "227-22", "227-22-1", "227-22-2", "227-23-1", "227-23", "222-33-2-2",
}  # fmt: skip


def charged(*facts: str) -> dict[str, set[str]]:
    """Article -> the tiers reached ("base" when none), for these facts."""
    return {
        charge.offence.article: {tier.id for tier in charge.reached} or {"base"}
        for charge in charges_for(facts, OFFENCES, FACTS)
    }


# --- the data ----------------------------------------------------------------------


def test_every_offence_of_the_content_guide_is_covered_once():
    assert set(BY_ARTICLE) == GUIDE_ARTICLES
    tier_articles = {t.article for o in OFFENCES for t in o.tiers if t.article}
    assert {"312-2", "312-11"} <= tier_articles


def test_the_loiret_figures_are_tiers_of_312_10_and_323_1():
    blackmail = {t.id: t for t in BY_ARTICLE["312-10"].tiers}
    assert (BY_ARTICLE["312-10"].prison_years, BY_ARTICLE["312-10"].fine_eur) == (5, 75_000)
    for tier in ("online-sexual-images", "threat-carried-out"):
        assert (blackmail[tier].prison_years, blackmail[tier].fine_eur) == (7, 100_000)
    altered = next(t for t in BY_ARTICLE["323-1"].tiers if t.id == "data-altered")
    assert (altered.prison_years, altered.fine_eur) == (5, 150_000)


def test_unconfirmed_version_dates_are_flagged_not_hidden():
    unconfirmed = {o.article for o in OFFENCES if not o.date_confirmed}
    for article in unconfirmed:
        assert "Légifrance" in BY_ARTICLE[article].version
    assert law_as_of(OFFENCES) == max(o.in_force_since for o in OFFENCES)


def test_offences_are_ordered_by_their_heaviest_maximum():
    maxima = [o.max_prison_years for o in ordered(OFFENCES)]
    assert maxima == sorted(maxima, reverse=True)
    assert {o.theme for o in ordered(OFFENCES, "minors")} == {"minors"}


# --- bad files are refused with one line each ---------------------------------------

GOOD_ENTRY = """\
- article: "312-10"
  theme: blackmail
  label: {fr: Chantage, en: Blackmail}
  explanation: {fr: Menacer pour obtenir., en: Threatening to get something.}
  prison_years: 5
  fine_eur: 75000
  tiers:
    - id: online
      short: {fr: en ligne, en: online}
      when: {fr: En ligne., en: Online.}
      prison_years: PRISON
      fine_eur: 100000
  in_force_since: 2025-01-01
  version: "Version lue"
  sources: [SOURCE]
"""


@pytest.mark.parametrize(
    ("prison", "source", "expected"),
    [
        ("4", "https://www.legifrance.gouv.fr/x", "tier 'online' must be heavier than the base"),
        ("7", "https://example.org/explainer", "sources must include the statute text"),
    ],
)
def test_a_bad_penalty_entry_is_refused_with_one_line(tmp_path, prison, source, expected):
    data = tmp_path / "data"
    data.mkdir()
    text = GOOD_ENTRY.replace("PRISON", prison).replace("SOURCE", source)
    (data / "penalties.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_file(data / "penalties.yaml")
    [problem] = raised.value.problems
    assert problem.where == "[0] (line 1)" and expected in problem.what


def test_a_fact_unknown_to_case_facts_is_refused_by_the_whole_kit_check(tmp_path):
    copy_content(tmp_path)
    penalties = tmp_path / "data" / "penalties.yaml"
    penalties.write_text(
        penalties.read_text(encoding="utf-8").replace("[posed_as_victim]", "[posed_as_him]"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as raised:
        load_content.__wrapped__(tmp_path)
    [problem] = raised.value.problems
    assert problem.where == "article 226-4-1" and "posed_as_him" in problem.what


# --- facts to offences --------------------------------------------------------------


def test_no_fact_no_offence_and_a_threat_alone_is_not_yet_blackmail():
    assert charged() == {}
    assert charged("threat_sexual_images") == {}


def test_online_sexual_blackmail_for_money_is_aggravated_blackmail():
    assert charged("threat_sexual_images", "money_demanded") == {"312-10": {"online-sexual-images"}}


def test_carrying_out_the_threat_adds_312_11_and_spreading_without_consent():
    result = charged("threat_sexual_images", "money_demanded", "images_spread")
    assert result == {
        "312-10": {"online-sexual-images", "threat-carried-out"},
        "226-2-1": {"base"},
    }


def test_a_montage_is_226_8_1_not_226_2_1_and_heavier_when_posted_publicly():
    spread = charged("threat_sexual_images", "money_demanded", "montage", "images_spread")
    assert "226-2-1" not in spread and spread["226-8-1"] == {"base"}
    posted = charged("montage", "posted_publicly")
    assert posted == {"226-8-1": {"online"}}


def test_asking_a_child_under_15_for_images_reaches_the_under_15_tier():
    result = charged("threat_sexual_images", "more_images_demanded", "victim_under_15")
    assert result["227-23-1"] == {"under-15"}
    assert result["312-10"] == {"online-sexual-images"}


def test_offences_only_an_adult_can_commit_drop_when_the_offender_is_a_minor():
    facts = ("more_images_demanded", "sexual_acts_requested", "victim_under_15")
    assert {"227-23-1", "227-22-2", "227-22-1"} <= set(charged(*facts))
    assert not {"227-23-1", "227-22-2", "227-22-1"} & set(charged(*facts, "offender_minor"))
    adult_only = {
        o.article
        for o in OFFENCES
        if o.applies_if and all("offender_minor" in rule.none_of for rule in o.applies_if)
    }
    assert adult_only == {"227-22-1", "227-22-2", "227-23-1"}


def test_implied_facts_count_a_changed_password_is_access_with_data_altered():
    assert charged("account_changed") == {"323-1": {"data-altered"}}
    assert charged("account_hacked") == {"323-1": {"base"}}


def test_online_harassment_of_a_minor_is_two_circumstances():
    assert charged("harassed") == {"222-33-2-2": {"one-circumstance"}}
    assert charged("harassed", "victim_minor")["222-33-2-2"] == {
        "one-circumstance",
        "two-circumstances",
    }


def test_an_organised_network_reaches_the_gang_tiers():
    result = charged("more_images_demanded", "victim_minor", "organised_group")
    assert result["227-23-1"] == {"organised"}


def test_charges_come_heaviest_first_and_the_heaviest_is_the_overall_maximum():
    charges = charges_for(
        ["threat_sexual_images", "money_demanded", "images_spread", "victim_under_15"],
        OFFENCES,
        FACTS,
    )
    years = [charge.prison_years for charge in charges]
    assert years == sorted(years, reverse=True)
    assert heaviest(charges) is charges[0]


def test_the_same_facts_weigh_more_against_a_minor_and_more_under_15():
    comparison = compare_victims(OFFENCES, FACTS)
    top = {profile: heaviest(charges).prison_years for profile, charges in comparison.items()}
    assert top["adult"] <= top["minor"] <= top["under_15"]
    assert top["adult"] < top["under_15"]
    assert not any(c.offence.theme in ("minors", "minor_images") for c in comparison["adult"])


def test_extortion_by_an_organised_gang_is_the_312_6_crime():
    result = charges_for(
        ["violence_threatened", "money_demanded", "organised_group"], OFFENCES, FACTS
    )
    [extortion] = result
    assert extortion.tier.article == "312-6" and extortion.prison_years == 20


# --- another form of the same article (227-23, holding) -------------------------------


def test_keeping_a_minors_image_is_227_23_holding_as_heavy_as_making_it():
    holding = next(t for t in BY_ARTICLE["227-23"].tiers if t.id == "holding")
    assert holding.form == "other"
    assert (holding.prison_years, holding.fine_eur) == (5, 75_000)  # law of 30 July 2020
    assert charged("image_kept", "victim_minor")["227-23"] == {"holding"}
    assert "227-23" not in charged("image_kept")  # an adult's image: not this article


def test_another_form_may_be_lighter_than_the_base_but_an_aggravation_may_not(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    lighter = GOOD_ENTRY.replace("PRISON", "7").replace("SOURCE", "https://www.legifrance.gouv.fr/x")
    lighter = lighter.replace("  tiers:\n    - id: online\n", "  tiers:\n    - id: online\n      form: other\n      applies_if: [{all_of: [a]}]\n", 1)
    lighter = lighter.replace("prison_years: 7\n      fine_eur", "prison_years: 2\n      fine_eur", 1)
    (data / "penalties.yaml").write_text(lighter, encoding="utf-8")
    [offence] = load_file(data / "penalties.yaml")
    assert offence.tiers[0].form == "other" and offence.tiers[0].prison_years < offence.prison_years
    (data / "penalties.yaml").write_text(lighter.replace("      form: other\n", ""), "utf-8")
    with pytest.raises(ContentError, match="must be heavier"):
        load_file(data / "penalties.yaml")
