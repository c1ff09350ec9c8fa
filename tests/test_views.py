"""The start notebook's views: texts in both languages, the shared language switch."""

from __future__ import annotations

from pathlib import Path

from sextorsion_kit import help_box, language_picker, load_content, notebook_map, set_language
from sextorsion_kit.i18n import get_language


def test_help_box_lists_the_urgent_numbers_before_the_others():
    box = help_box()
    text = box.value
    for number in ("17", "3018", "119", "17cyber.gouv.fr"):
        assert number in text
    assert text.index("En cas de danger immédiat") < text.index("3018") < text.index("Pharos")
    assert "jamais la faute de la victime" in text


def test_every_help_channel_is_shown_with_its_contact():
    text = help_box(abroad=True).value
    for channel in load_content().help_channels:
        assert channel.contact in text, channel.id
        assert channel.purpose.fr.split()[0] in text, channel.id


def test_switching_language_rewrites_widgets_already_shown():
    box, table = help_box(), notebook_map()
    set_language("en")
    assert "It is never the victim's fault" in box.value.replace("&#x27;", "'")
    assert "jamais" not in box.value
    assert "Understanding sextortion" in table.value
    set_language("fr")
    assert "Comprendre la sextorsion" in table.value


def test_language_picker_switches_and_follows():
    picker = language_picker()
    box = help_box()
    assert picker.choices == ["language"] and picker.language == "fr"
    assert picker.labels["language"]["fr"] == "Langue"
    picker.settings.language = "en"  # as the browser sends a click on "English"
    assert get_language() == "en"
    assert "Need help?" in box.value
    set_language("fr")
    assert picker.settings.language == "fr" and picker.language == "fr"


def test_map_marks_notebooks_not_written_yet(tmp_path: Path):
    entries = load_content().notebooks
    (tmp_path / entries[0].file).write_text("{}", encoding="utf-8")
    html = notebook_map(tmp_path).value
    assert f"href='{entries[0].file}'" in html
    assert html.count("bientôt disponible") == len(entries) - 1
    for entry in entries:
        assert f"{entry.minutes} min" in html


def test_a_re_run_view_adds_no_listener_and_a_switch_redraws_nothing(monkeypatch):
    """A cell run twice leaves two charts in ipywidgets' registry: neither listens to Python."""
    from sextorsion_kit import penalty_chart
    from sextorsion_kit.charts import penalties
    from sextorsion_kit.i18n import LANGUAGE

    before = len(LANGUAGE.listeners)
    first, again = penalty_chart("blackmail"), penalty_chart("blackmail")  # the cell re-run
    assert len(LANGUAGE.listeners) == before
    drawn = []
    monkeypatch.setattr(penalties, "prison_figure", lambda *args, **kw: drawn.append(args))
    set_language("en")
    set_language("fr")
    assert drawn == []
    assert first.settings is again.settings  # both follow the page's one settings model
    assert "Maximum penalty" in first.html["en"] and again.value == first.value
