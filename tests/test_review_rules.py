"""Rules from the child-protection review: typography, links, names, crisis lines, order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kit_copies import copy_content, replace_in

from sextorsion_kit.build.checks import link_problems, name_problems, notebook_spacing_problems
from sextorsion_kit.build.student import prepare_student_folder
from sextorsion_kit.content import ContentError, load_content, load_file
from sextorsion_kit.content.models import Ordering
from sextorsion_kit.logic.quiz import check_order
from sextorsion_kit.text import NARROW_NBSP, spacing_problems, typeset

ROOT = Path(__file__).resolve().parents[1]
N = NARROW_NBSP


@pytest.fixture()
def kit(tmp_path: Path) -> Path:
    """A copy of the kit's content, with one small notebook, to break on purpose."""
    copy_content(tmp_path)
    (tmp_path / "notebooks").mkdir()
    notebook = {
        "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Titre\u202f: ok"}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (tmp_path / "notebooks" / "01_essai.ipynb").write_text(json.dumps(notebook), "utf-8")
    return tmp_path


# --- typography --------------------------------------------------------------------


def test_french_gets_narrow_no_break_spaces_and_english_none():
    assert typeset("Ton choix : « Bonjour ! »", "fr") == f"Ton choix{N}: «{N}Bonjour{N}!{N}»"
    assert typeset("Your choice : « Hi ! »", "en") == 'Your choice: "Hi!"'
    assert typeset("https://www.3018.fr/?a=1 : ok", "fr") == f"https://www.3018.fr/?a=1{N}: ok"


def test_spacing_problems_name_what_is_wrong():
    assert spacing_problems(f"Besoin d'aide{N}?", "fr") == []
    assert "plain space before '?'" in spacing_problems("Besoin d'aide ?", "fr")[0]
    assert spacing_problems("«Oui»", "fr")[0].startswith("no space inside « »")
    assert spacing_problems("Need help ?", "en") == ["space before '?' in English"]
    assert spacing_problems("« Hi »", "en") == ["« » in English: use quotation marks"]


def test_the_checker_flags_a_plain_space_with_its_line(kit: Path):
    myths = kit / "data" / "myths.yaml"
    text = myths.read_text(encoding="utf-8")
    assert f"{N}:" in text or f"{N}?" in text or f"{N}»" in text
    myths.write_text(text.replace(f"{N}", " ", 1), encoding="utf-8")
    from sextorsion_kit.content import check

    [problem] = [p for p in check([myths]) if "plain space" in p.what]
    assert problem.path.endswith("myths.yaml") and "(line " in problem.where


def test_notebook_prose_is_checked_french_and_english(kit: Path):
    notebook = kit / "notebooks" / "01_essai.ipynb"
    data = json.loads(notebook.read_text("utf-8"))
    data["cells"] += [
        {"cell_type": "markdown", "metadata": {}, "source": "Pour qui ? `a : b`"},
        {"cell_type": "markdown", "metadata": {}, "source": "## In English\n\nWho ? Pupils."},
    ]
    notebook.write_text(json.dumps(data), "utf-8")
    problems = notebook_spacing_problems(kit)
    assert [(p.where, p.what.split(" (")[0]) for p in problems] == [
        ("cell 1", "plain space before '?'"),
        ("cell 2", "space before '?' in English"),
    ]


# --- links -------------------------------------------------------------------------


def test_the_kit_links_only_to_reviewed_sites():
    assert link_problems() == []


def test_an_unreviewed_host_gets_one_line_per_file_and_host(kit: Path):
    replace_in(
        kit / "data" / "resources.yaml",
        "source: https://3114.fr",
        "source: https://celibaland.com/2024/10/31/sextorsion",
    )
    notebook = kit / "notebooks" / "01_essai.ipynb"
    data = json.loads(notebook.read_text("utf-8"))
    data["cells"].append(
        {
            "cell_type": "code",
            "metadata": {},
            "source": "kit.help_box()",
            "outputs": [{"output_type": "display_data", "data": {"text/html": (
                "<a href='https://celibaland.com/a'>a</a> <a href='https://celibaland.com/b'>b</a>"
                " <a href='https://www.3018.fr'>3018</a>"
            )}, "metadata": {}}],
            "execution_count": 1,
        }
    )
    notebook.write_text(json.dumps(data), "utf-8")
    problems = link_problems(kit)
    assert sorted((p.path, p.what.split(",")[0]) for p in problems) == [
        ("data/resources.yaml", "link to celibaland.com"),
        ("notebooks/01_essai.ipynb", "link to celibaland.com"),
    ]
    assert "data/reviewed_hosts.yaml" in problems[0].what


def test_a_reviewed_path_does_not_open_the_whole_host(kit: Path):
    replace_in(
        kit / "data" / "resources.yaml",
        "source: https://3114.fr",
        "source: https://github.com/someone/else",
    )
    [problem] = link_problems(kit)
    assert "github.com" in problem.what


# --- character names -----------------------------------------------------------------


def test_each_name_is_one_character_across_the_kit():
    assert name_problems() == []


def test_a_name_reused_in_another_story_is_refused(kit: Path):
    cast = load_content.__wrapped__(kit).characters
    stages_names = [c.name for c in cast if c.story == "data/stages.yaml" and c.name.isalpha()]
    quiz_names = [c for c in cast if c.story.startswith("quizzes/") and c.name.isalpha()]
    borrowed = quiz_names[0]
    replace_in(kit / "data" / "stages.yaml", f'"{stages_names[0]}"', f'"{borrowed.name}"')
    problems = [p for p in name_problems(kit) if p.path == "data/stages.yaml"]
    assert any(
        p.where == f"name {borrowed.name!r}" and borrowed.story in p.what for p in problems
    )


def test_an_undeclared_chat_sender_is_refused(kit: Path):
    replace_in(kit / "data" / "red_flags.yaml", 'sender: "Noah_15"', 'sender: "Inconnu_99"')
    problems = name_problems(kit)
    assert any(p.where == "chat sender 'Inconnu_99'" for p in problems)


# --- crisis lines ------------------------------------------------------------------


def test_a_hard_ending_without_the_3114_is_refused(tmp_path: Path):
    source = ROOT / "tests" / "fixtures" / "quizzes" / "exemple.yaml"
    quiz = tmp_path / "quizzes" / "exemple.yaml"
    quiz.parent.mkdir()
    text = source.read_text("utf-8").replace(", et le 3114 si tout devient trop lourd", "")
    quiz.write_text(text, "utf-8")
    with pytest.raises(ContentError) as raised:
        load_file(quiz)
    assert "must give the 3114" in raised.value.problems[0].what


def test_student_pages_open_with_the_right_now_box_and_keep_no_adult_notes(tmp_path: Path):
    for path in prepare_student_folder(tmp_path / "eleves"):
        cells = json.loads(path.read_text("utf-8"))["cells"]
        kinds = [c.get("metadata", {}).get("slideshow", {}).get("slide_type") for c in cells]
        assert "notes" not in kinds
        assert not any("Notes pour l'adulte" in "".join(c["source"]) for c in cells)
    first_two = sorted((tmp_path / "eleves").glob("*.ipynb"))[:2]
    for path in first_two:
        sources = ["".join(c["source"]) for c in json.loads(path.read_text("utf-8"))["cells"]]
        assert any("right_now_box()" in source for source in sources[:3]), path.name


# --- ordering: only the real rules count ------------------------------------------------


def the_order_question() -> Ordering:
    question = next(
        q for q in load_content().quizzes["reagir"].questions if q.id == "dans-quel-ordre"
    )
    assert isinstance(question, Ordering) and question.rules
    return question


def order_of(question: Ordering, *step_ids: str) -> tuple[int, ...]:
    ids = [step.id for step in question.steps]
    return tuple(ids.index(step_id) for step_id in step_ids)


def test_telling_an_adult_first_is_fully_right():
    question = the_order_question()
    free = [s.id for i, s in enumerate(question.steps) if not question.rules_of(i)]
    assert "adult" in free
    listed = [s.id for s in question.steps]
    adult_first = ["adult", *(s for s in listed if s != "adult")]
    adult_last = [*(s for s in listed if s != "adult"), "adult"]
    for order in (adult_first, adult_last):
        verdict = check_order(question, order_of(question, *order))
        assert verdict.correct and verdict.score == 1.0


def block_before_evidence(question: Ordering):
    """The listed order with "block" and "evidence" swapped, checked."""
    listed = [s.id for s in question.steps]
    a, b = listed.index("evidence"), listed.index("block")
    listed[a], listed[b] = listed[b], listed[a]
    return check_order(question, order_of(question, *listed))


def test_blocking_before_keeping_evidence_breaks_that_rule_only():
    question = the_order_question()
    verdict = block_before_evidence(question)
    assert not verdict.correct and 0 < verdict.score < 1
    wrong = {note.subject.fr for note in verdict.notes if not note.right}
    by_id = {s.id: s.text.fr for s in question.steps}
    assert by_id["evidence"] in wrong and by_id["block"] in wrong
    assert by_id["adult"] not in wrong


def test_rules_must_name_steps_listed_in_a_right_order(tmp_path: Path):
    source = (ROOT / "quizzes" / "reagir.yaml").read_text("utf-8")
    folder = tmp_path / "quizzes"
    folder.mkdir()
    broken = source.replace(
        "before: evidence\n        after: block", "before: block\n        after: evidence", 1
    )
    assert broken != source
    (folder / "reagir.yaml").write_text(broken, "utf-8")
    with pytest.raises(ContentError) as raised:
        load_file(folder / "reagir.yaml")
    assert "not listed in a right order" in raised.value.problems[0].what


def test_the_order_feedback_says_which_rule_a_step_breaks_and_which_step_is_free():
    from oracles import feedback_html

    from sextorsion_kit.logic.quiz import Presented

    question = the_order_question()
    verdict = block_before_evidence(question)
    shown = Presented(question, tuple(range(len(question.steps))))
    html = feedback_html(shown, verdict, "fr")
    assert "peut venir à n'importe quel moment" in html
    assert "garder les preuves avant de bloquer" in html
