"""Typed content models: the one place that says what each content file holds.

Every model forbids unknown keys and is frozen once loaded. Every text a person
reads is a :class:`Text` with both languages.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

from .i18n import Language, get_language
from .typography import spacing_problems

AgeBand = Literal["11-14", "15-18"]
AGE_BANDS: tuple[AgeBand, ...] = ("11-14", "15-18")

Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+\.[^\s]+$")]


class Strict(BaseModel):
    """Base of every content model: unknown keys are errors, loaded content is read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(Strict):
    """A text a person reads, in both languages."""

    fr: Words
    en: Words

    def __str__(self) -> str:
        return self.in_language(get_language())

    def spacing_problems(self) -> list[str]:
        """Punctuation spacing that is wrong for the text's language (French or English)."""
        return [
            f"{language} text: {problem}"
            for language in ("fr", "en")
            for problem in spacing_problems(getattr(self, language), language)
        ]

    def in_language(self, language: Language) -> str:
        return self.fr if language == "fr" else self.en


def _unique_by(key: str) -> Callable[[list], list]:
    """A validator that refuses two items with the same ``key`` (id, host, article...)."""

    def unique(items: list) -> list:
        seen: set[str] = set()
        for item in items:
            value = getattr(item, key)
            if value in seen:
                raise ValueError(f"duplicate {key} {value!r}")
            seen.add(value)
        return items

    return unique


_unique_ids = _unique_by("id")


def _at_least_one_band(bands: list[AgeBand]) -> list[AgeBand]:
    if len(set(bands)) != len(bands):
        raise ValueError("an age band is listed twice")
    return bands


AgeBands = Annotated[list[AgeBand], Field(min_length=1), AfterValidator(_at_least_one_band)]


# --- data/resources.yaml -----------------------------------------------------


class HelpChannel(Strict):
    """A place a young person or an adult can turn to (content guide, section 7)."""

    id: Identifier
    name: Text
    contact: Words = Field(description="number to call or address to type, as shown")
    url: HttpsUrl | None = None
    purpose: Text
    urgent: bool = Field(False, description="shown first: immediate danger or distress")
    scope: Literal["france", "international"] = "france"
    source: HttpsUrl
    checked_on: date = Field(description="when contact, hours and purpose were last checked")


HelpChannels = Annotated[list[HelpChannel], Field(min_length=1), AfterValidator(_unique_ids)]


# --- data/statistics.yaml ----------------------------------------------------


class DataPoint(Strict):
    """A number for one year, for charts."""

    year: int = Field(ge=2000, le=2100)
    value: float = Field(ge=0)


class Statistic(Strict):
    """A figure a teacher may quote, with its year and publisher (content guide, section 9)."""

    id: Identifier
    statement: Text
    year: int = Field(ge=2000, le=2100, description="the year the figure covers")
    published: Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}(-[01][0-9](-[0-3][0-9])?)?$")]
    publisher: Words
    country: Literal["FR", "UK", "US", "EU", "world"]
    source: HttpsUrl
    caveat: Text | None = None
    chart_label: Text | None = Field(None, description="short name of the series in a chart")
    points: list[DataPoint] = Field([], description="the numbers behind the statement, by year")


Statistics = Annotated[list[Statistic], Field(min_length=1), AfterValidator(_unique_ids)]


# --- data/reviewed_hosts.yaml and data/characters.yaml: rules the checker applies ----


class ReviewedHost(Strict):
    """A site the kit may link to: read, and judged fit for a class of minors."""

    host: Annotated[str, StringConstraints(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}(/[\w./-]+)?$")]
    kind: Literal["law", "institution", "helpline", "press"]
    note: Words | None = None

    def covers(self, url: str) -> bool:
        """Whether ``url`` is on this host (and under this path, when one is given)."""
        address = url.split("://", 1)[-1].lower()
        return address == self.host or address.startswith((self.host + "/", self.host + "?"))


ReviewedHosts = Annotated[
    list[ReviewedHost], Field(min_length=1), AfterValidator(_unique_by("host"))
]


class Character(Strict):
    """A fictional character (or chat handle), and the one story file it belongs to."""

    name: Annotated[str, StringConstraints(pattern=r"^[\w.]+$")]
    story: Annotated[str, StringConstraints(pattern=r"^(quizzes|data)/[a-z0-9_]+\.yaml$")]
    role: Words


def _unique_names(cast: list[Character]) -> list[Character]:
    seen: dict[str, str] = {}
    for character in cast:
        if character.name in seen:
            raise ValueError(
                f"the name {character.name!r} is given to two characters "
                f"({seen[character.name]} and {character.story}): one name, one character"
            )
        seen[character.name] = character.story
    return cast


Cast = Annotated[list[Character], Field(min_length=1), AfterValidator(_unique_names)]


# --- data/notebooks.yaml -----------------------------------------------------


class NotebookEntry(Strict):
    """One notebook of the kit, as the start notebook's map presents it."""

    id: Identifier
    file: Annotated[str, StringConstraints(pattern=r"^[0-9]{2}_[a-z0-9_]+\.ipynb$")]
    title: Text
    summary: Text
    for_whom: Text
    minutes: int = Field(ge=5, le=120)
    ages: AgeBands
    student: bool = Field(False, description="offered to students in Voilà (make student)")


NotebookMap = Annotated[list[NotebookEntry], Field(min_length=1), AfterValidator(_unique_ids)]


# --- shared pieces: chat messages, age-banded texts ---------------------------


class ChatMessage(Strict):
    """One line of a fictional chat: who writes (a first name) and what, in both languages."""

    sender: Words
    text: Text


class ByAge(Strict):
    """A text worded differently for the 11-14 and the 15-18 bands."""

    model_config = ConfigDict(populate_by_name=True)

    younger: Text = Field(alias="11-14")
    older: Text = Field(alias="15-18")

    def for_band(self, band: AgeBand) -> Text:
        return self.younger if band == "11-14" else self.older


def _banded_kind(value: object) -> str:
    if isinstance(value, dict) and ("11-14" in value or "15-18" in value):
        return "by_age"
    if isinstance(value, ByAge):
        return "by_age"
    return "same_for_all"


BandedText = Annotated[
    Annotated[Text, Tag("same_for_all")] | Annotated[ByAge, Tag("by_age")],
    Discriminator(_banded_kind),
]
"""A text, either ``{fr, en}`` for every age or ``{11-14: {fr, en}, 15-18: {fr, en}}``."""


def in_band(text: Text | ByAge, band: AgeBand) -> Text:
    """The wording of ``text`` for ``band``."""
    return text.for_band(band) if isinstance(text, ByAge) else text


# --- quizzes/<id>.yaml -------------------------------------------------------


class Option(Strict):
    """One answer a student can pick, with the feedback shown when they pick it."""

    text: Text
    correct: bool
    feedback: Text


class _QuestionBase(Strict):
    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]


class SingleChoice(_QuestionBase):
    """Exactly one right answer; feedback on every option."""

    kind: Literal["single"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=3)]

    @model_validator(mode="after")
    def _one_correct_option(self) -> SingleChoice:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("a single-choice question needs exactly one correct option")
        return self


class MultipleChoice(_QuestionBase):
    """Several right answers (at least two); feedback on every option."""

    kind: Literal["multiple"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=4)]

    @model_validator(mode="after")
    def _several_correct_options(self) -> MultipleChoice:
        right = sum(option.correct for option in self.options)
        if right < 2 or right == len(self.options):
            raise ValueError(
                "a multiple-choice question needs 2 or more correct and 1 or more wrong"
            )
        return self


class TrueFalse(_QuestionBase):
    """A statement (often a myth) to judge true or false, with an explanation."""

    kind: Literal["true_false"]
    statement: Text
    answer: bool
    explanation: Text


class Step(Strict):
    """One step of an ordering question, and why it comes at that place."""

    id: Identifier | None = Field(None, description="needed when the question has rules")
    text: Text
    why: Text


class OrderRule(Strict):
    """A real constraint of an ordering question: step ``before`` must come before ``after``."""

    before: Identifier
    after: Identifier
    rule: Annotated[Text, Field(description="the rule in a few words, shown when broken")]


class Ordering(_QuestionBase):
    """Put the steps in order; ``steps`` are listed in a right order.

    Without ``rules`` every step has one right place. With ``rules`` only those constraints
    are scored, and a step no rule names (such as "tell an adult") is right anywhere.
    """

    kind: Literal["order"]
    prompt: Text
    steps: Annotated[list[Step], Field(min_length=3, max_length=7)]
    rules: list[OrderRule] = []
    explanation: Text

    @model_validator(mode="after")
    def _rules_name_steps_in_order(self) -> Ordering:
        if not self.rules:
            return self
        ids = [step.id for step in self.steps]
        if None in ids:
            raise ValueError("every step needs an id when the question has rules")
        if len(set(ids)) != len(ids):
            raise ValueError("two steps have the same id")
        for rule in self.rules:
            for step_id in (rule.before, rule.after):
                if step_id not in ids:
                    raise ValueError(f"a rule names the step {step_id!r}, which does not exist")
            if ids.index(rule.before) >= ids.index(rule.after):
                raise ValueError(
                    f"the steps are not listed in a right order: {rule.before!r} must come "
                    f"before {rule.after!r}"
                )
        return self

    def rules_of(self, index: int) -> list[OrderRule]:
        """The rules that name step ``index`` (empty: the step may go anywhere)."""
        step_id = self.steps[index].id
        return [rule for rule in self.rules if step_id in (rule.before, rule.after)]


class Choice(Strict):
    """A decision in a role-play: what the student picks, what it leads to, and why."""

    text: Text
    next: Identifier
    good: bool
    feedback: Text


class Ending(Strict):
    """How a role-play ends: ``safe`` (help reached), ``mixed`` or ``hard`` (still fixable)."""

    tone: Literal["safe", "mixed", "hard"]
    title: Text
    message: Text


class Scene(Strict):
    """One scene of a role-play: a narration, chat lines, then choices or an ending."""

    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    narration: Text
    chat: list[ChatMessage] = []
    choices: list[Choice] = []
    ending: Ending | None = None

    @model_validator(mode="after")
    def _choices_or_ending(self) -> Scene:
        if bool(self.choices) == (self.ending is not None):
            raise ValueError("a scene has either choices (2 or more) or an ending, not both")
        if self.choices and len(self.choices) < 2:
            raise ValueError("a scene with choices needs at least 2 of them")
        return self


class RolePlay(_QuestionBase):
    """A branching chat scene: each choice leads to another scene, several endings."""

    kind: Literal["roleplay"]
    prompt: Text
    start: Identifier
    scenes: Annotated[list[Scene], Field(min_length=3), AfterValidator(_unique_ids)]

    @model_validator(mode="after")
    def _every_path_ends(self) -> RolePlay:
        problems = role_play_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def scene(self, scene_id: str) -> Scene:
        return next(scene for scene in self.scenes if scene.id == scene_id)


def role_play_problems(play: RolePlay) -> list[str]:
    """Dangling links, unreachable scenes and loops (a path that never ends)."""
    ids = [scene.id for scene in play.scenes]
    problems = [f"start scene {play.start!r} does not exist"] if play.start not in ids else []
    for scene in play.scenes:
        for number, choice in enumerate(scene.choices):
            if choice.next not in ids:
                problems.append(
                    f"scene {scene.id!r}, choice {number + 1} leads to {choice.next!r}, "
                    "which does not exist"
                )
    if problems:
        return problems
    reached: list[str] = []
    stack = [play.start]
    while stack:
        current = stack.pop()
        if current not in reached:
            reached.append(current)
            stack.extend(choice.next for choice in play.scene(current).choices)
    problems += [
        f"scene {i!r} cannot be reached from {play.start!r}" for i in ids if i not in reached
    ]
    loop = _find_loop(play)
    if loop:
        problems.append("the scenes " + " -> ".join(loop) + " loop: a path that never ends")
    for band in play.ages:
        if band not in play.scene(play.start).ages:
            problems.append(f"the start scene {play.start!r} is not for ages {band}")
        for scene in play.scenes:
            offered = [c for c in scene.choices if band in play.scene(c.next).ages]
            if band in scene.ages and scene.choices and not offered:
                problems.append(f"scene {scene.id!r} offers no choice for ages {band}")
    return problems


def _find_loop(play: RolePlay) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(scene_id: str) -> list[str] | None:
        if scene_id in visiting:
            return [*visiting[visiting.index(scene_id) :], scene_id]
        if scene_id in done:
            return None
        visiting.append(scene_id)
        for choice in play.scene(scene_id).choices:
            if loop := visit(choice.next):
                return loop
        visiting.pop()
        done.add(scene_id)
        return None

    return next((loop for scene in play.scenes if (loop := visit(scene.id))), None)


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Ordering | RolePlay, Field(discriminator="kind")
]
QUESTION_KINDS = ("single", "multiple", "true_false", "order", "roleplay")


CRISIS_LINE = "3114"  # suicide prevention, 24/7: named wherever a student may be at their lowest
NIGHT_ROUTES = ("119", "17Cyber")


class Quiz(Strict):
    """One quiz file: a title, who it is for, its questions and what to remember."""

    id: Identifier
    title: Text
    introduction: Text
    ages: AgeBands = ["11-14", "15-18"]
    questions: Annotated[list[Question], Field(min_length=1), AfterValidator(_unique_ids)]
    takeaways: Annotated[list[Text], Field(min_length=1)]
    moodle: bool = Field(True, description="false: not exported to the Moodle question bank")

    @model_validator(mode="after")
    def _crisis_routes(self) -> Quiz:
        closing = self.takeaways[-1]
        for needed in (CRISIS_LINE, *NIGHT_ROUTES):
            if needed not in closing.fr or needed not in closing.en:
                raise ValueError(
                    f"the last takeaway (the help line) must name {needed}, in both languages"
                )
        for question in self.questions:
            if isinstance(question, RolePlay):
                for scene in question.scenes:
                    hard = scene.ending is not None and scene.ending.tone == "hard"
                    if hard and not all(
                        CRISIS_LINE in text for text in (scene.ending.message.fr, scene.ending.message.en)
                    ):
                        raise ValueError(
                            f"hard ending {scene.id!r} must give the {CRISIS_LINE} (dark "
                            "thoughts, 24/7), in both languages"
                        )
        return self


# --- data/stages.yaml, data/red_flags.yaml, data/myths.yaml --------------------

MaterialVariant = Literal["recorded", "hacked", "deepfake"]
DemandVariant = Literal["money", "images"]


class StageVariant(Strict):
    """How a stage reads for one way the scam goes (how the material was got; what is asked)."""

    id: Annotated[str, StringConstraints(pattern=r"^(recorded|hacked|deepfake|money|images)$")]
    label: Text
    what_happens: BandedText
    warning_signs: list[BandedText] = []
    actions: list[BandedText] = []
    chat: Annotated[list[ChatMessage], Field(min_length=2)]


class Stage(Strict):
    """One stage of the scam sequence (content guide, section 2)."""

    id: Identifier
    title: Text
    what_happens: BandedText
    warning_signs: Annotated[list[BandedText], Field(min_length=1)]
    actions: Annotated[list[BandedText], Field(min_length=1)]
    chat: Annotated[list[ChatMessage], Field(min_length=2)]
    variants: list[StageVariant] = []


STAGE_ORDER = ("first_contact", "trust", "material", "threat", "demand", "escalation")
VARIANTS_OF = {"material": ("recorded", "hacked", "deepfake"), "demand": ("money", "images")}


def _the_six_stages(stages: list[Stage]) -> list[Stage]:
    ids = tuple(stage.id for stage in stages)
    if ids != STAGE_ORDER:
        raise ValueError(f"expected the stages {', '.join(STAGE_ORDER)} in this order")
    for stage in stages:
        wanted = VARIANTS_OF.get(stage.id, ())
        if tuple(variant.id for variant in stage.variants) != wanted:
            shown = ", ".join(wanted) if wanted else "none"
            raise ValueError(f"stage {stage.id!r}: expected the variants {shown}, in this order")
    return stages


Stages = Annotated[list[Stage], AfterValidator(_the_six_stages)]


class FlaggedMessage(ChatMessage):
    """A chat message of the red-flag exercise: is it a warning sign, and why (or why not)."""

    red_flag: bool
    why: Text


class RedFlagChat(Strict):
    """The "spot the red flags" exercise: a fictional conversation to tick."""

    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    title: Text
    introduction: Text
    messages: Annotated[list[FlaggedMessage], Field(min_length=10, max_length=14)]

    @model_validator(mode="after")
    def _some_flags_some_not(self) -> RedFlagChat:
        flags = sum(message.red_flag for message in self.messages)
        if not 3 <= flags <= len(self.messages) - 3:
            raise ValueError("mark at least 3 messages as red flags and leave at least 3 unmarked")
        return self


RedFlagChats = Annotated[list[RedFlagChat], Field(min_length=1), AfterValidator(_unique_ids)]


class Myth(Strict):
    """A statement heard about sextortion, revealed as myth or fact with an explanation."""

    id: Identifier
    statement: Text
    verdict: Literal["myth", "fact"]
    explanation: Text


Myths = Annotated[list[Myth], Field(min_length=6), AfterValidator(_unique_ids)]


# --- data/guide.yaml: for the adult who runs the session ---------------------------


class PlanStep(Strict):
    """One timed step of a session plan, and what to use for it."""

    minutes: int = Field(ge=1, le=30)
    title: Text
    activity: Text
    material: Text


class SessionPlan(Strict):
    """A 55-minute session for one age band."""

    band: AgeBand
    steps: Annotated[list[PlanStep], Field(min_length=4)]

    @model_validator(mode="after")
    def _fifty_five_minutes(self) -> SessionPlan:
        total = sum(step.minutes for step in self.steps)
        if total != 55:
            raise ValueError(f"the steps last {total} minutes, not 55")
        return self


class Framework(Strict):
    """Where the session fits in the curriculum (EVARS, pHARe, CRCN / Pix)."""

    name: Words
    how: Text
    source: HttpsUrl


class Section(Strict):
    heading: Text
    points: Annotated[list[Text], Field(min_length=1)]


class Printable(Strict):
    """A one-page sheet to print: the student handout or the note for parents."""

    title: Text
    introduction: Text
    sections: Annotated[list[Section], Field(min_length=1)]


class Guide(Strict):
    """The teacher guide: objectives, plans, frameworks, rules, disclosure, closing, printables."""

    objectives: Annotated[list[Text], Field(min_length=3)]
    session_plans: Annotated[list[SessionPlan], Field(min_length=2, max_length=2)]
    frameworks: Annotated[list[Framework], Field(min_length=3)]
    ground_rules: Annotated[list[Text], Field(min_length=3)]
    disclosure_steps: Annotated[list[Text], Field(min_length=4)]
    never_do: Annotated[list[Text], Field(min_length=2)]
    closing_activity: Section
    handout: Printable
    parent_note: Printable

    @model_validator(mode="after")
    def _one_plan_per_band(self) -> Guide:
        if sorted(plan.band for plan in self.session_plans) != list(AGE_BANDS):
            raise ValueError("give one session plan for 11-14 and one for 15-18")
        return self


# --- data/penalties.yaml and data/case_facts.yaml -------------------------------

ArticleNumber = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{2}-[0-9]+(-[0-9]+)*$")]
Theme = Literal["blackmail", "privacy", "minors", "minor_images"]
CODE_START = date(1994, 3, 1)  # the current Code pénal came into force on 1 March 1994

# Sites that publish the statute text itself (Légifrance or copies of its LEGI database).
STATUTE_HOSTS = (
    "www.legifrance.gouv.fr",
    "app.livv.eu",
    "www.doctrine.fr",
    "code-penal.fr",
    "lexbase.fr",
    "juriblio.fr",
    "legal.tricoteuses.fr",
    "git.tricoteuses.fr",
    "kohenavocats.com",
)


def host_of(url: str) -> str:
    return url.split("/")[2]


class FactRule(Strict):
    """A test on the facts ticked in the "what happened?" widget."""

    all_of: list[Identifier] = []
    any_of: list[Identifier] = []
    none_of: list[Identifier] = []

    @model_validator(mode="after")
    def _not_empty(self) -> FactRule:
        if not self.all_of and not self.any_of:
            raise ValueError("give all_of or any_of: a rule must need at least one fact")
        return self

    def holds(self, facts: AbstractSet[str]) -> bool:
        return (
            all(fact in facts for fact in self.all_of)
            and (not self.any_of or any(fact in facts for fact in self.any_of))
            and not any(fact in facts for fact in self.none_of)
        )

    def fact_ids(self) -> set[str]:
        return {*self.all_of, *self.any_of, *self.none_of}


Rules = Annotated[
    list[FactRule],
    Field(description="the facts that make this apply (any rule); empty: only a court can say"),
]


def any_rule_holds(rules: list[FactRule], facts: AbstractSet[str]) -> bool:
    return any(rule.holds(facts) for rule in rules)


class PenaltyTier(Strict):
    """Another form of an offence, with its own maximum penalties.

    ``aggravated``: the offence in given circumstances, heavier than the base (it applies
    only when the base offence does). ``other``: another act the same article punishes,
    such as holding an image rather than making it; it may be lighter than the base or as
    heavy, and its facts make up the offence on their own.
    """

    id: Identifier
    form: Literal["aggravated", "other"] = "aggravated"
    short: Annotated[Text, Field(description="a few words, written beside the bar")]
    when: Text
    article: ArticleNumber | None = Field(
        None, description="where the tier is written, when not in the offence's own article"
    )
    prison_years: int = Field(ge=1, le=30)
    fine_eur: int = Field(ge=1_000, le=10_000_000)
    applies_if: Rules = []


class Offence(Strict):
    """One offence of the Code pénal, with its maximum penalties (content guide, section 6)."""

    article: ArticleNumber
    theme: Theme
    label: Text
    explanation: Annotated[Text, Field(description="in words a 14-year-old understands")]
    prison_years: int = Field(ge=1, le=30, description="maximum prison term of the base offence")
    fine_eur: int = Field(ge=1_000, le=10_000_000, description="maximum fine of the base offence")
    tiers: list[PenaltyTier] = []
    in_force_since: date = Field(description="start of the version of the article that was read")
    date_confirmed: bool = Field(
        True,
        description="false when the version's start could not be read: in_force_since is then "
        "a date on which the text read was in force, and `version` says what is missing",
    )
    version: Words = Field(description="the law that created or last changed the article, as read")
    sources: Annotated[list[HttpsUrl], Field(min_length=1)]
    adult_offender_only: bool = False
    applies_if: Rules = []

    @model_validator(mode="after")
    def _consistent(self) -> Offence:
        _unique_ids(self.tiers)
        for tier in self.tiers:
            if tier.form == "other":
                if not tier.applies_if and self.applies_if:
                    raise ValueError(f"form {tier.id!r} needs its own applies_if")
                continue
            heavier = tier.prison_years > self.prison_years or tier.fine_eur > self.fine_eur
            if (
                tier.prison_years < self.prison_years
                or tier.fine_eur < self.fine_eur
                or not heavier
            ):
                raise ValueError(f"tier {tier.id!r} must be heavier than the base offence")
        if not CODE_START <= self.in_force_since <= date.today():
            raise ValueError("in_force_since must fall between 1994-03-01 and today")
        if not any(host_of(url) in STATUTE_HOSTS for url in self.sources):
            raise ValueError(
                "sources must include the statute text (Légifrance or a copy of it: "
                + ", ".join(STATUTE_HOSTS)
                + ")"
            )
        return self

    @property
    def max_prison_years(self) -> int:
        return max([self.prison_years, *(t.prison_years for t in self.tiers)])

    @property
    def max_fine_eur(self) -> int:
        return max([self.fine_eur, *(t.fine_eur for t in self.tiers)])

    def fact_ids(self) -> set[str]:
        rules = [*self.applies_if, *(rule for tier in self.tiers for rule in tier.applies_if)]
        return {fact for rule in rules for fact in rule.fact_ids()}


Penalties = Annotated[list[Offence], Field(min_length=1), AfterValidator(_unique_by("article"))]


class CaseFact(Strict):
    """A fact a student can tick about a fictional case."""

    id: Identifier
    group: Literal["acts", "people"]
    label: Text
    implies: list[Identifier] = Field([], description="facts that are true whenever this one is")


class ExampleCase(Strict):
    """The facts compared for an adult and a minor victim."""

    title: Text
    facts: Annotated[list[Identifier], Field(min_length=1)]


class CaseFacts(Strict):
    """The "what happened?" widget's facts, and the example case of the minor-victim chart."""

    facts: Annotated[list[CaseFact], Field(min_length=2), AfterValidator(_unique_ids)]
    example: ExampleCase

    @model_validator(mode="after")
    def _known_facts(self) -> CaseFacts:
        known = {fact.id for fact in self.facts}
        used = {f for fact in self.facts for f in fact.implies} | set(self.example.facts)
        if unknown := sorted(used - known):
            raise ValueError(f"unknown fact(s): {', '.join(unknown)}")
        return self

    def closure(self, ticked: AbstractSet[str]) -> frozenset[str]:
        """The ticked facts and every fact they imply."""
        implied = {fact.id: fact.implies for fact in self.facts}
        result, todo = set(ticked), list(ticked)
        while todo:
            for fact in implied.get(todo.pop(), []):
                if fact not in result:
                    result.add(fact)
                    todo.append(fact)
        return frozenset(result)
