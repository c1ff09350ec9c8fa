""" "What happened?" as a front-end widget: tick facts, the browser says what the law says.

:func:`law_data` sends the front end (``js/law.js``) everything it needs, in both languages:
the offences and the case facts (as the content holds them), the interface labels, every
amount already written out (``years``/``euros``), how each tier reads beside its offence,
the prison chart drawn once per language as SVG whose bars carry ids, its text alternative
in pieces, and the help line. The browser then finds the offences with ``chargesFor`` from
``js/rules.js`` (the twin of :mod:`sextorsion_kit.logic.law`), writes the result as
the tests' oracle (tests/oracles.py) does and highlights the bars
reached by toggling classes on the SVG: no kernel round trip, no redraw in Python.
"""

from __future__ import annotations

from typing import Any

import traitlets

from ..content import load_content
from ..content.models import CaseFacts, Offence
from ..i18n import LANGUAGES
from ..logic.law import bar_id, law_as_of, ordered, tier_text
from ..text import colon, euros, semicolon, years
from .base import KitWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet
from .help import help_line

# Every interface label law.js asks for (a test checks the two lists agree).
LABEL_KEYS: tuple[str, ...] = (
    "case_intro", "case_acts", "case_people", "case_clear", "case_none", "case_result_one", "case_result",
    "case_together", "case_together_adult", "case_court", "case_minor_offender",
    "case_chart_caption", "article_short", "base_offence", "up_to", "and", "language",
)  # fmt: skip


def _amounts(offences: list[Offence]) -> tuple[set[int], set[int]]:
    """Every prison term and fine a result can quote (a charge's maxima are a level's)."""
    levels = [level for o in offences for level in (o, *o.tiers)]
    return {level.prison_years for level in levels}, {level.fine_eur for level in levels}


def law_data(offences: list[Offence], case_facts: CaseFacts) -> dict[str, Any]:
    """Everything the front end needs for the "what happened?" exercise, in both languages."""
    # Imported here: charts load matplotlib, which the widget's other users need not load.
    from ..charts.penalties import footnote
    from ..charts.svg import bar_ids, prison_alternative_parts, prison_svg

    offences = ordered(offences)
    as_of = law_as_of(offences)
    prison, fines = _amounts(offences)
    channels = load_content().help_channels
    return {
        "offences": [o.model_dump(mode="json") for o in offences],
        "case_facts": case_facts.model_dump(mode="json"),
        "labels": labels_in_both(LABEL_KEYS),
        "years": {lang: {str(n): years(n, lang) for n in sorted(prison)} for lang in LANGUAGES},
        "euros": {lang: {str(n): euros(n, lang) for n in sorted(fines)} for lang in LANGUAGES},
        "tier_texts": {
            bar_id(o, t): {lang: tier_text(o, t, lang) for lang in LANGUAGES}
            for o in offences
            for t in o.tiers
        },
        "sources": {
            "concurrent_offences": case_facts.rules.concurrent_offences.source,
            "minor_offender": case_facts.rules.minor_offender.source,
        },
        "bars": bar_ids(offences),
        "charts": {lang: prison_svg(offences, lang, as_of) for lang in LANGUAGES},
        "chart_alt": {lang: prison_alternative_parts(offences, lang) for lang in LANGUAGES},
        "footnotes": {lang: footnote(as_of, lang) for lang in LANGUAGES},
        "help_line": {lang: help_line(channels, lang) for lang in LANGUAGES},
        "colon": {lang: colon(lang) for lang in LANGUAGES},
        "semicolon": {lang: semicolon(lang) for lang in LANGUAGES},
        "language_names": language_names(),
    }


class LawWidget(KitWidget):
    """The "what happened?" exercise played in the browser.

    ``language`` is synced both ways with the kit's setting; ``ticked`` holds the facts
    ticked (sent back by the browser, and settable from Python).
    """

    offences = traitlets.List().tag(sync=True)
    case_facts = traitlets.Dict().tag(sync=True)
    years = traitlets.Dict().tag(sync=True)
    euros = traitlets.Dict().tag(sync=True)
    tier_texts = traitlets.Dict().tag(sync=True)
    sources = traitlets.Dict().tag(sync=True)
    bars = traitlets.List().tag(sync=True)
    charts = traitlets.Dict().tag(sync=True)
    chart_alt = traitlets.Dict().tag(sync=True)
    footnotes = traitlets.Dict().tag(sync=True)
    help_line = traitlets.Dict().tag(sync=True)
    colon = traitlets.Dict().tag(sync=True)
    semicolon = traitlets.Dict().tag(sync=True)
    ticked = traitlets.List(traitlets.Unicode()).tag(sync=True)

    def __init__(self, offences: list[Offence], case_facts: CaseFacts, show_settings: bool = True):
        # Read when a widget is made, not at import: the data above needs no front end.
        self._esm, self._css = bundle("law.js"), stylesheet("law.css")
        super().__init__(
            **law_data(offences, case_facts), show_settings=show_settings
        )


def what_happened_widget(show_settings: bool = True) -> LawWidget:
    """The "what happened?" exercise on a fictional case, with no kernel needed once shown."""
    content = load_content()
    return LawWidget(content.penalties, content.case_facts, show_settings=show_settings)
