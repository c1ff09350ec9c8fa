"""The Moodle export: every file read back keeps each question's text, options, answers, feedback."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gift_reader import read_gift

from sextorsion_kit.build.moodle import BANK, exported_questions, fractions, write_bank
from sextorsion_kit.content import load_content, load_file
from sextorsion_kit.content.models import (
    MultipleChoice,
    Ordering,
    Quiz,
    RolePlay,
    SingleChoice,
    TrueFalse,
)

QUIZZES = list(load_content().quizzes.values())
LANGUAGES = ("fr", "en")


def plain(markup: str | None) -> str:
    """The text of a bit of exported HTML."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup or "")).strip()


@pytest.fixture(scope="module")
def bank(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("moodle")
    return {w.path.name: w.path for w in write_bank(QUIZZES, folder)}


def xml_questions(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    assert root.tag == "quiz"
    return {
        q.findtext("name/text"): q for q in root.findall("question") if q.get("type") != "category"
    }


def expected(quiz: Quiz):
    return {f"{quiz.id}/{q.id}": q for q in exported_questions(quiz)}


# --- what is exported -------------------------------------------------------------------


def test_one_file_per_quiz_and_language_plus_the_bank_gift_and_matching(bank):
    names = set(bank)
    for language in LANGUAGES:
        for quiz in QUIZZES:
            assert (f"{quiz.id}_{language}.xml" in names) == bool(exported_questions(quiz))
        for name in (f"{BANK}_{language}.xml", f"{BANK}_{language}.gift.txt"):
            assert name in names
        assert f"ordre_matching_{language}.xml" in names


def test_role_plays_and_the_bystander_dilemma_stay_out():
    dilemma = load_content().quizzes["dilemme_temoin"]
    assert not dilemma.moodle and exported_questions(dilemma) == []
    for quiz in QUIZZES:
        assert not any(isinstance(q, RolePlay) for q in exported_questions(quiz))


# --- Moodle XML, read back ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_xml_bank_keeps_every_text_answer_and_feedback(bank, language):
    found = xml_questions(bank[f"{BANK}_{language}.xml"])
    wanted = {name: (quiz, q) for quiz in QUIZZES for name, q in expected(quiz).items()}
    assert set(found) == set(wanted)
    for name, element in found.items():
        quiz, question = wanted[name]
        general = plain(element.findtext("generalfeedback/text"))
        assert quiz.takeaways[-1].in_language(language) in general, name
        assert element.findtext("idnumber") == f"sxk-{quiz.id}-{question.id}-{language}"
        answers = element.findall("answer")
        if isinstance(question, SingleChoice | MultipleChoice):
            assert element.get("type") == "multichoice"
            assert plain(element.findtext("questiontext/text")) == question.prompt.in_language(
                language
            )
            single = element.findtext("single") == "true"
            assert single == isinstance(question, SingleChoice)
            assert len(answers) == len(question.options)
            weights = []
            for answer, option in zip(answers, question.options, strict=True):
                assert plain(answer.findtext("text")) == option.text.in_language(language)
                assert plain(answer.findtext("feedback/text")) == option.feedback.in_language(
                    language
                )
                weights.append(float(answer.get("fraction")))
                assert (weights[-1] > 0) == option.correct
            positive = sum(w for w in weights if w > 0)
            assert positive == pytest.approx(100, abs=0.01)
            if not single:
                assert sum(w for w in weights if w < 0) == pytest.approx(-100, abs=0.01)
        elif isinstance(question, TrueFalse):
            assert element.get("type") == "truefalse"
            assert plain(element.findtext("questiontext/text")) == question.statement.in_language(
                language
            )
            right = next(a for a in answers if a.get("fraction") == "100").findtext("text")
            assert right == ("true" if question.answer else "false")
            for answer in answers:
                assert plain(answer.findtext("feedback/text")) == question.explanation.in_language(
                    language
                )
        else:
            assert isinstance(question, Ordering) and element.get("type") == "ordering"
            steps = sorted(answers, key=lambda a: int(a.get("fraction")))
            assert [plain(a.findtext("text")) for a in steps] == [
                s.text.in_language(language) for s in question.steps
            ]
            for step in question.steps:
                assert step.why.in_language(language) in general
            assert question.explanation.in_language(language) in general


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_quiz_file_holds_its_own_questions_in_categories_by_quiz_and_ages(bank, language):
    for quiz in QUIZZES:
        if not exported_questions(quiz):
            continue
        path = bank[f"{quiz.id}_{language}.xml"]
        assert set(xml_questions(path)) == set(expected(quiz))
        categories = [
            q.findtext("category/text")
            for q in ET.parse(path).getroot().findall("question")
            if q.get("type") == "category"
        ]
        title = quiz.title.in_language(language)
        assert categories and all(
            c.startswith(f"$course$/Sextorsion/{title}/") and c.rsplit("/", 1)[1] in
            ("11-14", "15-18", "11-18")
            for c in categories
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_matching_fallback_pairs_each_step_with_its_place(bank, language):
    found = xml_questions(bank[f"ordre_matching_{language}.xml"])
    orderings = {n: q for quiz in QUIZZES for n, q in expected(quiz).items() if q.kind == "order"}
    assert set(found) == set(orderings)
    for name, element in found.items():
        pairs = [
            (plain(s.findtext("text")), s.findtext("answer/text"))
            for s in element.findall("subquestion")
        ]
        steps = orderings[name].steps
        assert pairs == [(s.text.in_language(language), str(i)) for i, s in enumerate(steps, 1)]


# --- GIFT, read back --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_gift_bank_keeps_every_text_answer_and_feedback(bank, language):
    read = read_gift(bank[f"{BANK}_{language}.gift.txt"].read_text("utf-8"))
    wanted = {
        name: (quiz, q)
        for quiz in QUIZZES
        for name, q in expected(quiz).items()
        if not isinstance(q, Ordering)
    }
    assert {q.name for q in read} == set(wanted)
    for gift in read:
        quiz, question = wanted[gift.name]
        assert gift.category and gift.category.startswith("$course$/Sextorsion/")
        assert plain(gift.general_feedback) == quiz.takeaways[-1].in_language(language)
        if isinstance(question, TrueFalse):
            assert plain(gift.text) == question.statement.in_language(language)
            assert gift.truth == question.answer
            why = question.explanation.in_language(language)
            assert plain(gift.feedback_wrong) == why and plain(gift.feedback_right) == why
            continue
        assert plain(gift.text) == question.prompt.in_language(language)
        assert [plain(a.text) for a in gift.answers] == [
            o.text.in_language(language) for o in question.options
        ]
        assert [plain(a.feedback) for a in gift.answers] == [
            o.feedback.in_language(language) for o in question.options
        ]
        if isinstance(question, SingleChoice):
            assert [a.weight == 100 for a in gift.answers] == [o.correct for o in question.options]
        else:
            assert [a.weight for a in gift.answers] == pytest.approx(fractions(question), abs=1e-4)


# --- texts that would break a naive export ----------------------------------------------------

TRICKY_QUIZ = """\
id: piege
title: {fr: "Quiz {piège} : 1/2", en: "Quiz {trap}: 1/2"}
introduction: {fr: "a", en: "a"}
questions:
  - kind: single
    id: signes
    prompt: {fr: "Que vaut ~a = #b {c} \\\\ d : e ? <b>&amp;</b> ]]> fin", en: "What is ~a = #b {c} \\\\ d: e? <b>&amp;</b> ]]> end"}
    options:
      - {text: {fr: "=oui #1 {x}", en: "=yes #1 {x}"}, correct: true, feedback: {fr: "a:b ~c", en: "a:b ~c"}}
      - {text: {fr: "~non ]]> <i>", en: "~no ]]> <i>"}, correct: false, feedback: {fr: "#### pas ça", en: "#### not that"}}
      - {text: {fr: "%50% peut-être", en: "%50% maybe"}, correct: false, feedback: {fr: "« {} »", en: "'{}'"}}
  - kind: true_false
    id: vrai
    statement: {fr: "Vrai # ou = faux ?", en: "True # or = false?"}
    answer: true
    explanation: {fr: "Oui : {TRUE}", en: "Yes: {TRUE}"}
takeaways:
  - {fr: "Aide : 3018, 119, 17Cyber, 3114 #~=", en: "Help: 3018, 119, 17Cyber, 3114 #~="}
"""


def test_special_characters_survive_both_formats(tmp_path: Path):
    source = tmp_path / "quizzes" / "piege.yaml"
    source.parent.mkdir()
    source.write_text(TRICKY_QUIZ, encoding="utf-8")
    quiz = load_file(source)
    written = {w.path.name: w.path for w in write_bank([quiz], tmp_path / "out")}
    for language in LANGUAGES:
        found = xml_questions(written[f"piege_{language}.xml"])
        element = found["piege/signes"]
        assert found["piege/vrai"].get("type") == "truefalse"
        question = quiz.questions[0]
        assert plain(element.findtext("questiontext/text")) == question.prompt.in_language(
            language
        )
        texts = [plain(a.findtext("text")) for a in element.findall("answer")]
        assert texts == [o.text.in_language(language) for o in question.options]
        read = read_gift(written[f"{BANK}_{language}.gift.txt"].read_text("utf-8"))
        single, true_false = read
        assert plain(single.text) == question.prompt.in_language(language)
        assert [plain(a.text) for a in single.answers] == texts
        assert [plain(a.feedback) for a in single.answers] == [
            o.feedback.in_language(language) for o in question.options
        ]
        assert [a.weight for a in single.answers] == [100, 0, 0]
        assert plain(single.general_feedback) == quiz.takeaways[-1].in_language(language)
        assert true_false.truth is True
        assert plain(true_false.text) == quiz.questions[1].statement.in_language(language)
        assert plain(true_false.feedback_right) == quiz.questions[1].explanation.in_language(
            language
        )
        title = quiz.title.in_language(language).replace("/", "//")
        assert single.category == f"$course$/Sextorsion/{title}/11-18"


def test_cdata_keeps_a_closing_sequence_inside_the_text():
    from sextorsion_kit.build.moodle import cdata

    element = ET.fromstring(f"<text>{cdata('a ]]> b')}</text>")
    assert element.text == "a ]]> b"
