""" "What happened?": tick the facts of a fictional case, see the offences and their maxima."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import CaseFacts, CaseRules, Offence
from ..i18n import Language, get_language, on_language_change
from ..logic.law import Charge, charges_for, heaviest, law_as_of, ordered, tier_text
from ..text import colon, euros, semicolon, years
from .ui import kit_style, styled

BIG = "font-size:1.15em;line-height:1.45"


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


class CaseExplorer(widgets.VBox):
    """Checkboxes for the facts; "What does the law say?" lists offences and highlights bars."""

    def __init__(self, offences: list[Offence], case_facts: CaseFacts):
        super().__init__(layout=widgets.Layout(max_width="60em"))
        self.offences = ordered(offences)
        self.case_facts = case_facts
        self.as_of = law_as_of(offences)
        self.intro = widgets.HTML()
        self.group_titles = {group: widgets.HTML() for group in ("acts", "people")}
        self.boxes = {
            fact.id: widgets.Checkbox(
                value=False, indent=False, layout=widgets.Layout(width="100%")
            )
            for fact in case_facts.facts
        }
        self.show_button = widgets.Button(button_style="primary")
        self.clear_button = widgets.Button()
        self.result = widgets.HTML()
        self.chart = widgets.HTML()
        self.charges: list[Charge] | None = None
        self.show_button.on_click(lambda _b: self.show())
        self.clear_button.on_click(lambda _b: self.clear())
        styled(self)
        rows: list[widgets.Widget] = [kit_style(), self.intro]
        for group, title in self.group_titles.items():
            rows.append(title)
            rows += [self.boxes[f.id] for f in case_facts.facts if f.group == group]
        rows += [widgets.HBox([self.show_button, self.clear_button]), self.result, self.chart]
        self.children = rows
        on_language_change(lambda _language: self.render())
        self.render()

    def ticked(self) -> frozenset[str]:
        return frozenset(fact for fact, box in self.boxes.items() if box.value)

    def reached(self) -> frozenset[str]:
        """The chart bars the last shown facts reach."""
        return frozenset(bar for c in self.charges or [] for bar in c.bar_ids)

    def show(self) -> list[Charge]:
        self.charges = charges_for(self.ticked(), self.offences, self.case_facts)
        self.render()
        return self.charges

    def clear(self) -> None:
        for box in self.boxes.values():
            box.value = False
        self.charges = None
        self.render()

    def render(self) -> None:
        language = get_language()
        self.intro.value = f"<p style='{BIG}'>{label('case_intro', language)}</p>"
        for group, title in self.group_titles.items():
            title.value = (
                f"<h4 style='margin:0.6em 0 0.2em'>{label(f'case_{group}', language)}</h4>"
            )
        for fact in self.case_facts.facts:
            self.boxes[fact.id].description = fact.label.in_language(language)
        self.show_button.description = label("case_show", language)
        self.clear_button.description = label("case_clear", language)
        self.clear_button.disabled = self.charges is None and not self.ticked()
        if self.charges is None:
            self.result.value = ""
            self.chart.value = ""
            return
        rules = self.case_facts.rules
        self.result.value = render_charges(self.charges, self.ticked(), rules, language)
        self.chart.value = self._chart_html(language) if self.charges else ""

    def _chart_html(self, language: Language) -> str:
        from ..charts.penalties import penalty_figure_html, prison_alternative, prison_figure

        reached = self.reached()
        figure = prison_figure(self.offences, language, self.as_of, reached)
        alternative = prison_alternative(self.offences, language, reached)
        return penalty_figure_html(figure, alternative, self.as_of, language, "case_chart_caption")


def what_happened() -> CaseExplorer:
    """The "what happened?" exercise on a fictional case."""
    content = load_content()
    return CaseExplorer(content.penalties, content.case_facts)
