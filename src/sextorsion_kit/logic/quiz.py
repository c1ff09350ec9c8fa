"""Quiz state and scoring, in plain Python: no widget here, so every rule is tested directly.

A :class:`QuizSession` picks the questions for an age band, shuffles what is shown with a
seed, checks answers and keeps the first attempt of each question for the score (a student
may try again to read the feedback, the score stays honest). Role-plays are played by a
:class:`RolePlayRun`, which can rewind one step or restart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..content.models import (
    AgeBand,
    Choice,
    Ending,
    MultipleChoice,
    Ordering,
    OrderRule,
    Question,
    Quiz,
    RedFlagChat,
    RolePlay,
    Scene,
    SingleChoice,
    Text,
    TrueFalse,
)


@dataclass(frozen=True)
class Note:
    """Feedback on one option or step: what it is, whether the student got it right, why."""

    subject: Text
    right: bool
    chosen: bool
    explanation: Text


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer."""

    correct: bool
    score: float  # 0 to 1; partial answers score in between
    notes: tuple[Note, ...]
    summary: Text | None = None

    @property
    def partial(self) -> bool:
        return not self.correct and self.score > 0


Response = int | frozenset[int] | bool | tuple[int, ...] | None


# --- checking one question --------------------------------------------------------


def check_single(question: SingleChoice, chosen: int) -> Verdict:
    """``chosen`` is the index of the picked option, in the order of the file."""
    notes = tuple(
        Note(option.text, option.correct == (index == chosen), index == chosen, option.feedback)
        for index, option in enumerate(question.options)
    )
    correct = question.options[chosen].correct
    return Verdict(correct, float(correct), notes)


def check_ticks(items: list[tuple[Text, bool, Text]], ticked: frozenset[int]) -> Verdict:
    """Each item (text, should be ticked, why) is a decision; the score is the share right."""
    notes = tuple(
        Note(text, wanted == (index in ticked), index in ticked, why)
        for index, (text, wanted, why) in enumerate(items)
    )
    right = sum(note.right for note in notes)
    return Verdict(right == len(notes), right / len(notes), notes)


def check_multiple(question: MultipleChoice, chosen: frozenset[int]) -> Verdict:
    """Each option is a decision (tick or not); the score is the share of right decisions."""
    return check_ticks([(o.text, o.correct, o.feedback) for o in question.options], chosen)


def check_true_false(question: TrueFalse, chosen: bool) -> Verdict:
    correct = chosen == question.answer
    note = Note(question.statement, correct, True, question.explanation)
    return Verdict(correct, float(correct), (note,))


def broken_rules(question: Ordering, given: tuple[int, ...]) -> list[OrderRule]:
    """The question's rules that the order ``given`` (step indexes) breaks."""
    place = {question.steps[step].id: position for position, step in enumerate(given)}
    return [rule for rule in question.rules if place[rule.before] > place[rule.after]]


def check_order(question: Ordering, given: tuple[int, ...]) -> Verdict:
    """``given`` lists step indexes (file order = a right order) as the student placed them.

    With rules, the score is the share of rules kept, and a step is right when it breaks
    none; without rules, each step must be at its listed place.
    """
    if sorted(given) != list(range(len(question.steps))):
        raise ValueError(f"an order must place each of the {len(question.steps)} steps once")
    if question.rules:
        broken = broken_rules(question, given)
        notes = tuple(
            Note(
                question.steps[step].text,
                not any(rule in broken for rule in question.rules_of(step)),
                True,
                question.steps[step].why,
            )
            for step in given
        )
        kept = len(question.rules) - len(broken)
        return Verdict(not broken, kept / len(question.rules), notes, question.explanation)
    notes = tuple(
        Note(question.steps[step].text, step == place, True, question.steps[step].why)
        for place, step in enumerate(given)
    )
    in_place = sum(note.right for note in notes)
    return Verdict(in_place == len(notes), in_place / len(notes), notes, question.explanation)


def check(question: Question, response: Response) -> Verdict:
    """Check any non-role-play question."""
    if isinstance(question, SingleChoice) and isinstance(response, int):
        return check_single(question, response)
    if isinstance(question, MultipleChoice) and isinstance(response, frozenset):
        return check_multiple(question, response)
    if isinstance(question, TrueFalse) and isinstance(response, bool):
        return check_true_false(question, response)
    if isinstance(question, Ordering) and isinstance(response, tuple):
        return check_order(question, response)
    raise TypeError(f"no answer of type {type(response).__name__} for a {question.kind} question")


# --- role-plays ------------------------------------------------------------------------


@dataclass
class RolePlayRun:
    """One play-through of a role-play: the path so far, with rewind and restart."""

    play: RolePlay
    band: AgeBand | None = None
    path: list[tuple[str, int]] = field(default_factory=list)  # (scene id, choice index)

    @property
    def scene(self) -> Scene:
        current = self.play.start
        for scene_id, choice in self.path:
            current = self.play.scene(scene_id).choices[choice].next
        return self.play.scene(current)

    def choices(self) -> list[tuple[int, Choice]]:
        """The choices offered in the current scene (index in the file, choice)."""
        return [
            (index, choice)
            for index, choice in enumerate(self.scene.choices)
            if self.band is None or self.band in self.play.scene(choice.next).ages
        ]

    def choose(self, index: int) -> Choice:
        """Take choice ``index`` (file order) of the current scene; return it for its feedback."""
        if index not in [offered for offered, _ in self.choices()]:
            raise ValueError(f"scene {self.scene.id!r} offers no choice {index}")
        choice = self.scene.choices[index]
        self.path.append((self.scene.id, index))
        return choice

    def rewind(self) -> bool:
        """Go back one decision; False when already at the start."""
        if not self.path:
            return False
        self.path.pop()
        return True

    def restart(self) -> None:
        self.path.clear()

    @property
    def ending(self) -> Ending | None:
        return self.scene.ending

    @property
    def last_choice(self) -> Choice | None:
        if not self.path:
            return None
        scene_id, index = self.path[-1]
        return self.play.scene(scene_id).choices[index]

    def verdict(self) -> Verdict:
        """At an ending: every decision on the path, good or not, with its feedback."""
        if self.ending is None:
            raise ValueError("the role-play has not reached an ending yet")
        notes = tuple(
            Note(choice.text, choice.good, True, choice.feedback)
            for choice in (self.play.scene(s).choices[i] for s, i in self.path)
        )
        good = sum(note.right for note in notes)
        score = good / len(notes) if notes else 0.0
        return Verdict(good == len(notes), score, notes, self.ending.message)


# --- a whole quiz ----------------------------------------------------------------------


@dataclass
class Presented:
    """A question as shown: its options or steps in display order, and the student's tries."""

    question: Question
    order: tuple[int, ...]  # display position -> index in the file
    attempts: list[Verdict] = field(default_factory=list)
    run: RolePlayRun | None = None

    def to_file_index(self, shown: int) -> int:
        return self.order[shown]

    @property
    def first_verdict(self) -> Verdict | None:
        return self.attempts[0] if self.attempts else None


@dataclass(frozen=True)
class Result:
    """The end of a quiz: points on the first try out of the questions answered."""

    points: float
    answered: int
    total: int
    per_question: tuple[tuple[str, float | None], ...]

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.total) if self.total else 0


def shuffled_order(count: int, generator: random.Random, avoid_identity: bool) -> tuple[int, ...]:
    """A mixed order of ``count`` items; never the right one when ``avoid_identity``."""
    order = list(range(count))
    generator.shuffle(order)
    if avoid_identity and order == sorted(order) and count > 1:
        order = order[1:] + order[:1]
    return tuple(order)


class QuizSession:
    """A student's way through one quiz."""

    def __init__(
        self,
        quiz: Quiz,
        band: AgeBand | None = None,
        count: int | None = None,
        seed: int | None = None,
        shuffle: bool = True,
    ):
        self.quiz = quiz
        self.band = band
        self.count, self.seed, self.shuffle = count, seed, shuffle
        generator = random.Random(seed)
        questions = [q for q in quiz.questions if band is None or band in q.ages]
        if not questions:
            raise ValueError(f"quiz {quiz.id!r} has no question for ages {band}")
        if count is not None:
            questions = questions[: max(1, count)]
        self.questions = [self._present(q, generator, shuffle) for q in questions]
        self.index = 0

    def for_band(self, band: AgeBand | None) -> QuizSession:
        """A fresh session of the same quiz, options and seed, for another age band."""
        return QuizSession(self.quiz, band, self.count, self.seed, self.shuffle)

    def _present(self, question: Question, generator: random.Random, shuffle: bool) -> Presented:
        if isinstance(question, RolePlay):
            return Presented(question, (), run=RolePlayRun(question, self.band))
        if isinstance(question, TrueFalse):
            return Presented(question, ())
        items = question.steps if isinstance(question, Ordering) else question.options
        # An ordering question is always shown mixed up: its file order is the answer.
        mix = shuffle or isinstance(question, Ordering)
        order = shuffled_order(len(items), generator, isinstance(question, Ordering))
        return Presented(question, order if mix else tuple(range(len(items))))

    @property
    def current(self) -> Presented:
        return self.questions[self.index]

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.questions):
            raise IndexError(f"question {index + 1} does not exist (1 to {len(self.questions)})")
        self.index = index

    def next(self) -> bool:
        if self.index + 1 >= len(self.questions):
            return False
        self.index += 1
        return True

    def previous(self) -> bool:
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def answer(self, response: Response) -> Verdict:
        """Check the current question; ``response`` uses display positions.

        Single choice: a position; several answers: a set of positions; true or false: a bool;
        order: the display positions in the order the student put them.
        """
        shown = self.current
        if isinstance(shown.question, RolePlay):
            raise TypeError("a role-play is played with .current.run, not answered")
        if isinstance(response, int) and not isinstance(response, bool):
            response = shown.to_file_index(response)
        elif isinstance(response, frozenset):
            response = frozenset(shown.to_file_index(p) for p in response)
        elif isinstance(response, tuple):
            response = tuple(shown.to_file_index(p) for p in response)
        verdict = check(shown.question, response)
        shown.attempts.append(verdict)
        return verdict

    def finish_role_play(self) -> Verdict:
        """Record the current role-play's ending as an attempt."""
        run = self.current.run
        if run is None:
            raise TypeError("the current question is not a role-play")
        verdict = run.verdict()
        self.current.attempts.append(verdict)
        return verdict

    def result(self) -> Result:
        scores = tuple(
            (shown.question.id, shown.first_verdict.score if shown.first_verdict else None)
            for shown in self.questions
        )
        answered = [score for _, score in scores if score is not None]
        return Result(sum(answered), len(answered), len(scores), scores)


def check_flags(chat: RedFlagChat, ticked: frozenset[int]) -> Verdict:
    """Each message of a red-flag chat is a decision: ticked if and only if it is a warning sign."""
    return check_ticks([(m.text, m.red_flag, m.why) for m in chat.messages], ticked)
