"""What the notebooks show of the law: penalty charts, the sources table, the Loiret figures."""

from __future__ import annotations

from datetime import date
from html import escape

from ..content import load_content
from ..content.labels import label
from ..content.models import LoiretFigure, Offence, Theme
from ..i18n import Language
from ..logic.law import compare_victims, law_as_of, ordered
from ..text import colon, euros, long_date, semicolon, years
from ..widgets.pickers import BilingualHTML

TABLE = "border-collapse:collapse;font-size:1.05em;line-height:1.4;max-width:64em"
CELL = "border:1px solid #999;padding:0.35em 0.55em;vertical-align:top;text-align:left"


def _offences(theme: Theme | None) -> tuple[list[Offence], date]:
    penalties = load_content().penalties
    return ordered(penalties, theme), law_as_of(penalties)


def _offence_chart(theme: Theme | None, drawn: str) -> BilingualHTML:
    """A chart of the offences of ``theme``: ``"prison"`` years or ``"fines"``, with its text."""
    offences, as_of = _offences(theme)

    def render(language: Language) -> str:
        from ..charts import penalties as charts

        figure, alternative = {
            "prison": (charts.prison_figure, charts.prison_alternative),
            "fines": (charts.fines_figure, charts.fines_alternative),
        }[drawn]
        return charts.penalty_figure_html(
            figure(offences, language, as_of), alternative(offences, language), as_of, language
        )

    return BilingualHTML(render)


def penalty_chart(theme: Theme | None = None) -> BilingualHTML:
    """Maximum prison terms per offence (of one theme, or all), base and aggravated tiers."""
    return _offence_chart(theme, "prison")


def fines_chart(theme: Theme | None = None) -> BilingualHTML:
    """Maximum fines per offence, on a scale of powers of ten."""
    return _offence_chart(theme, "fines")


def minor_victim_chart() -> BilingualHTML:
    """The same facts against an adult, a 15-17 and an under-15 victim."""
    content = load_content()
    comparison = compare_victims(content.penalties, content.case_facts)
    as_of = law_as_of(content.penalties)

    def render(language: Language) -> str:
        from ..charts.penalties import penalty_figure_html, victim_alternative, victim_figure

        example = content.case_facts.example.title.in_language(language)
        figure = victim_figure(comparison, language, as_of)
        alternative = victim_alternative(comparison, language)
        return (
            f"<p style='font-size:1.15em;max-width:52em'><strong>{label('example_case', language)}"
            f"</strong> {escape(example)}</p>"
            + penalty_figure_html(figure, alternative, as_of, language)
        )

    return BilingualHTML(render)


def _penalty(prison: int, fine: int, language: Language) -> str:
    return f"{years(prison, language)}, {euros(fine, language)}"


def render_sources(offences: list[Offence], language: Language) -> str:
    """Article, what it punishes, maximum penalties, version read and sources, per offence."""
    heads = ("law_article", "law_offence", "law_base", "law_tiers", "law_version", "source")
    rows = []
    for o in offences:
        tiers = "".join(
            f"<li>{escape(t.when.in_language(language))} "
            f"<strong>{_penalty(t.prison_years, t.fine_eur, language)}</strong>"
            + (f" ({label('article_short', language)} {t.article})" if t.article else "")
            + "</li>"
            for t in o.tiers
        )
        since = label("law_since", language).format(date=long_date(o.in_force_since, language))
        if not o.date_confirmed:
            since = (
                label("law_in_force_on", language).format(
                    date=long_date(o.in_force_since, language)
                )
                + f" <em>({label('law_to_check', language)})</em>"
            )
        links = " ".join(
            f"<a href='{escape(url)}'>[{n}]</a>" for n, url in enumerate(o.sources, start=1)
        )
        rows.append(
            f"<tr><td style='{CELL};white-space:nowrap'><strong>{o.article}</strong></td>"
            f"<td style='{CELL}'><strong>{escape(o.label.in_language(language))}</strong><br>"
            f"{escape(o.explanation.in_language(language))}</td>"
            f"<td style='{CELL}'>{_penalty(o.prison_years, o.fine_eur, language)}</td>"
            f"<td style='{CELL}'><ul style='margin:0;padding-left:1.1em'>{tiers}</ul></td>"
            f"<td style='{CELL}'>{since}<br><small>{escape(o.version)}</small></td>"
            f"<td style='{CELL}'>{links}</td></tr>"
        )
    header = "".join(f"<th style='{CELL}' scope='col'>{label(h, language)}</th>" for h in heads)
    return (
        f"<table style='{TABLE}'><caption style='text-align:left;font-size:1.1em'>"
        f"{label('law_table_caption', language)}</caption><thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def law_sources(theme: Theme | None = None) -> BilingualHTML:
    """The table of offences with their maximum penalties, version and sources."""
    offences, _as_of = _offences(theme)
    return BilingualHTML(lambda language: render_sources(offences, language))


def render_loiret(figures: list[LoiretFigure], penalties: list[Offence], language: Language) -> str:
    """Each figure of the Loiret alert (data/loiret_figures.yaml), with its article and tiers."""
    by_article = {o.article: o for o in penalties}
    items = []
    for figure in figures:
        article = figure.article
        offence = by_article[article]
        tiers = [t for t in offence.tiers if t.id in figure.tiers]
        detail = semicolon(language).join(
            f"{label('article_short', language)} {t.article or article}{colon(language)}"
            f"{escape(t.when.in_language(language))} <strong>"
            f"{_penalty(t.prison_years, t.fine_eur, language)}</strong>"
            for t in tiers
        )
        items.append(
            f"<li><strong>{escape(figure.quote.in_language(language), quote=False)}</strong>"
            f"<br>{detail}<br>"
            f"<small>{label('law_base', language)} ({label('article_short', language)} "
            f"{article}){colon(language)}{_penalty(offence.prison_years, offence.fine_eur, language)}"
            "</small></li>"
        )
    return f"<ul style='font-size:1.15em;line-height:1.5;max-width:52em'>{''.join(items)}</ul>"


def loiret_figures() -> BilingualHTML:
    """The Loiret police figures, explained article by article."""
    content = load_content()
    return BilingualHTML(
        lambda language: render_loiret(content.loiret_figures, content.penalties, language)
    )
