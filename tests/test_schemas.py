"""The JSON Schemas authors' editors use are current and accept (or refuse) what the loader does."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from sextorsion_kit.content import content_files, kind_of
from sextorsion_kit.content.schemas import schema_text, schemas

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "schemas"


def as_json(path: Path) -> object:
    """The YAML file as an editor sees it: dates are strings."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_the_committed_schemas_are_those_of_the_models():
    fresh = {f"{name}.schema.json": schema_text(s) for name, s in schemas().items()}
    committed = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.schema.json")}
    assert committed == fresh, "schemas/ is stale: run `python -m sextorsion_kit schemas`"


@pytest.mark.parametrize("path", content_files(ROOT), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_content_file_matches_its_schema(path: Path):
    jsonschema.validate(as_json(path), schemas()[kind_of(path)])


def test_the_quiz_schema_refuses_an_unknown_key_and_a_missing_language():
    quiz = as_json(ROOT / "quizzes" / "reagir.yaml")
    schema = schemas()["quiz"]
    with_typo = copy.deepcopy(quiz) | {"titel": "typo"}
    with pytest.raises(jsonschema.ValidationError, match="titel"):
        jsonschema.validate(with_typo, schema)
    no_english = copy.deepcopy(quiz)
    del no_english["title"]["en"]
    with pytest.raises(jsonschema.ValidationError, match="'en' is a required property"):
        jsonschema.validate(no_english, schema)


def test_the_editor_settings_point_every_file_kind_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapped = {Path(key).name for key in settings["yaml.schemas"]}
    assert mapped == {p.name for p in FOLDER.glob("*.schema.json")}
