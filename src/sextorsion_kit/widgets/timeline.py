"""The scam timeline as a front-end widget: Python prepares the texts, the browser shows them.

:func:`timeline_data` resolves every stage's texts with
:func:`~sextorsion_kit.logic.stages.stage_texts`, for both age bands, for the general
texts and for every variant, in both languages, and adds the interface labels. Moving
between stages (stage bar, previous/next), choosing a variant and switching language or
age band then run in the browser with no kernel, so the widget also works from saved widget
state in static pages and decks. ``overview=True`` shows the stages at a glance instead
(``stage_overview()``: one warning sign and one thing to do per stage).
"""

from __future__ import annotations

from typing import Any

import traitlets

from ..content import load_content
from ..content.models import AGE_BANDS, AgeBand, Stage, Text
from ..i18n import LANGUAGES
from ..logic.stages import StageTexts, stage_texts
from ..text import colon
from .base import BandedWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet

# Every interface label timeline.js asks for (a test checks the two lists agree).
LABEL_KEYS: tuple[str, ...] = (
    "stages", "stage_of", "previous", "next",
    "what_happens", "chat_excerpt", "warning_signs", "actions",
    "material_variant", "demand_variant",
    "language", "age_band", "band_11_14", "band_15_18",
)  # fmt: skip

# The key of a stage's general texts (no variant chosen), beside its variants' ids.
GENERAL = ""

# The legend of each stage's variant choice.
VARIANT_LEGEND = {"material": "material_variant", "demand": "demand_variant"}


def _text(text: Text) -> dict[str, str]:
    return text.model_dump(mode="json")


def texts_data(texts: StageTexts) -> dict[str, Any]:
    """One stage's resolved texts (one variant, one band) as JSON, in both languages."""
    return {
        "what_happens": _text(texts.what_happens),
        "warning_signs": [_text(sign) for sign in texts.warning_signs],
        "actions": [_text(action) for action in texts.actions],
        "chat": [{"sender": message.sender, "text": _text(message.text)} for message in texts.chat],
        "variant": _text(texts.variant) if texts.variant else None,
    }


def stage_data(stage: Stage) -> dict[str, Any]:
    """A stage for the front end: title, variants, and its texts by band then by variant."""
    choices = [GENERAL, *(variant.id for variant in stage.variants)]
    return {
        "id": stage.id,
        "title": _text(stage.title),
        "variant_legend": VARIANT_LEGEND.get(stage.id) if stage.variants else None,
        "variants": [{"id": v.id, "label": _text(v.label)} for v in stage.variants],
        "texts": {
            band: {
                choice: texts_data(stage_texts(stage, {stage.id: choice}, band))
                for choice in choices
            }
            for band in AGE_BANDS
        },
    }


def timeline_data(stages: list[Stage] | None = None) -> dict[str, Any]:
    """Everything the front end needs: the stages in both languages and both age bands."""
    stages = load_content().stages if stages is None else stages
    return {
        "stages": [stage_data(stage) for stage in stages],
        "labels": labels_in_both(LABEL_KEYS),
        "colon": {lang: colon(lang) for lang in LANGUAGES},
        "language_names": language_names(),
    }


class TimelineWidget(BandedWidget):
    """The six stages in the browser; Python only hands them over with the settings.

    ``stage`` (0 to 5) and ``variants`` ({stage id: variant id}) are what the browser shows
    and are synced back. ``language`` and ``age_band`` are synced both ways with the kit's
    settings, as in :class:`~sextorsion_kit.widgets.quiz.QuizWidget`.
    """

    stages = traitlets.List().tag(sync=True)
    colon = traitlets.Dict().tag(sync=True)
    overview = traitlets.Bool(False).tag(sync=True)
    stage = traitlets.Int(0).tag(sync=True)
    variants = traitlets.Dict().tag(sync=True)

    def __init__(
        self,
        stages: list[Stage] | None = None,
        band: AgeBand | None = None,
        show_settings: bool = True,
        overview: bool = False,
    ):
        self._esm, self._css = bundle("timeline.js"), stylesheet("timeline.css")
        data = timeline_data(stages)
        super().__init__(
            **data,
            band=band,
            show_settings=show_settings,
            overview=overview,
            # A stage with variants starts on its first one.
            variants={s["id"]: s["variants"][0]["id"] for s in data["stages"] if s["variants"]},
        )

    def go_to(self, index: int) -> None:
        """Show stage ``index`` (0 to 5); out-of-range indexes do nothing, as in the view."""
        if 0 <= index < len(self.stages):
            self.stage = index

    def choose_variant(self, stage_id: str, variant_id: str) -> None:
        known = [v["id"] for s in self.stages if s["id"] == stage_id for v in s["variants"]]
        if variant_id not in known:
            raise ValueError(f"stage {stage_id!r} has no variant {variant_id!r}")
        self.variants = {**self.variants, stage_id: variant_id}


def timeline_widget(band: AgeBand | None = None, show_settings: bool = True) -> TimelineWidget:
    """The scam sequence, stage by stage, played in the browser (``show_timeline()``'s twin).

    Without ``band`` the widget follows the session's age band (and its own switch sets it);
    ``show_settings=False`` hides its language and age switches.
    """
    return TimelineWidget(band=band, show_settings=show_settings)


def stage_overview_widget(
    band: AgeBand | None = None, show_settings: bool = False
) -> TimelineWidget:
    """The six stages in one table, in the browser (``stage_overview()``'s twin)."""
    return TimelineWidget(band=band, show_settings=show_settings, overview=True)
