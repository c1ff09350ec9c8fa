"""The scam timeline as a front-end widget: the data Python sends, and the widget in Chromium.

The browser tests render the widget's ES module with no kernel (tests/widget_page.py) and
compare what it shows with the stages in the kit's content, read here on their own terms
(stage, chosen variant, age band, language), not through the widget's data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser_support import serious_axe_violations
from widget_page import open_widget, switch_labels

from sextorsion_kit import set_language
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import AGE_BANDS, STAGE_ORDER, VARIANTS_OF, Stage, in_band
from sextorsion_kit.i18n import LANGUAGE, LANGUAGES, get_language
from sextorsion_kit.widgets import front_end
from sextorsion_kit.widgets.settings import AGE_BAND, get_age_band, set_age_band, shared_settings
from sextorsion_kit.widgets.timeline import (
    GENERAL,
    LABEL_KEYS,
    VARIANT_LEGEND,
    TimelineWidget,
    stage_overview_widget,
    timeline_data,
    timeline_widget,
)

JS = Path(front_end.__file__).parent / "js"
STAGES = load_content().stages


def timeline_js() -> str:
    return (JS / "timeline.js").read_text(encoding="utf-8")


def expected(stage: Stage, variant: str, band: str, language: str) -> dict:
    """What the stage says for ``variant`` ("" for none) and ``band``, straight from the content."""
    chosen = next((v for v in stage.variants if v.id == variant), None)
    signs = chosen.warning_signs if chosen and chosen.warning_signs else stage.warning_signs
    actions = chosen.actions if chosen and chosen.actions else stage.actions
    title = stage.title.in_language(language)
    if chosen:
        title += f" — {chosen.label.in_language(language)}"
    return {
        "heading": title,
        "what_happens": in_band(
            chosen.what_happens if chosen else stage.what_happens, band
        ).in_language(language),
        "warning_signs": [in_band(t, band).in_language(language) for t in signs],
        "actions": [in_band(t, band).in_language(language) for t in actions],
        "chat": [
            (m.sender, m.text.in_language(language))
            for m in (chosen.chat if chosen else stage.chat)
        ],
    }


# --- the data ------------------------------------------------------------------------------


def test_the_six_stages_and_their_variants_are_sent_in_order():
    sent = timeline_data()["stages"]
    assert tuple(stage["id"] for stage in sent) == STAGE_ORDER
    for stage in sent:
        wanted = VARIANTS_OF.get(stage["id"], ())
        assert tuple(v["id"] for v in stage["variants"]) == wanted
        assert stage["variant_legend"] == (VARIANT_LEGEND[stage["id"]] if wanted else None)
        assert set(stage["texts"]) == set(AGE_BANDS)
        for band in AGE_BANDS:
            assert list(stage["texts"][band]) == [GENERAL, *wanted]


@pytest.mark.parametrize("stage", STAGES, ids=lambda stage: stage.id)
def test_every_stage_variant_band_and_language_is_sent_as_the_content_says(stage: Stage):
    sent = next(s for s in timeline_data()["stages"] if s["id"] == stage.id)
    assert sent["title"] == {"fr": stage.title.fr, "en": stage.title.en}
    for band in AGE_BANDS:
        for variant in [GENERAL, *(v.id for v in stage.variants)]:
            texts = sent["texts"][band][variant]
            for language in LANGUAGES:
                want = expected(stage, variant, band, language)
                assert texts["what_happens"][language] == want["what_happens"]
                assert [t[language] for t in texts["warning_signs"]] == want["warning_signs"]
                assert [t[language] for t in texts["actions"]] == want["actions"]
                assert [(m["sender"], m["text"][language]) for m in texts["chat"]] == want["chat"]
                assert len(want["warning_signs"]) >= 3 and len(want["actions"]) >= 3
                assert all(want["warning_signs"] + want["actions"] + [want["what_happens"]])


def test_bands_variants_and_languages_really_differ():
    """Guards the browser tests below: switching band, variant or language must change words."""
    data = timeline_data()["stages"]
    first = data[0]["texts"]
    assert first["11-14"][GENERAL]["what_happens"] != first["15-18"][GENERAL]["what_happens"]
    material = data[STAGE_ORDER.index("material")]["texts"]["11-14"]
    assert len({json.dumps(material[v]) for v in VARIANTS_OF["material"]}) == len(
        VARIANTS_OF["material"]
    )
    assert (
        first["11-14"][GENERAL]["what_happens"]["fr"]
        != first["11-14"][GENERAL]["what_happens"]["en"]
    )


def test_every_label_the_front_end_asks_for_is_sent_in_both_languages():
    source = timeline_js()
    literal = set(re.findall(r'\blabel\("([a-z0-9_]+)"\)', source))
    # the two other calls: the variant legend (VARIANT_LEGEND) and the overview's headers
    assert len(re.findall(r"\blabel\(", source)) == len(re.findall(r'\blabel\("', source)) + 2
    overview = set(re.findall(r'\["(\w+)", "(\w+)", "(\w+)"\]\.map\(\(key\) =>\s*', source)[0])
    asked = literal | set(VARIANT_LEGEND.values()) | overview
    sent = timeline_data()["labels"]
    assert asked | switch_labels(source) == set(sent) == set(LABEL_KEYS)
    for key, text in sent.items():
        assert text == {language: label(key, language) for language in LANGUAGES}


def test_no_text_goes_in_as_html_and_nothing_is_fetched():
    source = timeline_js()
    assert not re.search(r"\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b", source)
    for fetching in ("fetch(", "XMLHttpRequest", "import(", "http://", "https://", "WebSocket"):
        assert fetching not in source


def test_the_widget_carries_the_bundle():
    assert TimelineWidget()._esm == front_end.bundle("timeline.js")


# --- Python side: settings both ways, stage and variant -------------------------------------------


def test_python_settings_reach_the_widget_and_its_switches_set_them():
    widget = timeline_widget()
    assert (widget.language, widget.age_band) == ("fr", "11-14")
    set_language("en")
    set_age_band("15-18")
    assert (widget.language, widget.age_band) == ("en", "15-18")
    widget.language = "fr"  # as the browser sends it
    widget.age_band = "11-14"
    assert (get_language(), get_age_band()) == ("fr", "11-14")


def test_a_widget_given_an_age_band_keeps_it():
    widget = timeline_widget(band="15-18")
    set_age_band("15-18")
    set_age_band("11-14")
    assert widget.age_band == "15-18"
    widget.age_band = "11-14"
    assert get_age_band() == "11-14"


def test_a_widget_adds_no_listener_in_python():
    before = (len(LANGUAGE.listeners), len(AGE_BAND.listeners))
    widget = timeline_widget()
    assert (len(LANGUAGE.listeners), len(AGE_BAND.listeners)) == before
    assert widget.settings is shared_settings()  # it follows the page's one model


def test_stage_and_variant_start_as_the_view_does_and_refuse_what_does_not_exist():
    widget = timeline_widget()
    assert widget.stage == 0
    assert widget.variants == {"material": "recorded", "demand": "money"}
    widget.go_to(9)
    widget.go_to(-1)
    assert widget.stage == 0
    widget.go_to(5)
    assert widget.stage == 5
    widget.choose_variant("demand", "images")
    assert widget.variants == {"material": "recorded", "demand": "images"}
    with pytest.raises(ValueError, match="no variant"):
        widget.choose_variant("material", "money")
    assert stage_overview_widget().overview and not timeline_widget().overview


# --- in the browser, without a kernel -------------------------------------------------------------


def shown(page) -> dict:
    """What the stage region shows, read from the page."""
    region = page.locator(".sxk-timeline-stage")
    bubbles = region.locator(".sxk-timeline-bubble")
    return {
        "heading": region.locator("h3").text_content(),
        "what_happens": region.locator(".sxk-timeline-what").text_content(),
        "warning_signs": region.locator(".sxk-timeline-signs li").all_text_contents(),
        "actions": region.locator(".sxk-timeline-actions li").all_text_contents(),
        "chat": [
            (
                bubbles.nth(n).locator(".sxk-timeline-sender").text_content(),
                bubbles.nth(n).locator(".sxk-timeline-said").text_content(),
            )
            for n in range(bubbles.count())
        ],
    }


def assert_stage(page, index: int, variant: str, band: str, language: str) -> None:
    stage = STAGES[index]
    assert shown(page) == expected(stage, variant, band, language)
    position = label("stage_of", language).format(n=index + 1, total=len(STAGES))
    assert page.locator(".sxk-timeline-position").text_content() == position
    pressed = page.locator(".sxk-timeline-bar button[aria-pressed=true]")
    assert pressed.count() == 1
    assert pressed.text_content() == f"{index + 1}. {stage.title.in_language(language)}"
    # who speaks is said in words: the sender's name starts each bubble's text
    for n, (sender, _) in enumerate(expected(stage, variant, band, language)["chat"]):
        assert page.locator(".sxk-timeline-bubble").nth(n).inner_text().startswith(sender)
    text = page.locator(".sxk-timeline").inner_text()
    assert not re.search(r"\b(null|undefined|NaN)\b|\[object", text), text


def first_variant(stage: Stage) -> str:
    return stage.variants[0].id if stage.variants else GENERAL


def focused(page, attribute: str) -> str | None:
    return page.evaluate(f"document.activeElement.getAttribute({json.dumps(attribute)})")


@pytest.mark.browser
def test_next_previous_and_the_stage_bar_show_each_stage(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, timeline_widget(), "timeline")
    assert page.locator(".sxk-timeline-bar button").count() == len(STAGES) == 6
    previous = page.locator("[data-key=previous]")
    following = page.locator("[data-key=next]")
    assert previous.is_disabled() and previous.text_content() == label("previous", "fr")

    # Next through the six stages; focus lands on the new stage's heading each time
    for index, stage in enumerate(STAGES):
        assert_stage(page, index, first_variant(stage), "11-14", "fr")
        if index < len(STAGES) - 1:
            following.click()
            assert focused(page, "data-focus") == "heading"
    assert following.is_disabled() and not previous.is_disabled()
    assert page.evaluate("window.widgetState.stage") == 5
    previous.click()
    assert_stage(page, 4, "money", "11-14", "fr")

    # the stage bar, in any order
    for index in (3, 0, 5, 2):
        page.locator(f"[data-key=stage-{index}]").click()
        assert_stage(page, index, first_variant(STAGES[index]), "11-14", "fr")
        assert focused(page, "data-focus") == "heading"
    assert page.outside == [] and page.errors == []
    assert all(url.startswith(("file:", "blob:", "data:")) for url in page.requested)


@pytest.mark.browser
def test_variants_band_and_language_change_the_texts_at_once(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, timeline_widget(), "variants")
    assert page.locator("fieldset").count() == 0  # the first stage has no variants
    material = STAGE_ORDER.index("material")
    page.locator(f"[data-key=stage-{material}]").click()
    legend = page.locator("fieldset legend")
    assert legend.text_content() == label("material_variant", "fr")
    for variant in STAGES[material].variants:
        page.get_by_role("radio", name=variant.label.fr, exact=True).check()
        assert_stage(page, material, variant.id, "11-14", "fr")
    last = STAGES[material].variants[-1].id  # the one checked last
    assert page.evaluate("window.widgetState.variants.material") == last

    demand = STAGE_ORDER.index("demand")
    page.locator("[data-key=next]").click()
    page.locator("[data-key=next]").click()
    assert page.locator("fieldset legend").text_content() == label("demand_variant", "fr")
    page.get_by_role("radio", name=STAGES[demand].variants[1].label.fr, exact=True).check()
    assert_stage(page, demand, "images", "11-14", "fr")
    page.locator(f"[data-key=stage-{material}]").click()
    assert_stage(page, material, last, "11-14", "fr")  # the choice was kept

    # English, then 15-18: instant, and told to the model
    before = shown(page)
    page.get_by_role("button", name="English", exact=True).click()
    assert_stage(page, material, last, "11-14", "en")
    assert shown(page) != before
    assert page.locator(".sxk-timeline").get_attribute("lang") == "en"
    assert page.locator("[data-key=next]").text_content() == label("next", "en")
    page.locator(f"[data-key=stage-{0}]").click()
    younger = shown(page)
    page.get_by_role("button", name=label("band_15_18", "en"), exact=True).click()
    assert_stage(page, 0, GENERAL, "15-18", "en")
    assert shown(page) != younger
    assert page.evaluate("[window.settingsState.language, window.settingsState.age_band]") == [
        "en",
        "15-18",
    ]
    assert page.evaluate("window.saved") >= 4
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_keyboard_alone_moves_through_the_stages(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, timeline_widget(), "keyboard")
    page.locator("body").focus()
    for _ in range(10):  # past the language and age switches
        page.keyboard.press("Tab")
        if focused(page, "data-key") == "stage-0":
            break
    assert focused(page, "data-key") == "stage-0"

    # arrows move along the bar, Enter shows the stage and focus lands on its heading
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert focused(page, "data-key") == "stage-2"
    page.keyboard.press("Enter")
    assert focused(page, "data-focus") == "heading"
    assert page.evaluate("document.activeElement.tagName") == "H3"
    assert_stage(page, 2, "recorded", "11-14", "fr")

    # back to the variants with Shift+Tab: the arrows pick one, focus stays on it
    page.keyboard.press("Shift+Tab")
    assert focused(page, "data-key") == "variant-recorded"
    page.keyboard.press("ArrowDown")
    assert focused(page, "data-key") == "variant-hacked"
    assert_stage(page, 2, "hacked", "11-14", "fr")

    # on to Next, then Space
    for _ in range(5):
        page.keyboard.press("Shift+Tab")
        if focused(page, "data-key") == "next":
            break
    assert focused(page, "data-key") == "next"
    page.keyboard.press("Space")
    assert focused(page, "data-focus") == "heading"
    assert_stage(page, 3, GENERAL, "11-14", "fr")

    # End then Space on the stage bar
    page.locator("[data-key=stage-0]").focus()
    page.keyboard.press("End")
    assert focused(page, "data-key") == "stage-5"
    page.keyboard.press("Space")
    assert_stage(page, 5, GENERAL, "11-14", "fr")
    assert focused(page, "data-focus") == "heading"
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_overview_shows_one_sign_and_one_action_per_stage(cut_off, tmp_path):
    page = cut_off
    set_language("en")
    set_age_band("15-18")
    open_widget(page, tmp_path, stage_overview_widget(), "overview")
    assert page.locator(".sxk-timeline-settings").is_hidden()
    headers = page.locator("thead th").all_text_contents()
    assert headers == [label(key, "en") for key in ("stages", "warning_signs", "actions")]
    rows = page.locator("tbody tr")
    assert rows.count() == len(STAGES)
    for n, stage in enumerate(STAGES):
        want = expected(stage, GENERAL, "15-18", "en")
        cells = rows.nth(n).locator("th, td").all_text_contents()
        assert cells == [f"{n + 1}. {stage.title.en}", want["warning_signs"][0], want["actions"][0]]
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_no_serious_accessibility_problem(cut_off, tmp_path):
    page = cut_off
    open_widget(page, tmp_path, timeline_widget(), "axe")
    for index in (0, STAGE_ORDER.index("material")):
        page.locator(f"[data-key=stage-{index}]").click()
        assert serious_axe_violations(page) == []
    assert page.outside == [] and page.errors == []
