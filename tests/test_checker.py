"""The checker: accepts the kit's content, rejects each bad input with one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sextorsion_kit.__main__ import main
from sextorsion_kit.content import ContentError, load_content, load_file

GOOD_QUIZ = """\
id: mini
title: {fr: Mini quiz, en: Mini quiz}
introduction: {fr: Pour essayer, en: To try}
questions:
  - kind: true_false
    id: payer
    statement: {fr: Payer fait cesser le chantage., en: Paying stops the blackmail.}
    answer: false
    explanation: {fr: "Souvent, il recommence.", en: It often starts again.}
takeaways:
  - {fr: Ce n'est jamais ta faute., en: It is never your fault.}
  - {fr: "Aide, jour et nuit, 3018, 119, 17Cyber, 3114.", en: "Help, day and night, 3018, 119, 17Cyber, 3114."}
"""


def run_check(*paths: str, cwd: Path) -> tuple[int, list[str]]:
    """Run the checker as a user would, in a subprocess; return exit code and stdout lines."""
    done = subprocess.run(
        [sys.executable, "-m", "sextorsion_kit", "check", *paths],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, done.stdout.splitlines()


@pytest.fixture()
def quizzes(tmp_path: Path) -> Path:
    folder = tmp_path / "anywhere" / "quizzes"
    folder.mkdir(parents=True)
    return folder


def test_the_repository_content_is_accepted(capsys):
    assert main(["check"]) == 0
    assert capsys.readouterr().out == ""


def test_a_good_quiz_anywhere_in_a_quizzes_folder_is_accepted(quizzes: Path):
    (quizzes / "mini.yaml").write_text(GOOD_QUIZ, encoding="utf-8")
    code, lines = run_check("anywhere/quizzes/mini.yaml", cwd=quizzes.parent.parent)
    assert (code, lines) == (0, [])


BAD_INPUTS = {
    "syntax": (b"id: [mini,\n", "line 2, column 1: YAML syntax error"),
    "empty": (b"", "file: empty file"),
    "blank": (b"\n  \n# only a comment\n", "file: empty file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00", "file: binary file, expected YAML text"),
    "unknown_key": (
        GOOD_QUIZ.replace("takeaways:", "colour: red\ntakeaways:").encode(),
        "colour (line 10): unknown key 'colour'",
    ),
    "missing_english": (
        GOOD_QUIZ.replace(
            "title: {fr: Mini quiz, en: Mini quiz}", "title: {fr: Mini quiz}"
        ).encode(),
        "title.en (line 2): missing 'en' text",
    ),
    "list_for_text": (
        GOOD_QUIZ.replace("{fr: Pour essayer, en: To try}", "[Pour essayer, To try]").encode(),
        "introduction (line 3): expected a text in both languages {fr: ..., en: ...}, got a list",
    ),
    "list_for_words": (
        GOOD_QUIZ.replace("en: To try", "en: [To, try]").encode(),
        "introduction.en (line 3): expected a text, got a list",
    ),
    "latin1": (
        GOOD_QUIZ.replace("Ce n'est jamais", "Café: ce n'est jamais").encode("latin-1"),
        "line 11: not UTF-8 text",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_each_bad_input_gets_one_clear_line_naming_the_file(quizzes: Path, case: str):
    content, expected = BAD_INPUTS[case]
    (quizzes / f"{case}.yaml").write_bytes(content)
    code, lines = run_check(f"anywhere/quizzes/{case}.yaml", cwd=quizzes.parent.parent)
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"anywhere/quizzes/{case}.yaml: ")
    assert expected in lines[0]


def test_every_problem_of_a_file_is_listed_and_good_files_are_silent(quizzes: Path):
    (quizzes / "good.yaml").write_text(GOOD_QUIZ, encoding="utf-8")
    broken = GOOD_QUIZ.replace("answer: false", "answer: maybe").replace(
        "id: mini", "id: Mini Quiz"
    )
    (quizzes / "broken.yaml").write_text(broken, encoding="utf-8")
    code, lines = run_check("anywhere/quizzes", cwd=quizzes.parent.parent)
    assert code == 1
    assert [line.split(":")[0] for line in lines] == ["anywhere/quizzes/broken.yaml"] * 2
    assert any(line.startswith("anywhere/quizzes/broken.yaml: id (line 1):") for line in lines)
    assert any("questions[0].answer (line 8)" in line for line in lines)


def test_data_files_are_known_by_name(tmp_path: Path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "resources.yaml").write_text("- id: x\n", encoding="utf-8")
    (tmp_path / "data" / "recettes.yaml").write_text("- id: x\n", encoding="utf-8")
    code, lines = run_check("data/resources.yaml", "data/recettes.yaml", cwd=tmp_path)
    assert code == 1
    assert lines[0] == "data/resources.yaml: [0].name (line 1): missing key 'name'"
    assert lines[-1].startswith("data/recettes.yaml: file: unknown kind of content")


def test_duplicate_ids_are_refused(quizzes: Path):
    question = GOOD_QUIZ.split("questions:\n")[1].split("takeaways:")[0]
    doubled = GOOD_QUIZ.replace("takeaways:", question + "takeaways:")
    (quizzes / "twice.yaml").write_text(doubled, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_file(quizzes / "twice.yaml")
    assert [p.what for p in caught.value.problems] == ["duplicate id 'payer'"]


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path: Path):
    code, lines = run_check("quizzes/nowhere.yaml", cwd=tmp_path)
    assert (code, lines) == (1, ["quizzes/nowhere.yaml: file: no such file"])


def test_nothing_is_half_loaded(tmp_path: Path):
    """One bad file among good ones: loading the content fails whole, naming that file."""
    root = tmp_path / "kit"
    repository = Path(__file__).resolve().parents[1]
    for folder in ("data", "quizzes"):
        (root / folder).mkdir(parents=True)
        for path in (repository / folder).glob("*.yaml"):
            (root / folder / path.name).write_bytes(path.read_bytes())
    (root / "quizzes" / "mini.yaml").write_text(GOOD_QUIZ, encoding="utf-8")
    assert "mini" in load_content(root).quizzes
    (root / "data" / "statistics.yaml").write_text("- id: [\n", encoding="utf-8")
    load_content.cache_clear()
    with pytest.raises(ContentError) as caught:
        load_content(root)
    assert [p.path for p in caught.value.problems] == [str(root / "data" / "statistics.yaml")]
    load_content.cache_clear()


def test_content_error_shows_lines_not_a_traceback_in_ipython():
    error = ContentError([])
    assert error._render_traceback_()[0].startswith("ContentError")


SAMPLE = (Path(__file__).parent / "fixtures" / "quizzes" / "exemple.yaml").read_text("utf-8")
ROLE_PLAY_CASES = {
    "dangling": (
        SAMPLE.replace("next: dur", "next: nulle_part"),
        "scene 'paye', choice 1 leads to 'nulle_part', which does not exist",
    ),
    "unreachable": (
        SAMPLE.replace("next: dur", "next: aide"),
        "scene 'dur' cannot be reached from 'debut'",
    ),
    "loop": (
        SAMPLE.replace(
            'next: aide\n            good: true\n            feedback: {fr: "Oui."',
            'next: debut\n            good: true\n            feedback: {fr: "Oui."',
        ),
        "the scenes debut -> paye -> debut loop: a path that never ends",
    ),
    "duplicate_scene": (
        SAMPLE.replace("- id: dur", "- id: aide"),
        "duplicate id 'aide'",
    ),
    "duplicate_question": (
        SAMPLE.replace("id: etapes", "id: signaux"),
        "duplicate id 'signaux'",
    ),
    "no_ending": (
        SAMPLE.replace(
            "        ending:\n          tone: hard",
            "        choices: []\n        ending_removed:\n          tone: hard",
        ),
        "unknown key 'ending_removed'",
    ),
}


@pytest.mark.parametrize("case", sorted(ROLE_PLAY_CASES))
def test_role_play_and_id_problems_get_a_clear_line(quizzes: Path, case: str):
    text, expected = ROLE_PLAY_CASES[case]
    assert text != SAMPLE
    (quizzes / f"{case}.yaml").write_text(text, encoding="utf-8")
    code, lines = run_check(f"anywhere/quizzes/{case}.yaml", cwd=quizzes.parent.parent)
    assert code == 1
    assert any(expected in line for line in lines), lines
    assert all(line.startswith(f"anywhere/quizzes/{case}.yaml: ") for line in lines)
