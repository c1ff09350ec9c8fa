"""What a student should read, built from the Python engine's verdicts: the tests' oracle.

The front-end widgets write their feedback in the browser; these functions write the same
words from :mod:`sextorsion_kit.logic` and the labels, so a browser test can compare what a
student sees with what the rules and the content say. They are not shown to anyone.
"""

from __future__ import annotations

from html import escape

from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import (
    CaseRules,
    MultipleChoice,
    Myth,
    Ordering,
    Question,
    RedFlagChat,
    SingleChoice,
    Text,
    TrueFalse,
)
from sextorsion_kit.i18n import Language
from sextorsion_kit.logic.law import Charge, heaviest, tier_text
from sextorsion_kit.logic.quiz import Note, Presented, Verdict
from sextorsion_kit.text import colon, euros, quoted, semicolon, years

BIG = "font-size:1.15em;line-height:1.45"


def html_text(text: Text, language: Language) -> str:
    return escape(text.in_language(language))


def headline(verdict: Verdict, language: Language) -> str:
    key = "right" if verdict.correct else "partial" if verdict.partial else "wrong"
    return f"<p style='font-weight:bold;font-size:1.2em;margin:0.3em 0'>{label(key, language)}</p>"


def _note_line(question: Question, index: int, note: Note, place: int, language: Language) -> str:
    """One option or step: a mark, its text, what the student did in words, and why."""
    if isinstance(question, SingleChoice):
        correct = question.options[index].correct
        mark = "✔" if correct else "✘"
        said = [label("the_right_one", language)] if correct else []
        said += [label("your_answer", language)] if note.chosen else []
        detail = f" <em>({', '.join(said)})</em>" if said else ""
    elif isinstance(question, MultipleChoice):
        mark = "✔" if note.right else "✘"
        did = label("ticked" if note.chosen else "not_ticked", language)
        should = label(
            "should_tick" if question.options[index].correct else "should_not_tick", language
        )
        detail = f" <em>({did}, {should})</em>"
    else:
        assert isinstance(question, Ordering)
        mark = "✔" if note.right else "✘"
        detail = f" <em>({place + 1}. {_order_detail(question, note, language)})</em>"
    return (
        f"<li><span aria-hidden='true'>{mark}</span> <strong>{html_text(note.subject, language)}</strong>"
        f"{detail}<br>{html_text(note.explanation, language)}</li>"
    )


def _order_detail(question: Ordering, note: Note, language: Language) -> str:
    """Where a step stands: at its place, anywhere, or which rule it breaks."""
    step = [s.text for s in question.steps].index(note.subject)
    if not question.rules:
        where = label("in_place" if note.right else "not_in_place", language)
        return where.format(right=step + 1)
    rules = question.rules_of(step)
    if not rules:
        return label("order_anywhere", language)
    if note.right:
        return label("order_kept", language)
    return label("order_broken", language).format(
        rules=", ".join(rule.rule.in_language(language) for rule in rules)
    )


def feedback_html(shown: Presented, verdict: Verdict, language: Language) -> str:
    """Every option (in the order shown) or step with a mark, what the student did, and why."""
    question = shown.question
    if isinstance(question, TrueFalse):
        answer = label("true" if question.answer else "false", language)
        body = (
            f"<p>{label('answer_is', language).format(answer=answer)}</p>"
            f"<p>{html_text(verdict.notes[0].explanation, language)}</p>"
        )
    else:
        if isinstance(question, Ordering):
            lines = [(i, note, i) for i, note in enumerate(verdict.notes)]
        else:
            lines = [
                (index, verdict.notes[index], place) for place, index in enumerate(shown.order)
            ]
        items = "".join(_note_line(question, i, note, place, language) for i, note, place in lines)
        body = f"<ul style='list-style:none;padding-left:0.2em'>{items}</ul>"
    summary = f"<p>{html_text(verdict.summary, language)}</p>" if verdict.summary else ""
    return f"<div role='status' style='{BIG}'>{headline(verdict, language)}{body}{summary}</div>"


def flag_summary(chat: RedFlagChat, verdict: Verdict, language: Language) -> str:
    flags = sum(message.red_flag for message in chat.messages)
    found = sum(n.chosen and m.red_flag for n, m in zip(verdict.notes, chat.messages, strict=True))
    false_alarms = sum(
        n.chosen and not m.red_flag for n, m in zip(verdict.notes, chat.messages, strict=True)
    )
    return label("flag_score", language).format(
        right=sum(note.right for note in verdict.notes),
        total=len(verdict.notes),
        found=found,
        flags=flags,
        false_alarms=false_alarms,
    )


def render_flag_feedback(chat: RedFlagChat, verdict: Verdict, language: Language) -> str:
    """Why each message is, or is not, a warning sign, with what the student ticked."""
    items = []
    for note, message in zip(verdict.notes, chat.messages, strict=True):
        kind = label("red_flag" if message.red_flag else "ordinary", language)
        did = label("ticked" if note.chosen else "not_ticked", language)
        items.append(
            f"<li><span aria-hidden='true'>{'✔' if note.right else '✘'}</span> "
            f"<strong>{escape(message.sender)}</strong>{colon(language)}"
            f"{quoted(escape(message.text.in_language(language)), language)}"
            f" <em>({kind}, {did})</em><br>{escape(message.why.in_language(language))}</li>"
        )
    headline = label(
        "right" if verdict.correct else "partial" if verdict.partial else "wrong", language
    )
    return (
        f"<div role='status' style='{BIG}'><p><strong>{headline}</strong> — "
        f"{flag_summary(chat, verdict, language)}</p>"
        f"<ul style='list-style:none;padding-left:0.2em'>{''.join(items)}</ul></div>"
    )


def render_myth(myth: Myth, revealed: bool, language: Language) -> str:
    statement = f"<p style='{BIG};font-weight:bold;margin:0.6em 0 0.2em'>{quoted(escape(myth.statement.in_language(language)), language)}</p>"
    if not revealed:
        return statement
    verdict = label(myth.verdict, language)
    return (
        f"{statement}<p role='status' style='{BIG};margin:0.2em 0 0.6em'>"
        f"<strong>{verdict}</strong> — {escape(myth.explanation.in_language(language))}</p>"
    )


def result_title(count: int, language: Language) -> str:
    return label("case_result_one" if count == 1 else "case_result", language).format(n=count)


def render_charges(
    charges: list[Charge], ticked: frozenset[str], rules: CaseRules, language: Language
) -> str:
    """The offences the facts could make up, the highest maximum, and what to keep in mind."""
    if not charges:
        return f"<div role='status' style='{BIG}'><p>{label('case_none', language)}</p></div>"
    items = []
    for charge in charges:
        offence = charge.offence
        form = semicolon(language).join(
            label("base_offence", language) if level is offence else tier_text(offence, level, language)
            for level in charge.levels
        )
        items.append(
            f"<li><strong>{label('article_short', language)} {offence.article} · "
            f"{escape(offence.label.in_language(language))}</strong> ({escape(form)}){colon(language)}"
            f"{label('up_to', language)} <strong>{years(charge.prison_years, language)}</strong>"
            f" {label('and', language)} <strong>{euros(charge.fine_eur, language)}</strong><br>"
            f"<span style='color:#333'>{escape(offence.explanation.in_language(language))}</span>"
            "</li>"
        )
    top_prison = heaviest(charges)
    top_fine = max(charges, key=lambda c: (c.fine_eur, c.prison_years))
    minor_offender = "offender_minor" in ticked
    together = label("case_together_adult" if minor_offender else "case_together", language).format(
        prison=years(top_prison.prison_years, language),
        fine=euros(top_fine.fine_eur, language),
        source=rules.concurrent_offences.source,
    )
    notes = [together, label("case_court", language)]
    if minor_offender:
        minor = label("case_minor_offender", language)
        notes.insert(0, minor.format(source=rules.minor_offender.source))
    return (
        f"<div role='status' style='{BIG}'>"
        f"<p><strong>{result_title(len(charges), language)}</strong></p>"
        f"<ul>{''.join(items)}</ul>" + "".join(f"<p>{note}</p>" for note in notes) + "</div>"
    )
