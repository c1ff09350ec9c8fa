"""The browser's rules (widgets/js/rules.js) give the Python engine's answers, case by case.

Every case goes into one JSON file and one node process runs them all
(tests/js/parity_runner.mjs); the Python engine computes the same cases and the results
are compared field by field (floats within 1e-9). The kit's quizzes, red-flag chats, law
and case facts are used, with the test fixture quiz (an ordering without rules, a scene
for 15-18 only). With this commit's content the families run (printed with ``-s``):

- single, 36: every option of every single-choice question
- multiple, 336: every subset of the options (2^n up to 4096, else a sample of 2000+)
- true_false, 36: both answers of every statement
- order, 152: every permutation (up to 7 steps, else a sample of 2000+ with the identity
  and the reverse), then orders too short, too long, with a step twice or out of range
- roleplay, 275: every path for each age band and for none, a rewind at the start, each
  step after the choices it refuses, taken, rewound and taken again, then a restart
- red_flags, 8192: every subset of the chat's 13 messages (up to 2^14, else a sample)
- law, 5000: the 18 case facts make 2^18 subsets, so a systematic sample with every
  single fact and every pair
- ordered, 5: the offences in chart order, for each theme and for all
- presented, 2665: QuizSession orders (seeded Python shuffles) sent as data, every answer
  given in display positions
- result, 797: a quiz's points and percent (Python rounds halves to even)
"""

from __future__ import annotations

import itertools
import json
import math
import os
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any, get_args

from browser_support import require

from sextorsion_kit import load_content
from sextorsion_kit.content import load_file
from sextorsion_kit.content.models import (
    AGE_BANDS,
    CaseFacts,
    MultipleChoice,
    Offence,
    Ordering,
    Question,
    Quiz,
    RedFlagChat,
    RolePlay,
    SingleChoice,
    Text,
    Theme,
    TrueFalse,
)
from sextorsion_kit.logic.law import Charge, charges_for, heaviest, ordered
from sextorsion_kit.logic.quiz import (
    Presented,
    QuizSession,
    RolePlayRun,
    Verdict,
    broken_rules,
    check_flags,
    check_multiple,
    check_order,
    check_single,
    check_true_false,
)

TESTS = Path(__file__).resolve().parent
RUNNER = TESTS / "js" / "parity_runner.mjs"
FIXTURE = TESTS / "fixtures" / "quizzes" / "exemple.yaml"
BANDS = (*AGE_BANDS, None)
TOLERANCE = 1e-9
MAX_ALL_PERMUTED = 7
PERMUTATION_SAMPLE = 2000
MULTIPLE_BITS = 12  # 4096 subsets
SUBSET_BITS = 14  # red flags and case facts: every subset up to 16384
SUBSET_SAMPLE = 5000
SEEDS = (0, 1)
NODE_SECONDS = 120

Case = list[Any]
Expected = dict[str, Any]


# --- answer patterns ----------------------------------------------------------------------


def subsets(count: int, all_up_to_bits: int, sample: int) -> list[list[int]]:
    """Every subset of ``range(count)``, or a systematic sample with all singles and pairs."""
    if count <= all_up_to_bits:
        masks = range(1 << count)
    else:
        full = (1 << count) - 1
        chosen = {0, full}
        chosen |= {1 << i for i in range(count)} | {full ^ (1 << i) for i in range(count)}
        chosen |= {(1 << i) | (1 << j) for i, j in itertools.combinations(range(count), 2)}
        stride = (0x9E3779B97F4A7C15 & full) | 1  # odd: i -> i * stride is a bijection
        step = 0
        while len(chosen) < sample:
            chosen.add(step * stride & full)
            step += 1
        masks = sorted(chosen)
    return [[i for i in range(count) if mask >> i & 1] for mask in masks]


def nth_permutation(count: int, rank: int) -> tuple[int, ...]:
    """The permutation of ``range(count)`` at ``rank`` in lexicographic order."""
    left, result = list(range(count)), []
    for place in range(count, 0, -1):
        index, rank = divmod(rank, math.factorial(place - 1))
        result.append(left.pop(index))
    return tuple(result)


def permutations(count: int) -> list[tuple[int, ...]]:
    """Every order of ``count`` steps, or the identity, the reverse and a spread-out sample."""
    if count <= MAX_ALL_PERMUTED:
        return list(itertools.permutations(range(count)))
    total = math.factorial(count)
    stride = 1_000_003  # a prime above count: coprime with count!, so ranks do not repeat
    ranks = {0, total - 1} | {i * stride % total for i in range(PERMUTATION_SAMPLE)}
    return [nth_permutation(count, rank) for rank in sorted(ranks)]


def invalid_orders(count: int) -> list[list[int]]:
    """Orders check_order refuses: too short, too long, a step twice, a step that is not."""
    return [
        list(range(count - 1)),
        [*range(count), 0],
        [0, *range(count - 1)],
        [*range(count - 1), count],
    ]


# --- the Python side, as JSON -------------------------------------------------------------


def text(value: Text | None) -> dict[str, str] | None:
    return None if value is None else {"fr": value.fr, "en": value.en}


def verdict_data(verdict: Verdict) -> Expected:
    notes = [
        {
            "subject": text(n.subject),
            "right": n.right,
            "chosen": n.chosen,
            "explanation": text(n.explanation),
        }
        for n in verdict.notes
    ]
    headline = "right" if verdict.correct else "partial" if verdict.partial else "wrong"
    return {
        "correct": verdict.correct,
        "score": verdict.score,
        "notes": notes,
        "summary": text(verdict.summary),
        "partial": verdict.partial,
        "headline": headline,
    }


def outcome(compute: Callable[..., Any], *args: Any) -> Expected:
    """``{"ok": value}``, or ``{"error": message}`` when the engine refuses (ValueError)."""
    try:
        return {"ok": compute(*args)}
    except ValueError as error:
        return {"error": str(error)}


def single_data(question: SingleChoice, chosen: int) -> Expected:
    return verdict_data(check_single(question, chosen))


def multiple_data(question: MultipleChoice, ticked: list[int]) -> Expected:
    return verdict_data(check_multiple(question, frozenset(ticked)))


def true_false_data(question: TrueFalse, chosen: bool) -> Expected:
    return verdict_data(check_true_false(question, chosen))


def order_data(question: Ordering, given: Sequence[int]) -> Expected:
    verdict = verdict_data(check_order(question, tuple(given)))
    broken = [rule.model_dump(mode="json") for rule in broken_rules(question, tuple(given))]
    return {"verdict": verdict, "broken": broken}


def snapshot(run: RolePlayRun) -> Expected:
    """All the role-play view reads from a play-through."""
    return {
        "scene": run.scene.id,
        "offered": [index for index, _ in run.choices()],
        "ending": run.ending.model_dump(mode="json") if run.ending else None,
        "last": run.last_choice.model_dump(mode="json") if run.last_choice else None,
        "path": [list(step) for step in run.path],
        "can_rewind": bool(run.path),
        "verdict": outcome(lambda: verdict_data(run.verdict())),
    }


def chosen_data(run: RolePlayRun, index: int) -> Expected:
    return run.choose(index).model_dump(mode="json")


def play_data(play: RolePlay, band: str | None, ops: list[list[Any]]) -> list[Expected]:
    """A play-through of ``ops``: each one's result and where it leaves the run."""
    run = RolePlayRun(play, band)
    trace = [{"result": {"ok": None}, "state": snapshot(run)}]
    for op, *argument in ops:
        if op == "choose":
            result = outcome(chosen_data, run, argument[0])
        elif op == "rewind":
            result = {"ok": run.rewind()}
        else:
            result = {"ok": run.restart()}
        trace.append({"result": result, "state": snapshot(run)})
    return trace


def role_play_paths(run: RolePlayRun) -> Iterator[list[int]]:
    """Every path from the current scene to an ending (or to a scene offering nothing)."""
    offered = [index for index, _ in run.choices()]
    if not offered:
        yield [index for _, index in run.path]
        return
    for index in offered:
        run.choose(index)
        yield from role_play_paths(run)
        run.rewind()


def path_ops(play: RolePlay, band: str | None, path: list[int]) -> list[list[Any]]:
    """A walk along ``path``: each step refused choices first, then taken, rewound, retaken."""
    run = RolePlayRun(play, band)
    ops: list[list[Any]] = [["rewind"]]
    for index in path:
        offered = {i for i, _ in run.choices()}
        refused = [i for i in range(-1, len(run.scene.choices) + 1) if i not in offered]
        ops += [["choose", i] for i in refused]
        ops += [["choose", index], ["rewind"], ["choose", index]]
        run.choose(index)
    return [*ops, ["choose", 0], ["restart"], ["rewind"]]


def charge_data(charge: Charge) -> Expected:
    return {
        "article": charge.offence.article,
        "base": charge.base,
        "reached": [tier.id for tier in charge.reached],
        "levels": [None if level is charge.offence else level.id for level in charge.levels],
        "tier": charge.tier.id if charge.tier else None,
        "prison_years": charge.prison_years,
        "fine_eur": charge.fine_eur,
        "bar_ids": sorted(charge.bar_ids),
    }


def case_data(ticked: list[str], offences: list[Offence], case_facts: CaseFacts) -> Expected:
    """What the "what happened?" view computes (it passes the offences in chart order)."""
    charges = charges_for(ticked, offences, case_facts)
    top = heaviest(charges)
    top_fine = max(charges, key=lambda c: (c.fine_eur, c.prison_years)) if charges else None
    return {
        "facts": sorted(case_facts.closure(frozenset(ticked))),
        "charges": [charge_data(charge) for charge in charges],
        "heaviest": top.offence.article if top else None,
        "top_fine": top_fine.offence.article if top_fine else None,
        "minor_offender": "offender_minor" in ticked,
    }


def ordered_data(offences: list[Offence], theme: str | None) -> list[str]:
    return [offence.article for offence in ordered(offences, theme)]


def red_flag_data(chat: RedFlagChat, ticked: list[int]) -> Expected:
    verdict = check_flags(chat, frozenset(ticked))
    pairs = list(zip(verdict.notes, chat.messages, strict=True))
    counts = {
        "right": sum(note.right for note in verdict.notes),
        "total": len(verdict.notes),
        "found": sum(note.chosen and message.red_flag for note, message in pairs),
        "flags": sum(message.red_flag for message in chat.messages),
        "false_alarms": sum(note.chosen and not message.red_flag for note, message in pairs),
    }
    return {"verdict": verdict_data(verdict), "counts": counts}


def answer_data(session: QuizSession, number: int, response: Any) -> Expected:
    """QuizSession.answer on question ``number``, the answer in display positions."""
    session.go_to(number)
    if isinstance(session.current.question, MultipleChoice):
        response = frozenset(response)
    elif isinstance(response, list):
        response = tuple(response)
    return verdict_data(session.answer(response))


def result_data(per_question: list[list[Any]]) -> Expected:
    """Python's QuizSession.result() on first attempts with these scores."""
    shown = [
        Presented(
            SimpleNamespace(id=qid),  # type: ignore[arg-type]
            (),
            [] if score is None else [Verdict(score == 1, score, ())],
        )
        for qid, score in per_question
    ]
    result = QuizSession.result(SimpleNamespace(questions=shown))  # type: ignore[arg-type]
    return {
        "points": result.points,
        "answered": result.answered,
        "total": result.total,
        "per_question": [list(pair) for pair in result.per_question],
        "percent": result.percent,
    }


# --- the cases ------------------------------------------------------------------------------


class Cases:
    """The cases for node and, in the same order, what the Python engine answers."""

    def __init__(self) -> None:
        self.cases: list[Case] = []
        self.expected: list[Expected] = []

    def add(self, case: Case, compute: Callable[..., Any], *args: Any) -> None:
        self.cases.append(case)
        self.expected.append(outcome(compute, *args))

    def counts(self) -> Counter[str]:
        return Counter(case[0] for case in self.cases)


def question_cases(cases: Cases, key: str, question: Question) -> None:
    if isinstance(question, SingleChoice):
        for chosen in range(len(question.options)):
            cases.add(["single", key, chosen], single_data, question, chosen)
    elif isinstance(question, MultipleChoice):
        for ticked in subsets(len(question.options), MULTIPLE_BITS, PERMUTATION_SAMPLE):
            cases.add(["multiple", key, ticked], multiple_data, question, ticked)
    elif isinstance(question, TrueFalse):
        for chosen in (True, False):
            cases.add(["true_false", key, chosen], true_false_data, question, chosen)
    elif isinstance(question, Ordering):
        orders = [list(p) for p in permutations(len(question.steps))]
        for given in [*orders, *invalid_orders(len(question.steps))]:
            cases.add(["order", key, given], order_data, question, given)
    else:
        for band in BANDS:
            for path in role_play_paths(RolePlayRun(question, band)):
                ops = path_ops(question, band, path)
                cases.add(["roleplay", key, band, ops], play_data, question, band, ops)


def response_patterns(shown: Presented) -> list[Any]:
    """Every answer in display positions (a sample when there are too many)."""
    question = shown.question
    if isinstance(question, TrueFalse):
        return [True, False]
    if isinstance(question, SingleChoice):
        return list(range(len(shown.order)))
    if isinstance(question, MultipleChoice):
        return subsets(len(shown.order), MULTIPLE_BITS, PERMUTATION_SAMPLE)
    return [list(p) for p in permutations(len(shown.order))]


def presented_cases(cases: Cases, quizzes: dict[str, Quiz]) -> None:
    """Sessions of every quiz: the Python side shuffles and sends each order as data."""
    settings = [(None, seed, True) for seed in SEEDS]
    settings += [(band, SEEDS[0], True) for band in AGE_BANDS] + [(None, SEEDS[0], False)]
    for key, quiz in quizzes.items():
        for band, seed, shuffle in settings:
            try:
                session = QuizSession(quiz, band=band, seed=seed, shuffle=shuffle)
            except ValueError:
                continue
            for number, shown in enumerate(session.questions):
                if isinstance(shown.question, RolePlay):
                    continue
                case = ["presented", f"{key}/{shown.question.id}", list(shown.order)]
                for response in response_patterns(shown):
                    cases.add([*case, response], answer_data, session, number, response)


def result_cases(cases: Cases) -> None:
    scores = (None, 0.0, 0.5, 1.0, 1 / 3)
    lists: list[list[float | None]] = [[]]
    lists += [list(c) for size in range(1, 5) for c in itertools.product(scores, repeat=size)]
    lists += [[0.5] * size for size in range(5, 13)] + [[1 / 3] * size for size in range(5, 13)]
    for values in lists:
        per_question = [[f"q{i}", score] for i, score in enumerate(values)]
        cases.add(["result", per_question], result_data, per_question)


def build_cases() -> tuple[dict[str, Any], Cases]:
    content = load_content()
    quizzes = {**content.quizzes, "fixture:exemple": load_file(FIXTURE)}
    data: dict[str, Any] = {
        "questions": {},
        "chats": {chat.id: chat.model_dump(mode="json") for chat in content.red_flags},
        "offences": [offence.model_dump(mode="json") for offence in content.penalties],
        "case_facts": content.case_facts.model_dump(mode="json"),
    }
    cases = Cases()
    for quiz_key, quiz in quizzes.items():
        for question in quiz.questions:
            key = f"{quiz_key}/{question.id}"
            data["questions"][key] = question.model_dump(mode="json")
            question_cases(cases, key, question)
    for chat in content.red_flags:
        for ticked in subsets(len(chat.messages), SUBSET_BITS, SUBSET_SAMPLE):
            cases.add(["red_flags", chat.id, ticked], red_flag_data, chat, ticked)
    facts = content.case_facts
    fact_ids = [fact.id for fact in facts.facts]
    in_chart_order = ordered(content.penalties)
    for picked in subsets(len(fact_ids), SUBSET_BITS, SUBSET_SAMPLE):
        ticked = [fact_ids[i] for i in picked]
        cases.add(["law", ticked], case_data, ticked, in_chart_order, facts)
    for theme in (None, *get_args(Theme)):
        cases.add(["ordered", theme], ordered_data, content.penalties, theme)
    presented_cases(cases, quizzes)
    result_cases(cases)
    data["cases"] = cases.cases
    return data, cases


# --- comparing ----------------------------------------------------------------------------


def read_results(output: str) -> list[Expected]:
    """The runner's results, each ``{"$t": n}`` back to the Text it stands for."""
    texts_line, results_line = output.split("\n", 1)
    texts = json.loads(texts_line)

    def text_back(value: dict[str, Any]) -> Any:
        return texts[value["$t"]] if len(value) == 1 and "$t" in value else value

    return json.loads(results_line, object_hook=text_back)


def difference(python: Any, js: Any) -> str | None:
    """Where the two results first differ (None: the same, floats within TOLERANCE)."""
    found = first_difference(python, js)
    if found is None:
        return None
    where, message = found
    return f"{''.join(reversed(where)) or '.'}: {message}"


def first_difference(python: Any, js: Any) -> tuple[list[str], str] | None:
    """The path (innermost first) and the values where the two first differ."""
    if isinstance(python, dict) and isinstance(js, dict):
        if python.keys() != js.keys():
            return [], f"keys {sorted(python)} (Python) != {sorted(js)} (JS)"
        steps, pairs = ".{}", ((key, python[key], js[key]) for key in python)
    elif isinstance(python, list) and isinstance(js, list):
        if len(python) != len(js):
            return [], f"{len(python)} items (Python) != {len(js)} (JS)"
        steps, pairs = "[{}]", ((i, p, j) for i, (p, j) in enumerate(zip(python, js, strict=True)))
    elif same_value(python, js):
        return None
    else:
        return [], f"{short(python)} (Python) != {short(js)} (JS)"
    for step, p, j in pairs:
        if (found := first_difference(p, j)) is not None:
            found[0].append(steps.format(step))
            return found
    return None


def same_value(python: Any, js: Any) -> bool:
    """Equal scalars: booleans only to booleans, numbers within TOLERANCE."""
    if isinstance(python, bool) or isinstance(js, bool):
        return type(python) is type(js) and python == js
    if isinstance(python, int | float) and isinstance(js, int | float):
        return abs(python - js) <= TOLERANCE
    return type(python) is type(js) and python == js


def short(value: Any, width: int = 200) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def test_rules_js_gives_the_python_engine_answers(tmp_path: Path) -> None:
    node = shutil.which("node")
    require(None if node else "node is needed: sudo apt install nodejs")
    started = time.perf_counter()
    data, cases = build_cases()
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    built = time.perf_counter()
    ran = subprocess.run(
        [node, str(RUNNER), str(cases_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=NODE_SECONDS,
        env={**os.environ, "NODE_OPTIONS": ""},
        check=False,
    )
    assert ran.returncode == 0, f"the parity runner failed:\n{ran.stderr[-3000:]}"
    results = read_results(ran.stdout)
    finished = time.perf_counter()
    assert len(results) == len(cases.cases)
    differing = [
        (case, found)
        for case, expected, js in zip(cases.cases, cases.expected, results, strict=True)
        if (found := difference(expected, js))
    ]
    compared = time.perf_counter()
    counts = ", ".join(f"{family} {count}" for family, count in cases.counts().items())
    print(
        f"\n{len(cases.cases)} cases ({counts}); Python and JSON {built - started:.2f} s, "
        f"node {finished - built:.2f} s, comparing {compared - finished:.2f} s"
    )
    shown = "\n".join(f"- {short(case, 300)}\n  {found}" for case, found in differing[:5])
    assert not differing, (
        f"{len(differing)} of {len(cases.cases)} cases differ, the first:\n{shown}"
    )
