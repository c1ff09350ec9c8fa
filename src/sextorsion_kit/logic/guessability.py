"""How far a student who does not read could get: keyword, length and true/false cues.

A quiz teaches only if its right answers cannot be spotted without thinking. Three ways of
guessing are measured over every choice the kit offers (single and multiple choice, and the
choices of each role-play scene), in each language:

- **keywords**: pick the option with the most help words (adult, 3018, evidence...);
- **length**: pick the longest option, or the shortest;
- **true or false**: answer "false" (or "myth") every time.

Each pick strategy is compared with a random pick (its *chance*): a strategy's *edge* is how
many more right answers it gets than chance, as a share of the choice sets. The *cue gap* is
the share of right options that carry a help word minus the share of wrong ones that do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..content.models import MultipleChoice, Myth, Quiz, RolePlay, SingleChoice, TrueFalse
from ..i18n import Language

# Words a student learns to look for after one session: the help words of the kit.
CUE_WORDS: dict[Language, tuple[str, ...]] = {
    "fr": (
        "adulte", "3018", "17", "119", "3114", "preuve", "preuves", "plainte", "capture",
        "captures", "signaler", "signale", "signalement", "bloquer", "bloque", "aide", "aider",
        "parler", "parle", "police", "gendarmerie", "gendarme", "confiance", "infirmière",
        "CPE", "parents", "mère", "père",
    ),
    "en": (
        "adult", "3018", "17", "119", "3114", "evidence", "complaint", "screenshot",
        "screenshots", "report", "reports", "block", "blocks", "help", "talk", "tell",
        "police", "gendarmerie", "gendarme", "trust", "trusted", "nurse", "parents", "mum",
        "dad",
    ),
}


@dataclass(frozen=True)
class ChoiceSet:
    """Options shown together, and which of them are right."""

    where: str
    options: tuple[str, ...]
    right: tuple[bool, ...]
    pick_one: bool  # single choice or role-play scene: the student picks one option


@dataclass(frozen=True)
class Measures:
    """The cues of one language, over every choice set."""

    language: Language
    choice_sets: int
    keyword_edge: float
    longest_edge: float
    shortest_edge: float
    cue_gap: float
    true_share: dict[str, float]  # per file of true/false statements: share that are true


def cue_count(text: str, language: Language) -> int:
    """How many help words ``text`` holds."""
    words = re.findall(r"[\w']+", text.lower())
    cues = {word.lower() for word in CUE_WORDS[language]}
    return sum(word in cues for word in words)


def choice_sets(quizzes: Iterable[Quiz], language: Language) -> list[ChoiceSet]:
    """Every set of options of every quiz, in ``language``."""
    sets: list[ChoiceSet] = []
    for quiz in quizzes:
        for question in quiz.questions:
            where = f"{quiz.id}/{question.id}"
            if isinstance(question, SingleChoice | MultipleChoice):
                sets.append(
                    ChoiceSet(
                        where,
                        tuple(o.text.in_language(language) for o in question.options),
                        tuple(o.correct for o in question.options),
                        isinstance(question, SingleChoice),
                    )
                )
            elif isinstance(question, RolePlay):
                for scene in question.scenes:
                    if scene.choices:
                        sets.append(
                            ChoiceSet(
                                f"{where}/{scene.id}",
                                tuple(c.text.in_language(language) for c in scene.choices),
                                tuple(c.good for c in scene.choices),
                                True,
                            )
                        )
    return sets


def _pick_success(choice: ChoiceSet, score: Callable[[str], float]) -> float:
    """Chance of a right answer when picking the top-scored option (ties: at random)."""
    scores = [score(option) for option in choice.options]
    top = [index for index, value in enumerate(scores) if value == max(scores)]
    return sum(choice.right[index] for index in top) / len(top)


def pick_edge(sets: Sequence[ChoiceSet], score: Callable[[str], float]) -> float:
    """Mean success of picking the top-scored option, minus a random pick's."""
    picks = [choice for choice in sets if choice.pick_one]
    if not picks:
        return 0.0
    success = sum(_pick_success(choice, score) for choice in picks)
    chance = sum(sum(choice.right) / len(choice.right) for choice in picks)
    return (success - chance) / len(picks)


def cue_gap(sets: Sequence[ChoiceSet], language: Language) -> float:
    """Share of right options with a help word, minus the share of wrong options with one."""
    right = [o for s in sets for o, ok in zip(s.options, s.right, strict=True) if ok]
    wrong = [o for s in sets for o, ok in zip(s.options, s.right, strict=True) if not ok]
    if not right or not wrong:
        return 0.0

    def share(texts: list[str]) -> float:
        return sum(cue_count(text, language) > 0 for text in texts) / len(texts)

    return share(right) - share(wrong)


def true_shares(quizzes: Iterable[Quiz], myths: Sequence[Myth]) -> dict[str, float]:
    """Per file with 4 or more statements to judge: the share of true statements (facts)."""
    shares: dict[str, float] = {}
    for quiz in quizzes:
        answers = [q.answer for q in quiz.questions if isinstance(q, TrueFalse)]
        if len(answers) >= 4:
            shares[f"quizzes/{quiz.id}"] = sum(answers) / len(answers)
    if len(myths) >= 4:
        shares["data/myths"] = sum(m.verdict == "fact" for m in myths) / len(myths)
    return shares


def measure(quizzes: Sequence[Quiz], myths: Sequence[Myth], language: Language) -> Measures:
    """The three cues of the kit's quizzes in ``language``."""
    sets = choice_sets(quizzes, language)
    return Measures(
        language=language,
        choice_sets=len(sets),
        keyword_edge=pick_edge(sets, lambda text: cue_count(text, language)),
        longest_edge=pick_edge(sets, len),
        shortest_edge=pick_edge(sets, lambda text: -len(text)),
        cue_gap=cue_gap(sets, language),
        true_share=true_shares(quizzes, myths),
    )


def report(measures: Measures) -> str:
    """The measures as a few lines of text (for ``python -m sextorsion_kit guessability``)."""
    shares = ", ".join(f"{name} {share:.0%}" for name, share in measures.true_share.items())
    return "\n".join(
        [
            f"[{measures.language}] {measures.choice_sets} choice sets",
            f"  keyword pick edge over chance: {measures.keyword_edge:+.2f}",
            f"  longest pick edge over chance: {measures.longest_edge:+.2f}",
            f"  shortest pick edge over chance: {measures.shortest_edge:+.2f}",
            f"  cue gap (right minus wrong options with a help word): {measures.cue_gap:+.2f}",
            f"  true statements: {shares}",
        ]
    )

