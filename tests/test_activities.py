"""The red-flag scoring rule and the myths' coverage (the widgets are tested in Chromium)."""

from __future__ import annotations

from sextorsion_kit import load_content
from sextorsion_kit.logic.quiz import check_flags

CHAT = load_content().red_flags[0]
FLAGS = frozenset(i for i, message in enumerate(CHAT.messages) if message.red_flag)


def test_scoring_counts_each_decision():
    assert check_flags(CHAT, FLAGS).correct
    nothing = check_flags(CHAT, frozenset())
    assert nothing.score == 1 - len(FLAGS) / len(CHAT.messages)
    one_false_alarm = next(i for i in range(len(CHAT.messages)) if i not in FLAGS)
    verdict = check_flags(CHAT, FLAGS | {one_false_alarm})
    assert verdict.partial and [n.right for n in verdict.notes].count(False) == 1


def test_the_myths_of_the_issue_are_covered():
    statements = " ".join(myth.statement.fr.lower() for myth in load_content().myths)
    for words in ("paie", "jamais envoyé", "fausse image", "ennuis", "police", "supprimer"):
        assert words in statements, words
