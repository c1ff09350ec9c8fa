"""Every content rule refuses bad data with one clear line: real content, one thing broken.

Each test takes a valid piece of the kit's content (a real file, or some of its items),
breaks one thing, and checks that loading it gives exactly one problem naming the file,
the place and the reason, and returns nothing.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from kit_copies import copy_content

from sextorsion_kit.content import ContentError, Problem, load_content, load_file

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(r" \(line \d+\)$")
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
Change = Callable[[Any], object]


# --- helpers -------------------------------------------------------------------------


@functools.cache
def _parsed(name: str) -> Any:
    return yaml.safe_load((ROOT / f"{name}.yaml").read_text(encoding="utf-8"))


def real(name: str) -> Any:
    """A fresh copy of a content file as YAML reads it: ``real("data/stages")``."""
    return copy.deepcopy(_parsed(name))


def quiz_with(quiz: str, *questions: str) -> dict:
    """A real quiz file holding only some of its questions."""
    data = real(f"quizzes/{quiz}")
    data["questions"] = [q for q in data["questions"] if q["id"] in questions]
    return data


def offences(*articles: str) -> list[dict]:
    """Real entries of the penalties file."""
    return [o for article in articles for o in real("data/penalties") if o["article"] == article]


def at(data: Any, *keys: int | str) -> Any:
    """The item at ``keys``: ``at(data, 0, "tiers")`` is ``data[0]["tiers"]``."""
    for key in keys:
        data = data[key]
    return data


def save(folder: Path, name: str, data: Any) -> Path:
    path = folder / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Break:
    """One thing broken in a piece of content, and the problem it must give."""

    name: str
    change: Change
    place: str
    reason: str


def params(*breaks: Break) -> list:
    return [pytest.param(broken, id=broken.name) for broken in breaks]


def refused(folder: Path, name: str, piece: Any, broken: Break) -> Problem:
    """Load ``piece`` with one thing broken: one problem, at that place, for that reason."""
    broken.change(piece)
    path = save(folder, name, piece)
    with pytest.raises(ContentError) as raised:
        load_file(path)
    problems = raised.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    [problem] = problems
    assert problem.path == str(path)
    assert LINE.sub("", problem.where) == broken.place, str(problem)
    assert broken.reason in problem.what, str(problem)
    assert "\n" not in str(problem)
    return problem


# --- changes ---------------------------------------------------------------------------


def put(*keys: int | str, value: Any) -> Change:
    """Set ``value`` at ``keys``."""

    def change(data: Any) -> None:
        at(data, *keys[:-1])[keys[-1]] = copy.deepcopy(value)

    return change


def drop(*keys: int | str) -> Change:
    """Remove the item at ``keys``."""
    return lambda data: at(data, *keys[:-1]).pop(keys[-1])


def added(*keys: int | str, amount: int) -> Change:
    """Add ``amount`` to the number at ``keys``."""

    def change(data: Any) -> None:
        at(data, *keys[:-1])[keys[-1]] += amount

    return change


def cut(*keys: int | str, keep: int) -> Change:
    """Keep only the first ``keep`` items of the list at ``keys``."""

    def change(data: Any) -> None:
        del at(data, *keys)[keep:]

    return change


def grow(*keys: int | str, to: int) -> Change:
    """Repeat the items of the list at ``keys`` until it holds ``to`` of them."""

    def change(data: Any) -> None:
        items = at(data, *keys)
        items.extend(copy.deepcopy(items[i % len(items)]) for i in range(to - len(items)))

    return change


def swap(*keys: int | str, a: int, b: int) -> Change:
    """Swap two items of the list at ``keys``."""

    def change(data: Any) -> None:
        items = at(data, *keys)
        items[a], items[b] = items[b], items[a]

    return change


def copy_of(*keys: int | str, into: tuple[int | str, ...]) -> Change:
    """Copy the item at ``keys`` to the end of the list at ``into``."""
    return lambda data: at(data, *into).append(copy.deepcopy(at(data, *keys)))


def same(key: str, *lists: int | str) -> Change:
    """Give the second item of the list at ``lists`` the ``key`` of the first."""
    return lambda data: at(data, *lists, 1).update({key: at(data, *lists, 0)[key]})


def flags_kept(count: int, flagged: bool) -> Change:
    """Give ``count`` messages of the chat the mark ``flagged``, and the others the other mark."""

    def change(chats: list) -> None:
        for index, message in enumerate(chats[0]["messages"]):
            message["red_flag"] = flagged if index < count else not flagged

    return change


def replaced(*keys: int | str, old: str, new: str = "") -> Change:
    """Replace ``old`` in the text at ``keys`` (it must be there)."""

    def change(data: Any) -> None:
        text = at(data, *keys[:-1])[keys[-1]]
        assert old in text
        at(data, *keys[:-1])[keys[-1]] = text.replace(old, new)

    return change


def each(*changes: Change) -> Change:
    """Make several changes."""

    def change(data: Any) -> None:
        for one in changes:
            one(data)

    return change


SINGLE = ("reagir", "ne-pas-repondre")
MULTIPLE = ("reagir", "garder-les-preuves")
ORDER = ("reagir", "dans-quel-ordre")
ROLE_PLAY = ("jeu_de_role_appel_video", "karim")


# --- data/stages.yaml: the six stages in order, their variants, their texts -------------

SIX_STAGES = "expected the stages first_contact, trust, material, threat, demand, escalation"
STAGE_BREAKS = [
    Break("two stages swapped", swap(a=0, b=1), "top level", SIX_STAGES),
    Break("a stage missing", drop(5), "top level", SIX_STAGES),
    Break("a stage twice", copy_of(5, into=()), "top level", SIX_STAGES),
    Break(
        "a material variant missing",
        drop(2, "variants", 2),
        "top level",
        "stage 'material': expected the variants recorded, hacked, deepfake, bluff, in this order",
    ),
    Break(
        "demand variants swapped",
        swap(4, "variants", a=0, b=1),
        "top level",
        "stage 'demand': expected the variants money, images, other, in this order",
    ),
    Break(
        "a variant on a stage that has none",
        lambda stages: stages[1].update(variants=[copy.deepcopy(stages[4]["variants"][0])]),
        "top level",
        "stage 'trust': expected the variants none, in this order",
    ),
    Break(
        "an unknown variant",
        put(2, "variants", 0, "id", value="stolen"),
        "[2].variants[0].id",
        "'stolen' does not have the expected form",
    ),
    Break("no warning sign", put(0, "warning_signs", value=[]), "[0].warning_signs",
          "needs at least 1 item(s), has 0"),
    Break("no action", put(0, "actions", value=[]), "[0].actions",
          "needs at least 1 item(s), has 0"),
    Break("a chat of one line", cut(0, "chat", keep=1), "[0].chat",
          "needs at least 2 item(s), has 1"),
    Break("a variant chat of one line", cut(2, "variants", 0, "chat", keep=1),
          "[2].variants[0].chat", "needs at least 2 item(s), has 1"),
    Break("an age band missing in a banded text", drop(0, "what_happens", "15-18"),
          "[0].what_happens.15-18", "missing key '15-18'"),
    Break("a blank text", put(0, "title", "en", value="   "), "[0].title.en", "empty text"),
    Break("an unknown key", put(0, "colour", value="red"), "[0].colour", "unknown key 'colour'"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*STAGE_BREAKS))
def test_a_broken_stages_file_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/stages", real("data/stages"), broken)


# --- data/red_flags.yaml: 10 to 14 messages, some flagged, some not --------------------

SOME_FLAGS = "mark at least 3 messages as red flags and leave at least 3 unmarked"
RED_FLAG_BREAKS = [
    Break("only two red flags", flags_kept(2, flagged=True), "[0]", SOME_FLAGS),
    Break("only two plain messages", flags_kept(2, flagged=False), "[0]", SOME_FLAGS),
    Break("nine messages", cut(0, "messages", keep=9), "[0].messages",
          "needs at least 10 item(s), has 9"),
    Break("fifteen messages", grow(0, "messages", to=15), "[0].messages",
          "at most 14 items"),
    Break("a message without its why", drop(0, "messages", 0, "why"), "[0].messages[0].why",
          "missing key 'why'"),
    Break("two chats with one id", copy_of(0, into=()), "top level",
          "duplicate id 'conversation_jade'"),
    Break("no chat", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
    Break("an age band twice", put(0, "ages", value=["11-14", "11-14"]), "[0].ages",
          "an age band is listed twice"),
    Break("no age band", put(0, "ages", value=[]), "[0].ages",
          "needs at least 1 item(s), has 0"),
    Break("an unknown age band", put(0, "ages", value=["8-10"]), "[0].ages[0]",
          "input should be '11-14' or '15-18'"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*RED_FLAG_BREAKS))
def test_a_broken_red_flag_chat_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/red_flags", real("data/red_flags"), broken)


# --- data/myths.yaml: six cards or more, myth or fact ----------------------------------

MYTH_BREAKS = [
    Break("five cards", cut(keep=5), "top level", "needs at least 6 item(s), has 5"),
    Break("two cards with one id", same("id"), "top level", "duplicate id 'paying_stops_it'"),
    Break("a verdict neither myth nor fact", put(0, "verdict", value="maybe"), "[0].verdict",
          "input should be 'myth' or 'fact'"),
    Break("an id that is not one", put(0, "id", value="Paying stops it"), "[0].id",
          "does not have the expected form"),
    Break("no explanation", drop(0, "explanation"), "[0].explanation",
          "missing key 'explanation'"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*MYTH_BREAKS))
def test_a_broken_myths_file_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/myths", real("data/myths"), broken)


# --- data/guide.yaml: two 55-minute plans, one per band; enough of each list ----------

FIRST_STEP = ("session_plans", 0, "steps", 0, "minutes")
GUIDE_MINIMUMS = {
    "objectives": 3,
    "frameworks": 3,
    "ground_rules": 3,
    "disclosure_steps": 4,
    "never_do": 2,
}
GUIDE_BREAKS = [
    Break("a plan of 56 minutes", added(*FIRST_STEP, amount=1), "session_plans[0]",
          "the steps last 56 minutes, not 55"),
    Break("two plans for 11-14", put("session_plans", 1, "band", value="11-14"), "top level",
          "give one session plan for 11-14 and one for 15-18"),
    Break("three plans", copy_of("session_plans", 0, into=("session_plans",)),
          "session_plans", "at most 2 items"),
    Break("one plan", cut("session_plans", keep=1), "session_plans",
          "needs at least 2 item(s), has 1"),
    Break("a plan of three steps", cut("session_plans", 0, "steps", keep=3),
          "session_plans[0].steps", "needs at least 4 item(s), has 3"),
    Break("a step of 31 minutes", put(*FIRST_STEP, value=31),
          "session_plans[0].steps[0].minutes", "less than or equal to 30"),
    Break("a step of no minute", put(*FIRST_STEP, value=0), "session_plans[0].steps[0].minutes",
          "greater than or equal to 1"),
    Break("an unknown band", put("session_plans", 0, "band", value="8-10"),
          "session_plans[0].band", "input should be '11-14' or '15-18'"),
    Break("a framework source not https", put("frameworks", 0, "source",
          value="http://eduscol.education.gouv.fr"), "frameworks[0].source",
          "does not have the expected form"),
    Break("a handout without sections", put("handout", "sections", value=[]),
          "handout.sections", "needs at least 1 item(s), has 0"),
    Break("a closing activity without points", put("closing_activity", "points", value=[]),
          "closing_activity.points", "needs at least 1 item(s), has 0"),
    *(
        Break(f"{minimum - 1} {name}", cut(name, keep=minimum - 1), name,
              f"needs at least {minimum} item(s), has {minimum - 1}")
        for name, minimum in GUIDE_MINIMUMS.items()
    ),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*GUIDE_BREAKS))
def test_a_broken_guide_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/guide", real("data/guide"), broken)


# --- data/penalties.yaml: heavier tiers, dated and sourced entries, sane bounds -----------

HEAVIER = "tier 'online-sexual-images' must be heavier than the base offence"
IN_FORCE = "in_force_since must fall between 1994-03-01 and today"
PENALTY_BREAKS = [
    Break("a tier with less prison", put(0, "tiers", 0, "prison_years", value=4), "[0]", HEAVIER),
    Break("a tier with a smaller fine", put(0, "tiers", 0, "fine_eur", value=50_000), "[0]",
          HEAVIER),
    Break("a tier no heavier than the base",
          each(put(0, "tiers", 0, "prison_years", value=5),
               put(0, "tiers", 0, "fine_eur", value=75_000)), "[0]", HEAVIER),
    Break("two tiers with one id", same("id", 0, "tiers"), "[0]",
          "duplicate id 'online-sexual-images'"),
    Break("in force before the code", put(0, "in_force_since", value=date(1990, 1, 1)), "[0]",
          IN_FORCE),
    Break("in force from tomorrow", put(0, "in_force_since",
          value=date.today() + timedelta(days=1)), "[0]", IN_FORCE),
    Break("no statute text among the sources", put(0, "sources",
          value=["https://www.service-public.fr/particuliers/vosdroits/F32239"]), "[0]",
          "sources must include the statute text"),
    Break("a source not https", replaced(0, "sources", 0, old="https://", new="http://"),
          "[0].sources[0]", "does not have the expected form"),
    Break("no source", put(0, "sources", value=[]), "[0].sources",
          "needs at least 1 item(s), has 0"),
    Break("no version", put(0, "version", value=" "), "[0].version", "empty text"),
    Break("two entries for one article", copy_of(0, into=()), "top level",
          "duplicate article '312-10'"),
    Break("an article number that is not one", put(0, "article", value="312.10"), "[0].article",
          "does not have the expected form"),
    Break("a tier article that is not one", put(0, "tiers", 1, "article", value="art. 312-11"),
          "[0].tiers[1].article", "does not have the expected form"),
    Break("an unknown theme", put(0, "theme", value="money"), "[0].theme",
          "input should be 'blackmail', 'privacy', 'minors' or 'minor_images'"),
    Break("an unknown tier form", put(0, "tiers", 0, "form", value="lighter"),
          "[0].tiers[0].form", "input should be 'aggravated' or 'other'"),
    Break("no prison", put(0, "prison_years", value=0), "[0].prison_years",
          "greater than or equal to 1"),
    Break("31 years", put(0, "prison_years", value=31), "[0].prison_years",
          "less than or equal to 30"),
    Break("a fine under 1,000 euros", put(0, "fine_eur", value=999), "[0].fine_eur",
          "greater than or equal to 1000"),
    Break("a fine over 10 million euros", put(0, "fine_eur", value=10_000_001), "[0].fine_eur",
          "less than or equal to 10000000"),
    Break("a tier of 31 years", put(0, "tiers", 0, "prison_years", value=31),
          "[0].tiers[0].prison_years", "less than or equal to 30"),
    Break("a tier fine over 10 million euros", put(0, "tiers", 0, "fine_eur", value=10_000_001),
          "[0].tiers[0].fine_eur", "less than or equal to 10000000"),
    Break("a rule that needs no fact", put(0, "applies_if", 0,
          value={"none_of": ["offender_minor"]}), "[0].applies_if[0]",
          "give all_of or any_of: a rule must need at least one fact"),
    Break("a tier rule that needs no fact", put(0, "tiers", 0, "applies_if", 0, value={}),
          "[0].tiers[0].applies_if[0]", "give all_of or any_of"),
    Break("no penalty at all", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*PENALTY_BREAKS))
def test_a_broken_penalty_entry_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/penalties", offences("312-10"), broken)


def holding(entries: list[dict]) -> dict:
    return next(tier for tier in entries[0]["tiers"] if tier["id"] == "holding")


def test_another_form_of_an_offence_needs_its_own_facts(tmp_path: Path):
    broken = Break(
        "another form without its facts",
        lambda entries: holding(entries).pop("applies_if"),
        "[0]",
        "form 'holding' needs its own applies_if",
    )
    refused(tmp_path, "data/penalties", offences("227-23"), broken)


# --- data/case_facts.yaml: every fact named is defined, once ------------------------------

def implying(fact: str) -> Change:
    """Make the first fact that implies another imply ``fact`` instead."""
    return lambda data: next(f for f in data["facts"] if f.get("implies")).update(implies=[fact])


CASE_FACT_BREAKS = [
    Break("an implied fact that is not defined", implying("account_stolen"), "top level",
          "unknown fact(s): account_stolen"),
    Break("an example fact that is not defined", put("example", "facts", 0, value="blackmail"),
          "top level", "unknown fact(s): blackmail"),
    Break("two facts with one id", same("id", "facts"), "facts",
          "duplicate id 'threat_sexual_images'"),
    Break("one fact only", cut("facts", keep=1), "facts", "needs at least 2 item(s), has 1"),
    Break("an example with no fact", put("example", "facts", value=[]), "example.facts",
          "needs at least 1 item(s), has 0"),
    Break("an unknown group", put("facts", 0, "group", value="places"), "facts[0].group",
          "input should be 'acts' or 'people'"),
    Break("an implied fact that is not an id", put("facts", 0, "implies", value=["Victim"]),
          "facts[0].implies[0]", "does not have the expected form"),
    Break("a cited rule not sourced to the statute text", put("rules", "minor_offender",
          "source", value="https://www.service-public.fr/particuliers/vosdroits/F1837"),
          "rules.minor_offender", "source must be the statute text"),
    Break("a cited rule without its source", drop("rules", "concurrent_offences", "source"),
          "rules.concurrent_offences.source", "missing key 'source'"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*CASE_FACT_BREAKS))
def test_a_broken_case_facts_file_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "data/case_facts", real("data/case_facts"), broken)


# --- quizzes: options, ordering rules, scenes, the crisis lines ---------------------------


def scene(quiz: dict, scene_id: str) -> dict:
    """The scene ``scene_id`` of the role-play in a one-question quiz."""
    return next(s for s in quiz["questions"][0]["scenes"] if s["id"] == scene_id)


def scene_index(scene_id: str) -> int:
    """Where a scene sits in the real role-play."""
    scenes = quiz_with(*ROLE_PLAY)["questions"][0]["scenes"]
    return next(index for index, one in enumerate(scenes) if one["id"] == scene_id)


def ending_of(scene_id: str) -> dict:
    """The ending of a scene of the real role-play."""
    return quiz_with(*ROLE_PLAY)["questions"][0]["scenes"][scene_index(scene_id)]["ending"]


def in_scene(scene_id: str, **values: Any) -> Change:
    """Set keys of one scene of the role-play."""
    return lambda quiz: scene(quiz, scene_id).update(copy.deepcopy(values))


def leading(scene_id: str, choice: int, to: str) -> Change:
    """Make a choice of one scene lead to another scene."""
    return lambda quiz: scene(quiz, scene_id)["choices"][choice].update(next=to)


def all_options(correct: bool) -> Change:
    """Make every option right, or every option wrong."""

    def change(quiz: dict) -> None:
        for option in quiz["questions"][0]["options"]:
            option["correct"] = correct

    return change


def one_more_right(quiz: dict) -> None:
    next(o for o in quiz["questions"][0]["options"] if not o["correct"])["correct"] = True


def one_right_only(quiz: dict) -> None:
    for index, option in enumerate(quiz["questions"][0]["options"]):
        option["correct"] = index == 0


def first_rule_reversed(quiz: dict) -> None:
    rule = quiz["questions"][0]["rules"][0]
    rule["before"], rule["after"] = rule["after"], rule["before"]


ONE_RIGHT = "a single-choice question needs exactly one correct option"
SOME_RIGHT = "a multiple-choice question needs 2 or more correct and 1 or more wrong"
EITHER = "a scene has either choices (2 or more) or an ending, not both"
QUESTION_BREAKS = [
    (SINGLE, Break("no right option", all_options(False), "questions[0]", ONE_RIGHT)),
    (SINGLE, Break("two right options", one_more_right, "questions[0]", ONE_RIGHT)),
    (SINGLE, Break("two options", cut("questions", 0, "options", keep=2),
                   "questions[0].options", "needs at least 3 item(s), has 2")),
    (MULTIPLE, Break("one right option", one_right_only, "questions[0]", SOME_RIGHT)),
    (MULTIPLE, Break("every option right", all_options(True), "questions[0]", SOME_RIGHT)),
    (MULTIPLE, Break("three options", cut("questions", 0, "options", keep=3),
                     "questions[0].options", "needs at least 4 item(s), has 3")),
    (ORDER, Break("a step without an id", drop("questions", 0, "steps", 0, "id"),
                  "questions[0]", "every step needs an id when the question has rules")),
    (ORDER, Break("two steps with one id", same("id", "questions", 0, "steps"),
                  "questions[0]", "two steps have the same id")),
    (ORDER, Break("a rule naming no step", put("questions", 0, "rules", 0, "before",
                  value="nowhere"), "questions[0]",
                  "a rule names the step 'nowhere', which does not exist")),
    (ORDER, Break("steps listed against a rule", first_rule_reversed, "questions[0]",
                  "the steps are not listed in a right order")),
    (ORDER, Break("two steps", cut("questions", 0, "steps", keep=2), "questions[0].steps",
                  "needs at least 3 item(s), has 2")),
    (ORDER, Break("eight steps", grow("questions", 0, "steps", to=8), "questions[0].steps",
                  "at most 7 items")),
    (ROLE_PLAY, Break("a scene with choices and an ending",
                      in_scene("menace", ending=ending_of("fin-aide")),
                      "questions[0].scenes[0]", EITHER)),
    (ROLE_PLAY, Break("a scene with neither", lambda quiz: scene(quiz, "fin-aide").pop("ending"),
                      f"questions[0].scenes[{scene_index('fin-aide')}]", EITHER)),
    (ROLE_PLAY, Break("a scene with one choice",
                      lambda quiz: cut("choices", keep=1)(scene(quiz, "paye")),
                      f"questions[0].scenes[{scene_index('paye')}]",
                      "a scene with choices needs at least 2 of them")),
    (ROLE_PLAY, Break("two scenes", cut("questions", 0, "scenes", keep=2),
                      "questions[0].scenes", "needs at least 3 item(s), has 2")),
    (ROLE_PLAY, Break("two scenes with one id", in_scene("fin-tard", id="fin-aide"),
                      "questions[0].scenes", "duplicate id 'fin-aide'")),
    (ROLE_PLAY, Break("an unknown ending tone",
                      lambda quiz: scene(quiz, "fin-aide")["ending"].update(tone="happy"),
                      f"questions[0].scenes[{scene_index('fin-aide')}].ending.tone",
                      "input should be 'safe', 'mixed' or 'hard'")),
]  # fmt: skip

# The role-play's scene graph: every link leads somewhere, every scene is reached, every
# path ends, and each band the play is for can play it from the start to an ending.
SCENE_GRAPH_BREAKS = [
    Break("a start scene that does not exist", put("questions", 0, "start", value="ailleurs"),
          "questions[0]", "start scene 'ailleurs' does not exist"),
    Break("a choice leading nowhere", leading("paye", 0, to="nulle-part"), "questions[0]",
          "scene 'paye', choice 1 leads to 'nulle-part', which does not exist"),
    Break("a scene nothing leads to", leading("seul", 1, to="fin-aide"), "questions[0]",
          "scene 'fin-tard' cannot be reached from 'menace'"),
    Break("a loop", leading("recuperation", 0, to="adulte"), "questions[0]",
          "the scenes adulte -> recuperation -> adulte loop: a path that never ends"),
    Break("a start scene not for the play's band", in_scene("menace", ages=["11-14"]),
          "questions[0]", "the start scene 'menace' is not for ages 15-18"),
    Break("a scene with no choice for the play's band",
          each(in_scene("paye", ages=["11-14"]), in_scene("fin-tard", ages=["11-14"])),
          "questions[0]", "scene 'seul' offers no choice for ages 15-18"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "broken"),
    [pytest.param(question, broken, id=broken.name) for question, broken in QUESTION_BREAKS],
)
def test_a_broken_question_is_refused(tmp_path: Path, question: tuple[str, str], broken: Break):
    refused(tmp_path, f"quizzes/{question[0]}", quiz_with(*question), broken)


@pytest.mark.parametrize("broken", params(*SCENE_GRAPH_BREAKS))
def test_a_broken_scene_graph_is_refused(tmp_path: Path, broken: Break):
    problem = refused(tmp_path, "quizzes/jeu_de_role_appel_video", quiz_with(*ROLE_PLAY), broken)
    assert problem.what == broken.reason


CRISIS_LINES = ("3114", "119", "17Cyber")
QUIZ_BREAKS = [
    *(
        Break(f"the help line without {line} in {language}",
              replaced("takeaways", -1, language, old=line), "top level",
              f"the last takeaway (the help line) must name {line}, in both languages")
        for line in CRISIS_LINES
        for language in ("fr", "en")
    ),
    Break("a takeaway after the help line", copy_of("takeaways", 0, into=("takeaways",)),
          "top level", "the last takeaway (the help line) must name 3114"),
    Break("no takeaway", put("takeaways", value=[]), "takeaways",
          "needs at least 1 item(s), has 0"),
    Break("no question", put("questions", value=[]), "questions",
          "needs at least 1 item(s), has 0"),
    Break("two questions with one id", copy_of("questions", 0, into=("questions",)),
          "questions", "duplicate id 'ne-pas-repondre'"),
    Break("an unknown kind of question", put("questions", 0, "kind", value="essay"),
          "questions[0]", "unknown kind 'essay'"),
    Break("a question without a kind", drop("questions", 0, "kind"), "questions[0]",
          "missing key 'kind'"),
    Break("an age band twice", put("ages", value=["15-18", "15-18"]), "ages",
          "an age band is listed twice"),
    Break("a question's age band twice", put("questions", 0, "ages", value=["11-14", "11-14"]),
          "questions[0].ages", "an age band is listed twice"),
]  # fmt: skip


@pytest.mark.parametrize("broken", params(*QUIZ_BREAKS))
def test_a_broken_quiz_is_refused(tmp_path: Path, broken: Break):
    refused(tmp_path, "quizzes/reagir", quiz_with(*SINGLE), broken)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_hard_ending_must_give_the_crisis_line(tmp_path: Path, language: str):
    index = scene_index("fin-dure")
    broken = Break(
        f"a hard ending without the 3114 in {language}",
        replaced("questions", 0, "scenes", index, "ending", "message", language, old="3114"),
        "top level",
        "hard ending 'fin-dure' must give the 3114 (dark thoughts, 24/7), in both languages",
    )
    refused(tmp_path, "quizzes/jeu_de_role_appel_video", quiz_with(*ROLE_PLAY), broken)


# --- data/resources.yaml, statistics, reviewed hosts, characters, notebook map -----------

HELP_CHANNEL_BREAKS = [
    Break("two channels with one id", same("id"), "top level", "duplicate id 'police'"),
    Break("a source not https", replaced(0, "source", old="https://", new="http://"),
          "[0].source", "does not have the expected form"),
    Break("an address not https", replaced(1, "url", old="https://", new="http://"), "[1].url",
          "does not have the expected form"),
    Break("no contact", put(0, "contact", value=""), "[0].contact", "empty text"),
    Break("an unknown scope", put(0, "scope", value="europe"), "[0].scope",
          "input should be 'france' or 'international'"),
    Break("a check date that is not a date", put(0, "checked_on", value="bientôt"),
          "[0].checked_on", "input should be a valid date"),
    Break("no channel", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

STATISTIC_BREAKS = [
    Break("two figures with one id", same("id"), "top level", "duplicate id 'fr-ofmin-2023'"),
    Break("a year before 2000", put(0, "year", value=1999), "[0].year",
          "greater than or equal to 2000"),
    Break("a year after 2100", put(0, "year", value=2101), "[0].year",
          "less than or equal to 2100"),
    Break("a publication date in another form", put(0, "published", value="07/02/2024"),
          "[0].published", "does not have the expected form"),
    Break("an unknown country", put(0, "country", value="France"), "[0].country",
          "input should be 'FR', 'UK', 'US', 'EU' or 'world'"),
    Break("a chart point before 2000", put(2, "points", 0, "year", value=1999),
          "[2].points[0].year", "greater than or equal to 2000"),
    Break("a negative chart point", put(2, "points", 0, "value", value=-1),
          "[2].points[0].value", "greater than or equal to 0"),
    Break("a source not https", replaced(0, "source", old="https://", new="http://"),
          "[0].source", "does not have the expected form"),
    Break("no figure", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

REVIEWED_HOST_BREAKS = [
    Break("a host reviewed twice", same("host"), "top level",
          "duplicate host 'www.legifrance.gouv.fr'"),
    Break("an address instead of a host", put(0, "host", value="https://www.legifrance.gouv.fr"),
          "[0].host", "does not have the expected form"),
    Break("an unknown kind of site", put(0, "kind", value="blog"), "[0].kind",
          "input should be 'law', 'institution', 'helpline' or 'press'"),
    Break("no host", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

CHARACTER_BREAKS = [
    Break("one name for two characters", same("name"), "top level",
          "the name 'Rayan' is given to two characters"),
    Break("a name with a space", put(0, "name", value="Rayan B"), "[0].name",
          "does not have the expected form"),
    Break("a story outside the content", put(0, "story", value="notes/rayan.yaml"), "[0].story",
          "does not have the expected form"),
    Break("no role", put(0, "role", value=""), "[0].role", "empty text"),
    Break("no character", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

NOTEBOOK_BREAKS = [
    Break("two notebooks with one id", same("id"), "top level", "duplicate id 'commencer'"),
    Break("a file without its number", put(0, "file", value="commencer_ici.ipynb"), "[0].file",
          "does not have the expected form"),
    Break("four minutes", put(0, "minutes", value=4), "[0].minutes",
          "greater than or equal to 5"),
    Break("two hours and one minute", put(0, "minutes", value=121), "[0].minutes",
          "less than or equal to 120"),
    Break("no age band", put(0, "ages", value=[]), "[0].ages", "needs at least 1 item(s), has 0"),
    Break("an age band twice", put(0, "ages", value=["15-18", "15-18"]), "[0].ages",
          "an age band is listed twice"),
    Break("no notebook", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

LOIRET_FIGURE_BREAKS = [
    Break("an article number that is not one", put(0, "article", value="art. 312-10"),
          "[0].article", "does not have the expected form"),
    Break("a figure set by no tier", put(0, "tiers", value=[]), "[0].tiers",
          "needs at least 1 item(s), has 0"),
    Break("no figure", cut(keep=0), "top level", "needs at least 1 item(s), has 0"),
]  # fmt: skip

LIST_FILE_BREAKS = {
    "data/resources": HELP_CHANNEL_BREAKS,
    "data/statistics": STATISTIC_BREAKS,
    "data/reviewed_hosts": REVIEWED_HOST_BREAKS,
    "data/characters": CHARACTER_BREAKS,
    "data/notebooks": NOTEBOOK_BREAKS,
    "data/loiret_figures": LOIRET_FIGURE_BREAKS,
}


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        pytest.param(name, broken, id=f"{name.split('/')[1]}: {broken.name}")
        for name, breaks in LIST_FILE_BREAKS.items()
        for broken in breaks
    ],
)
def test_a_broken_list_file_is_refused(tmp_path: Path, name: str, broken: Break):
    refused(tmp_path, name, real(name), broken)


# --- the pieces are valid before they are broken; a broken kit loads as nothing ---------

PIECES: dict[str, Callable[[], Any]] = {
    "data/stages": lambda: real("data/stages"),
    "data/red_flags": lambda: real("data/red_flags"),
    "data/myths": lambda: real("data/myths"),
    "data/guide": lambda: real("data/guide"),
    "data/penalties": lambda: offences("312-10", "227-23"),
    "data/case_facts": lambda: real("data/case_facts"),
    "quizzes/reagir": lambda: quiz_with("reagir", SINGLE[1], MULTIPLE[1], ORDER[1]),
    "quizzes/jeu_de_role_appel_video": lambda: quiz_with(*ROLE_PLAY),
    **{name: functools.partial(real, name) for name in LIST_FILE_BREAKS},
}  # fmt: skip


@pytest.mark.parametrize("name", PIECES)
def test_every_piece_is_valid_before_it_is_broken(tmp_path: Path, name: str):
    assert load_file(save(tmp_path, name, PIECES[name]()))


ONE_BREAK_PER_FILE = {
    "data/stages": STAGE_BREAKS[0],
    "data/red_flags": RED_FLAG_BREAKS[0],
    "data/myths": MYTH_BREAKS[0],
    "data/guide": GUIDE_BREAKS[0],
    "data/penalties": Break("two entries for one article", copy_of(1, into=()), "top level",
                            "duplicate article '312-10'"),
    "data/case_facts": CASE_FACT_BREAKS[0],
    "quizzes/reagir": QUIZ_BREAKS[0],
    **{name: breaks[0] for name, breaks in LIST_FILE_BREAKS.items()},
}  # fmt: skip


def test_a_kit_with_broken_files_loads_as_nothing_and_names_each_file(tmp_path: Path):
    copy_content(tmp_path)
    for name, broken in ONE_BREAK_PER_FILE.items():
        data = real(name)
        broken.change(data)
        save(tmp_path, name, data)
    with pytest.raises(ContentError) as raised:
        load_content.__wrapped__(tmp_path)
    found = {
        (Path(p.path).relative_to(tmp_path).with_suffix("").as_posix(), LINE.sub("", p.where))
        for p in raised.value.problems
    }
    assert found == {(name, broken.place) for name, broken in ONE_BREAK_PER_FILE.items()}
    assert len(raised.value.problems) == len(ONE_BREAK_PER_FILE)
