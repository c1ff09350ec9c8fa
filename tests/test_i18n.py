import subprocess
import sys

import pytest

from sextorsion_kit import i18n


def test_french_is_the_default_without_setting():
    code = "from sextorsion_kit import get_language; print(get_language())"
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "fr"


def test_environment_variable_selects_english():
    code = "from sextorsion_kit import get_language; print(get_language())"
    env = {"PATH": "/usr/bin:/bin", i18n.ENV_VARIABLE: "en"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "en"


def test_unknown_language_is_refused_and_nothing_changes():
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("de")
    assert i18n.get_language() == "fr"


def test_listeners_hear_each_switch_once():
    heard = []
    i18n.on_language_change(heard.append)
    i18n.set_language("en")
    i18n.set_language("en")
    i18n.set_language("fr")
    assert heard == ["en", "fr"]


def test_bound_method_listener_is_dropped_with_its_owner():
    class Owner:
        def __init__(self):
            self.heard = []

        def hear(self, language):
            self.heard.append(language)

    owner = Owner()
    i18n.on_language_change(owner.hear)
    i18n.set_language("en")
    assert owner.heard == ["en"]
    del owner
    before = len(i18n.LANGUAGE.listeners)
    i18n.set_language("fr")
    assert len(i18n.LANGUAGE.listeners) == before - 1
