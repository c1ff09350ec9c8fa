"""The talk decks as data (data/decks.yaml, the plans' slides) and as slides, with no browser."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit_copies import copy_content

from sextorsion_kit.build.decks import render_deck
from sextorsion_kit.content import ContentError, load_content
from sextorsion_kit.views.deck import DeckView, deck_view, deck_views
from sextorsion_kit.widgets.talk import plain, role_play_state

ROOT = Path(__file__).resolve().parents[1]
FONT = json.loads(
    (ROOT / "slides/node_modules/@fontsource/atkinson-hyperlegible/unicode.json").read_text()
    if (ROOT / "slides/node_modules/@fontsource/atkinson-hyperlegible/unicode.json").exists()
    else "{}"
)
# the ranges slides/theme/kit-deck.css declares for the shipped font (latin and latin-ext)
THEME = (ROOT / "slides/theme/kit-deck.css").read_text(encoding="utf-8")


def strings(value: Any) -> Iterator[str]:
    """Every text in a slide's content or a live slide's data and labels."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("_esm", "_css", "kind", "type", "tone", "start", "next"):
                yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def texts_of(view: DeckView) -> set[str]:
    found = {view.title, view.subtitle, view.footer}
    for slide in view.slides:
        found |= {*strings(slide.content), *strings(slide.live or {}), *slide.notes}
    return found


@pytest.fixture(scope="module")
def views() -> dict[str, DeckView]:
    return {view.name: view for language in ("fr", "en") for view in deck_views(language)}


def test_each_deck_exists_for_each_band_it_lists_in_both_languages(views):
    decks = load_content().decks
    assert len(views) == 2 * sum(len(deck.built_for) for deck in decks)
    assert {"seance-11-14_fr", "seance-11-14_en", "seance-15-18_fr", "seance-15-18_en"} <= set(
        views
    )


def test_a_deck_holds_one_language_only(views):
    """No text of a deck's other language appears anywhere in its page, hidden states included."""
    for name, view in views.items():
        if view.language != "fr":
            continue
        other = views[name.replace("_fr", "_en")]
        french, english = texts_of(view), texts_of(other)
        page = {"fr": render_deck(view), "en": render_deck(other)}
        for language, own, foreign in (("fr", french, english), ("en", english, french)):
            shown = page[language].replace("\\u003c", "<")
            leaked = [t for t in foreign - own if len(t) > 12 and json.dumps(t)[1:-1] in shown]
            assert leaked == [], f"{name} ({language}): {leaked[:3]}"
        assert f'<html lang="{view.language}">' in page["fr"]


def font_ranges() -> list[tuple[int, int]]:
    declared = re.findall(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?", THEME)
    return [(int(low, 16), int(high or low, 16)) for low, high in declared]


def test_every_character_of_every_deck_is_in_the_shipped_font():
    """No emoji, no pictograph: each character lies in a range of Atkinson Hyperlegible's
    files the theme declares (and those ranges are the font package's own)."""
    ranges = font_ranges()
    if FONT:
        for subset in ("latin", "latin-ext"):
            for low, high in re.findall(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?", FONT[subset]):
                if int(low, 16) < 0x1D00 or subset == "latin":  # the theme leaves out phonetics
                    assert (int(low, 16), int(high or low, 16)) in ranges, (subset, low)
    for language in ("fr", "en"):
        for view in deck_views(language):
            for text in texts_of(view):
                for char in text:
                    assert any(low <= ord(char) <= high for low, high in ranges), (
                        f"{view.name}: {char!r} (U+{ord(char):04X}) in {text[:50]!r}"
                    )


def test_the_talks_follow_the_plans_of_the_teacher_guide(views):
    guide = load_content().guide
    for plan in guide.session_plans:
        view = views[f"seance-{plan.band}_fr"]
        assert view.parts == [(step.title.fr, step.minutes) for step in plan.steps]
        assert view.minutes == 55
        dividers = [slide for slide in view.slides if slide.kind == "divider"]
        assert [slide.content["heading"] for slide in dividers] == [s.title.fr for s in plan.steps]
        for slide, step in zip(dividers, plan.steps, strict=True):
            assert slide.notes[1] == plain(step.activity.fr)  # the plan's activity, whole


def test_every_slide_has_notes_and_every_part_slide_its_timing(views):
    for view in views.values():
        start = 0
        for number, (_title, minutes) in enumerate(view.parts, start=1):
            in_part = [slide for slide in view.slides if slide.part == number]
            assert in_part[0].kind == "divider"
            assert all(slide.notes[0] == in_part[0].notes[0] for slide in in_part)
            timing = in_part[0].notes[0]
            if view.language == "fr":
                assert (
                    f"{minutes} min, de la minute {start} à la minute {start + minutes}" in timing
                )
            else:
                assert f"{minutes} min, from minute {start} to minute {start + minutes}" in timing
            start += minutes
        assert all(slide.notes and all(slide.notes) for slide in view.slides), view.name


def test_a_role_play_slide_holds_the_scenes_of_its_band_only():
    content = load_content()
    deck = next(deck for deck in content.decks if deck.id == "reagir")
    for band, quizzes in (
        ("11-14", ("jeu_de_role_compte_pirate", "jeu_de_role_argent")),
        ("15-18", ("jeu_de_role_appel_video", "jeu_de_role_montage")),
    ):
        view = deck_view(deck, band, "fr")
        lives = [slide.live for slide in view.slides if slide.kind == "role_play"]
        assert len(lives) == len(quizzes)
        for live, quiz in zip(lives, quizzes, strict=True):
            role_play = next(q for q in content.quizzes[quiz].questions if q.kind == "roleplay")
            assert live["data"]["start"] == role_play.start
            expected = {scene.id for scene in role_play.scenes if band in scene.ages}
            scenes = live["data"]["scenes"]
            assert set(scenes) == expected
            # every choice leads to a scene of the band, so "see what happens" always goes on
            assert all(c["next"] in scenes for s in scenes.values() for c in s["choices"])


def test_a_choice_leading_out_of_the_band_is_not_offered():
    content = load_content()
    quiz = content.quizzes["jeu_de_role_appel_video"]
    role_play = next(q for q in quiz.questions if q.kind == "roleplay")
    start = role_play.scene(role_play.start)
    away = start.choices[0].next
    scenes = [
        s.model_copy(update={"ages": ["15-18"]}) if s.id == away else s for s in role_play.scenes
    ]
    shown = role_play_state(role_play.model_copy(update={"scenes": scenes}), "11-14", "fr")
    offered = [c["next"] for c in shown["data"]["scenes"][start.id]["choices"]]
    assert away not in offered and len(offered) == len(start.choices) - 1


def test_a_long_chat_spans_several_slides_in_order():
    content = load_content()
    chat = content.red_flags[0]
    view = deck_view(next(d for d in content.decks if d.id == "comprendre"), "11-14", "en")
    shown = [m["text"] for s in view.slides if s.kind == "chat" for m in s.live["data"]["messages"]]
    assert len([s for s in view.slides if s.kind == "chat"]) >= 4
    assert len(shown) == len(chat.messages)
    assert shown[0] == chat.messages[0].text.en.replace(" 😊", "")


# --- bad deck data: one clear line, nothing loaded ----------------------------------------


def _load_with(tmp_path: Path, name: str, change) -> list:
    copy_content(tmp_path)
    path = tmp_path / "data" / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content.__wrapped__(tmp_path)
    return raised.value.problems


def _part_slides(data) -> list:
    return data["decks"][2]["parts"][0]["slides"]


@pytest.mark.parametrize(
    ("name", "change", "where", "reason"),
    [
        (
            "decks",
            lambda d: _part_slides(d).append(
                {"show": "question", "quiz": "reagir", "question": "nope"}
            ),
            "decks[2].parts[0].slides[2]",
            "unknown question reagir/nope",
        ),
        (
            "decks",
            lambda d: _part_slides(d).append(
                {"show": "question", "quiz": "reagir", "question": "ne-rien-envoyer"}
            ),
            "decks[2].parts[0].slides[2]",
            "is not for the 11-14 band",
        ),
        (
            "decks",
            lambda d: _part_slides(d).append({"show": "points", "text": "absent"}),
            "decks[2].parts[0].slides[2]",
            "unknown text absent",
        ),
        (
            "decks",
            lambda d: d["decks"][2]["parts"][0].update(minutes=5),
            "decks[2]",
            "the parts last 26 minutes, not 25",
        ),
        (
            "guide",
            lambda d: d["session_plans"][0]["steps"][0]["slides"].append(
                {"show": "role_play", "quiz": "reagir", "question": "en-parler"}
            ),
            "session_plans[0].steps[0].slides[1]",
            "use show: role_play for a role-play only",
        ),
    ],
)
def test_a_bad_deck_gives_one_line_naming_the_place(tmp_path, name, change, where, reason):
    problems = _load_with(tmp_path, name, change)
    assert len(problems) == 1, problems
    assert problems[0].path.endswith(f"data/{name}.yaml")
    assert problems[0].where.startswith(where) and reason in problems[0].what


def test_a_talk_deck_may_not_list_parts_of_its_own(tmp_path):
    def change(data):
        data["decks"][0]["parts"] = copy.deepcopy(data["decks"][2]["parts"])

    problems = _load_with(tmp_path, "decks", change)
    assert len(problems) == 1 and "either plan" in problems[0].what


def test_an_adults_deck_has_no_band(tmp_path):
    problems = _load_with(tmp_path, "decks", lambda data: data["decks"][-1].update(bands=["15-18"]))
    assert len(problems) == 1 and "only for one" in problems[0].what


def test_a_sheet_names_known_texts(tmp_path):
    problems = _load_with(
        tmp_path, "decks", lambda data: data["sheets"][0]["texts"].append("absent")
    )
    assert len(problems) == 1
    assert problems[0].where == "sheets[0].texts" and "absent" in problems[0].what


def test_the_adults_decks_and_sheets_are_built_once_per_language(views):
    assert {"parents_fr", "parents_en", "equipe_fr", "equipe_en"} <= set(views)
    for name in ("parents_fr", "equipe_en"):
        kinds = [slide.kind for slide in views[name].slides]
        assert "help" in kinds and "after_telling" not in kinds  # that slide speaks to students
    assert views["parents_fr"].minutes == 30 and views["equipe_fr"].minutes == 15
    sheets = {sheet.id: sheet for sheet in load_content().deck_sheets}
    assert sheets["lettre_familles"].audience == "parents"
    assert sheets["fiche_equipe"].audience == "staff"
