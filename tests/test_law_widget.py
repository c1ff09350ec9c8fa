"""The "what happened?" exercise as a front-end widget: the data Python sends, and Chromium.

The browser result is compared, text for text, with what the tests' oracle
(tests/oracles.py, ``render_charges``) writes from the Python engine for the same ticks; the bars the browser
highlights are read back by id and compared with the Python charges' ``bar_ids``.
"""

from __future__ import annotations

import math
import re
import statistics
from html import unescape

import pytest
from browser_support import keep_offline, serious_axe_violations
from oracles import render_charges
from widget_page import open_widget, switch_labels

from sextorsion_kit import set_language
from sextorsion_kit.charts.penalties import prison_alternative
from sextorsion_kit.charts.svg import (
    alternative_with_footnote,
    assemble_alternative,
    prison_alternative_parts,
)
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.i18n import LANGUAGE, LANGUAGES, get_language
from sextorsion_kit.logic.law import charges_for, law_as_of, ordered
from sextorsion_kit.widgets import front_end
from sextorsion_kit.widgets.help import help_line
from sextorsion_kit.widgets.law import LABEL_KEYS, what_happened_widget

CONTENT = load_content()
OFFENCES = ordered(CONTENT.penalties)
CASE = CONTENT.case_facts
AS_OF = law_as_of(CONTENT.penalties)
JS = front_end.source("law.js")
# Fact sets of tests/test_law_views.py
TWO_OFFENCES = ("threat_sexual_images", "money_demanded", "images_spread")
MINOR_OFFENDER = ("more_images_demanded", "victim_minor", "offender_minor", "images_spread")
ONE_OFFENCE = ("account_changed",)


@pytest.fixture(scope="module")
def widget_state():
    return what_happened_widget().get_state()


def all_bars() -> list[str]:
    bars = []
    for offence in OFFENCES:
        others = [t for t in offence.tiers if t.form == "other"]
        aggravated = sorted(
            (t for t in offence.tiers if t.form == "aggravated"),
            key=lambda t: (t.prison_years, t.fine_eur),
        )
        bars += [f"{offence.article}:base"] + [
            f"{offence.article}:{t.id}" for t in others + aggravated
        ]
    return bars


# --- the data --------------------------------------------------------------------------------


def test_each_svg_has_one_bar_value_and_star_per_level_the_js_may_highlight(widget_state):
    bars = widget_state["bars"]
    assert bars == all_bars() and len(bars) == len(set(bars))
    reachable = {
        bar
        for ticks in (TWO_OFFENCES, MINOR_OFFENDER, ONE_OFFENCE, ("image_kept", "victim_minor"))
        for c in charges_for(ticks, OFFENCES, CASE)
        for bar in c.bar_ids
    }
    assert reachable <= set(bars)
    for language in LANGUAGES:
        svg = widget_state["charts"][language]
        ids = re.findall(r'\bid="([^"]+)"', svg)
        assert len(ids) == len(set(ids)), "an id twice in one SVG"
        for prefix in ("", "value:", "star:"):
            assert [i[len(prefix) :] for i in ids if i in {prefix + b for b in bars}] == bars
        # stars start hidden, bars carry the chart's colours
        assert svg.count('visibility="hidden"') == len(bars)
        assert f"<title>{label('prison_title', language)}</title>" in unescape(svg)


def test_the_svgs_differ_by_language_and_fetch_nothing(widget_state):
    charts = widget_state["charts"]
    assert set(charts) == set(LANGUAGES) and charts["fr"] != charts["en"]
    for svg in charts.values():
        assert svg.startswith("<svg") and "<!DOCTYPE" not in svg and "<?xml" not in svg
        assert "<metadata" not in svg and "@import" not in svg and "@font-face" not in svg
        assert "<image" not in svg and "<script" not in svg and "<foreignObject" not in svg
        urls = re.findall(r"https?://[^\"'\s)]+", svg)
        assert set(urls) <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
        assert len(urls) == 2  # only the two namespace names on <svg>, which nothing fetches
        assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', svg))
        assert all(u.startswith("url(#") for u in re.findall(r"url\([^)]*\)", svg))


def test_the_text_alternative_in_pieces_is_the_views(widget_state):
    for language in LANGUAGES:
        parts = widget_state["chart_alt"][language]
        assert parts == prison_alternative_parts(OFFENCES, language)
        for ticks in ((), TWO_OFFENCES, MINOR_OFFENDER):
            reached = {b for c in charges_for(ticks, OFFENCES, CASE) for b in c.bar_ids}
            assert assemble_alternative(parts, reached) == prison_alternative(
                OFFENCES, language, reached
            )
        assert widget_state["footnotes"][language] in alternative_with_footnote(
            OFFENCES, language, AS_OF, None
        )


def test_every_label_the_front_end_asks_for_is_sent_in_both_languages(widget_state):
    asked = set(re.findall(r'\blabel\("([a-z0-9_]+)"\)', JS))
    # the three calls that do not name their key: label(count === 1 ? "case_result_one" : ...),
    # label(minor ? "case_together_adult" : "case_together") and label(`case_${group}`)
    assert len(re.findall(r"\blabel\(", JS)) == len(re.findall(r'\blabel\("', JS)) + 3
    asked |= set(re.findall(r'\? "(case_[a-z_]+)" : "(case_[a-z_]+)"', JS)[0])
    asked |= set(re.findall(r'\? "(case_[a-z_]+)" : "(case_[a-z_]+)"', JS)[1])
    asked |= {f"case_{group}" for group in ("acts", "people")}
    sent = widget_state["labels"]
    assert asked | switch_labels(JS) == set(sent) == set(LABEL_KEYS)
    for key, text in sent.items():
        assert text == {language: label(key, language) for language in LANGUAGES}


def test_both_languages_travel_in_the_data(widget_state):
    for fact in widget_state["case_facts"]["facts"]:
        assert set(fact["label"]) == {"fr", "en"} and all(fact["label"].values())
    for offence in widget_state["offences"]:
        assert all(offence["label"].values()) and all(offence["explanation"].values())
    for key in ("years", "euros", "footnotes", "help_line", "colon", "semicolon", "chart_alt"):
        assert set(widget_state[key]) == set(LANGUAGES), key
    for language in LANGUAGES:
        assert widget_state["help_line"][language] == help_line(CONTENT.help_channels, language)
    assert [o["article"] for o in widget_state["offences"]] == [o.article for o in OFFENCES]


def test_the_language_follows_the_kit_both_ways_and_the_widget_adds_no_listener():
    before = len(LANGUAGE.listeners)
    widget = what_happened_widget()
    assert widget.language == "fr" and len(LANGUAGE.listeners) == before
    set_language("en")
    assert widget.language == "en"
    widget.language = "fr"  # as the browser sends it
    assert get_language() == "fr"


def test_the_bundle_puts_the_rules_in_front():
    bundled = front_end.bundle("law.js")
    assert bundled.index("export function chargesFor") < bundled.index("export default {")
    assert not re.search(r"^\s*import\b", bundled, re.M)
    for fetching in ("fetch(", "XMLHttpRequest", "import(", "http://", "https://", "WebSocket"):
        assert fetching not in JS


# --- in the browser, without a kernel ---------------------------------------------------------


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def view_text(ticks, language) -> str:
    """What the ipywidgets view shows after "What the law says", as text."""
    charges = charges_for(ticks, OFFENCES, CASE)
    html = render_charges(charges, frozenset(ticks), CASE.rules, language)
    return squeezed(unescape(re.sub(r"<[^>]+>", "", html)))


def reached(ticks) -> set[str]:
    return {b for c in charges_for(ticks, OFFENCES, CASE) for b in c.bar_ids}


def set_ticks(page, ticks) -> None:
    for box in page.locator("input[data-fact]").all():
        want = box.get_attribute("data-fact") in ticks
        if box.is_checked() != want:
            box.click()


def shown(page) -> dict:
    return page.evaluate(
        """() => {
          const svg = document.querySelector('.sxk-law-chart svg');
          return {
            status: document.querySelector('.sxk-law [role=status]').textContent,
            hit: svg ? [...svg.querySelectorAll('.sxk-law-hit')].map((n) => n.id) : [],
            stars: svg ? [...svg.querySelectorAll('[id^="star:"][visibility=visible]')].map((n) => n.id) : [],
            label: svg ? svg.getAttribute('aria-label') : null,
            hidden: document.querySelector('.sxk-law-chart').hidden,
          };
        }"""
    )


def assert_like_the_view(page, ticks, language) -> None:
    seen = shown(page)
    assert squeezed(seen["status"]) == view_text(ticks, language)
    bars = reached(ticks)
    assert seen["hidden"] == (not bars)
    if bars:
        assert {i for i in seen["hit"] if not i.startswith("value:")} == bars
        assert set(seen["stars"]) == {f"star:{b}" for b in bars}
        assert seen["label"] == alternative_with_footnote(OFFENCES, language, AS_OF, bars)


def figures(timings: list[float]) -> tuple[float, float]:
    ordered_timings = sorted(timings)
    return statistics.median(ordered_timings), ordered_timings[
        math.ceil(0.95 * len(ordered_timings)) - 1
    ]


@pytest.mark.browser
def test_the_exercise_runs_in_the_browser_like_the_python_view(page, tmp_path, capsys):
    page = keep_offline(page)
    open_widget(page, tmp_path, what_happened_widget(), "law")
    assert page.locator(".sxk-law fieldset").count() == 2
    legends = page.locator(".sxk-law legend").all_text_contents()
    assert legends == [label("case_acts", "fr"), label("case_people", "fr")]
    for fact in CASE.facts:
        box = page.get_by_role("checkbox", name=fact.label.fr, exact=True)
        assert box.count() == 1
    assert page.locator(".sxk-law [role=status]").text_content() == ""
    assert "3114" in page.locator(".sxk-law-help").text_content()
    assert page.locator(".sxk-law-chart figcaption").text_content() == label(
        "case_chart_caption", "fr"
    )

    for ticks in (TWO_OFFENCES, MINOR_OFFENDER, ("threat_sexual_images",), ONE_OFFENCE):
        set_ticks(page, ticks)
        assert_like_the_view(page, ticks, "fr")
    svg_title = page.locator(".sxk-law-chart svg > title").text_content()
    assert svg_title == label("prison_title", "fr")
    assert page.locator(".sxk-law-chart svg").get_attribute("role") == "img"
    assert page.evaluate("window.widgetState.ticked") == list(ONE_OFFENCE)

    # the English switch: instant, the result, the chart and its alternative included
    set_ticks(page, TWO_OFFENCES)
    page.get_by_role("button", name="English").click()
    assert page.evaluate("window.settingsState.language") == "en"
    assert page.locator(".sxk-law").get_attribute("lang") == "en"
    assert_like_the_view(page, TWO_OFFENCES, "en")
    assert page.locator(".sxk-law-chart svg > title").text_content() == label("prison_title", "en")
    assert page.locator(".sxk-law legend").first.text_content() == label("case_acts", "en")

    # 20 toggles, timed from the input event to the second frame after it
    page.evaluate(
        """() => {
          window.lawTimings = [];
          document.addEventListener('input', () => {
            const start = performance.now();
            requestAnimationFrame(() => requestAnimationFrame(
              () => window.lawTimings.push(performance.now() - start)));
          }, true);
        }"""
    )
    box = page.locator('input[data-fact="victim_minor"]')
    for n in range(20):
        box.click()
        page.wait_for_function(f"window.lawTimings.length >= {n + 1}")
    painted = figures(page.evaluate("window.lawTimings"))
    with capsys.disabled():
        print(
            f"\ntick -> result painted (two frames), 20 toggles: median {painted[0]:.1f} ms, "
            f"p95 {painted[1]:.1f} ms"
        )
    assert painted[1] < 500
    assert_like_the_view(page, TWO_OFFENCES, "en")  # 20 toggles: back where it was

    page.get_by_role("button", name=label("case_clear", "en")).click()
    assert shown(page)["status"] == "" and shown(page)["hidden"]
    assert page.outside == [] and page.errors == []


@pytest.mark.browser
def test_the_exercise_has_no_serious_accessibility_problem(page, tmp_path):
    keep_offline(page)
    open_widget(page, tmp_path, what_happened_widget(), "axe")
    assert serious_axe_violations(page) == []
    page.locator("input[type=checkbox]").first.check()
    assert serious_axe_violations(page) == []
    assert page.outside == []
