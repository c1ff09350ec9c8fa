"""data/labels.yaml: both languages alike, one clear line per problem, every key known and used."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from sextorsion_kit.classroom.handlers import REFUSALS
from sextorsion_kit.content import ROOT_VARIABLE, ContentError, check, load_content
from sextorsion_kit.content.labels import label
from sextorsion_kit.content.models import Myth
from sextorsion_kit.logic.law import VICTIM_PROFILES

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "sextorsion_kit"


def code_files() -> list[Path]:
    """The package's Python modules and Jinja templates."""
    return sorted(p for pattern in ("*.py", "*.j2") for p in SOURCE.rglob(pattern))


GOOD = """\
help_line: {fr: "Besoin d'aide\u202f?", en: "Need help?"}
progress: {fr: "Question {n} sur {total}", en: "Question {n} of {total}"}
case_court:
  fr: "Ce sont des <strong>maximums</strong>\u202f: le tribunal choisit la peine."
  en: "These are <strong>maximums</strong>: the court chooses the penalty."
"""

# case: (file text, the key named, where the line points, what it says)
BAD_LABELS = {
    "placeholder_only_in_french": (
        GOOD.replace("Question {n} of {total}", "Question {n}"),
        "progress",
        "progress (line 2)",
        "placeholder {total} only in the French text",
    ),
    "tag_only_in_english": (
        GOOD.replace("des <strong>maximums</strong>", "des maximums"),
        "case_court",
        "case_court (line 4)",
        "HTML tag <strong>, </strong> only in the English text",
    ),
    "missing_language": (
        GOOD.replace(', en: "Need help?"', ""),
        "help_line",
        "help_line.en (line 1)",
        "missing 'en' text",
    ),
    "bad_key": (
        GOOD.replace("help_line:", "Help-Line:"),
        "Help-Line",
        "Help-Line",
        "label key 'Help-Line': use lower-case letters, digits and _",
    ),
    "duplicate_key": (
        GOOD + 'help_line: {fr: "Aide", en: "Help"}\n',
        "help_line",
        "line 6",
        "duplicate key 'help_line'",
    ),
    "plain_space": (
        GOOD.replace("aide\u202f?", "aide ?"),
        "help_line",
        "help_line (line 1)",
        "fr text: plain space before '?'",
    ),
}


def test_a_good_labels_file_is_accepted(kit: Path):
    labels = kit / "data" / "labels.yaml"
    labels.write_text(GOOD, encoding="utf-8")
    assert check([labels]) == []


@pytest.mark.parametrize("case", sorted(BAD_LABELS))
def test_each_bad_label_gives_one_line_naming_the_file_and_the_key(
    kit: Path, case: str, monkeypatch: pytest.MonkeyPatch
):
    text, key, where, what = BAD_LABELS[case]
    labels = kit / "data" / "labels.yaml"
    labels.write_text(text, encoding="utf-8")
    [problem] = check([labels])
    assert problem.path == str(labels)
    assert problem.where.startswith(where), problem
    assert what in problem.what, problem
    assert key in str(problem)
    if case != "plain_space":  # spacing is the checker's rule; loading accepts it
        monkeypatch.setenv(ROOT_VARIABLE, str(kit))
        with pytest.raises(ContentError) as refused:
            load_content.__wrapped__()
        assert refused.value.problems == [problem]


def test_the_checker_prints_the_label_problem_as_one_line(kit: Path):
    text, _key, _where, _what = BAD_LABELS["placeholder_only_in_french"]
    (kit / "data" / "labels.yaml").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sextorsion_kit", "check", "data/labels.yaml"],
        cwd=kit,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "data/labels.yaml: progress (line 2): placeholder {total} only in the French text"
    ]


def test_an_unknown_label_is_a_clear_key_error():
    assert label("help_line", "en") == "Need help?"
    with pytest.raises(KeyError, match=r"unknown label 'no_such_label'.*data/labels.yaml"):
        label("no_such_label")


# --- every key the code asks for exists, every key in the file is asked for ------------

CALL = re.compile(r"""(?<!def )\blabel\(\s*((?:"[^"]*"|'[^']*'|[^"'(),])+)""")
LITERAL = re.compile(r"""(?<![\w])(f?)(["'])([^"']*)\2""")
TEMPLATE_FIELD = re.compile(r"\{[^}]*\}")

# Keys built at run time: a template, and the values the code or the content fills it with.
DYNAMIC = {
    "victim_{}": tuple(VICTIM_PROFILES),  # label(f"victim_{profile}")
    "classroom_refused_{}": REFUSALS,  # label(f"classroom_refused_{reason}")
}
# Functions that call label() for keys their callers give: labels_in_both(LABEL_KEYS).
FORWARDING = {"widgets/base.py": re.compile(r"\blabels_in_both\(\s*(\w+)\s*\)")}
# label(x.attribute): the key is a value of the content.
ATTRIBUTES = {"verdict": get_args(Myth.model_fields["verdict"].annotation)}  # myth.verdict


def _expression_at(source: str, start: int) -> str:
    """The expression from ``start`` to a newline, comma or colon outside brackets."""
    depth, index, quote = 0, start, ""
    while index < len(source):
        char = source[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and char in "\n,:":
            break
        index += 1
    return source[start:index]


def _outcomes(expression: str) -> list[str]:
    """The literals an expression can give: ``"a" if test else "b"`` gives a and b, not the test's."""
    parts = re.split(r"\s(if|else)\s", expression)
    kept = [part for index, part in enumerate(parts) if index == 0 or parts[index - 1] == "else"]
    return [text for part in kept for f, _quote, text in LITERAL.findall(part) if not f]


def _assigned(name: str, source: str) -> list[str]:
    """The literals a variable is given in a file: ``name = ...``, ``for name in ...``."""
    pattern = rf"(?m)^\s*{name}\s*(?::[^=\n]+)?=(?!=)\s*|\bfor\s+{name}\s+in\s+"
    found: list[str] = []
    for match in re.finditer(pattern, source):
        expression = _expression_at(source, match.end()).strip()
        if re.fullmatch(r"\w+", expression) and expression != name:
            found += _assigned(expression, source)
        else:
            found += _outcomes(expression)
    return found


def keys_in_code() -> tuple[dict[str, set[str]], set[str]]:
    """Every key the code asks for, with the files asking, and the templates it fills in."""
    keys: dict[str, set[str]] = {}
    templates: set[str] = set()
    for path in code_files():
        source = path.read_text(encoding="utf-8")
        shown = path.relative_to(SOURCE).as_posix()
        for forwarder in FORWARDING.values():
            for name in forwarder.findall(source):
                for text in _assigned(name, source):
                    keys.setdefault(text, set()).add(shown)
        if shown in FORWARDING:
            continue
        for argument in (match.strip() for match in CALL.findall(source)):
            literals = LITERAL.findall(argument)
            attribute = re.fullmatch(r"[\w.]+\.(\w+)", argument)
            if any(f for f, _quote, _text in literals):
                templates.add(TEMPLATE_FIELD.sub("{}", literals[0][2]))
            elif literals and "+" in argument:
                templates.add(literals[0][2] + "{}")
            elif literals:
                for text in _outcomes(argument):
                    keys.setdefault(text, set()).add(shown)
            elif attribute:
                assert attribute[1] in ATTRIBUTES, f"{shown}: label({argument}): see ATTRIBUTES"
                for value in ATTRIBUTES[attribute[1]]:
                    keys.setdefault(value, set()).add(shown)
            else:
                given = _assigned(argument, source)
                assert given, f"{shown}: label({argument}): no literal key found for it"
                for text in given:
                    keys.setdefault(text, set()).add(shown)
    for template in templates:
        assert template in DYNAMIC, f"label key built as {template!r}: add it to DYNAMIC"
        for value in DYNAMIC[template]:
            keys.setdefault(template.format(value), set()).add(f"template {template}")
    return keys, templates


def test_every_key_the_code_asks_for_is_in_the_labels_file():
    keys, templates = keys_in_code()
    assert templates == set(DYNAMIC)
    assert {"help_title", "case_people", "ending_hard", "victim_under_15", "myth"} <= set(keys)
    missing = {key: where for key, where in keys.items() if key not in load_content().labels}
    assert missing == {}


def test_every_key_in_the_labels_file_is_used_by_the_code():
    """Asked for by label(), or written in the code and passed on (a caption_key argument)."""
    keys, _templates = keys_in_code()
    code = "\n".join(path.read_text(encoding="utf-8") for path in code_files())
    unused = [
        key
        for key in load_content().labels
        if key not in keys and not re.search(rf"""(["']){key}\1""", code)
    ]
    assert unused == []
