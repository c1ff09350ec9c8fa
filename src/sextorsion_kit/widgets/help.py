"""The help box every notebook ends with: where to turn (content guide, section 7)."""

from __future__ import annotations

from html import escape

from ..content import load_content
from ..content.labels import label
from ..content.models import HelpChannel, HelpSeeking
from ..i18n import Language
from ..text import colon, long_date
from .pickers import BilingualHTML

BOX_STYLE = (
    "border:4px solid #0072B2;border-radius:10px;padding:0.8em 1.2em;"
    "font-size:1.15em;line-height:1.45;max-width:52em;background:#f4f9fd;color:#111"
)


def _channel_line(channel: HelpChannel, language: Language) -> str:
    contact = escape(channel.contact)
    if channel.url:
        contact = f'<a href="{escape(channel.url)}" target="_blank" rel="noopener">{contact}</a>'
    name = escape(channel.name.in_language(language))
    purpose = escape(channel.purpose.in_language(language))
    return f"<li><strong>{name}</strong> ({contact}){colon(language)}{purpose}</li>"


def _section(title: str, channels: list[HelpChannel], language: Language) -> str:
    if not channels:
        return ""
    lines = "".join(_channel_line(channel, language) for channel in channels)
    return f"<h4 style='margin:0.6em 0 0.2em'>{escape(title)}</h4><ul style='margin:0'>{lines}</ul>"


def render_help(channels: list[HelpChannel], language: Language, abroad: bool = False) -> str:
    """The help box as HTML: urgent channels first, then the others."""
    in_france = [c for c in channels if c.scope == "france"]
    title = escape(label("help_title", language))
    parts = [
        f"<div role='note' aria-label='{title}' style='{BOX_STYLE}'>",
        f"<h3 style='margin-top:0'>{title}</h3>",
        f"<p>{escape(label('help_intro', language))}</p>",
        _section(label("help_urgent", language), [c for c in in_france if c.urgent], language),
        _section(label("help_other", language), [c for c in in_france if not c.urgent], language),
    ]
    if abroad:
        international = [c for c in channels if c.scope == "international"]
        parts.append(_section(label("help_abroad", language), international, language))
    parts.append(render_stop(load_content().help_seeking, language))
    parts.append(
        f"<p style='margin-bottom:0'>{escape(label('help_after_telling', language))}<br>"
        f"<small>{checked_line(channels, language)}</small></p></div>"
    )
    return "".join(parts)


def checked_line(channels: list[HelpChannel], language: Language) -> str:
    """When the numbers and hours were last checked (the oldest check counts)."""
    oldest = min(channel.checked_on for channel in channels)
    return escape(label("help_checked", language).format(date=long_date(oldest, language)))


def help_line(channels: list[HelpChannel], language: Language) -> str:
    """The urgent channels in one sentence, for a page footer: 17, 119, 3018, 3114..."""
    urgent = [c for c in channels if c.urgent or c.id == "cyber-17"]
    listed = ", ".join(
        f"{escape(c.contact)} ({escape(c.name.in_language(language))})" for c in urgent
    )
    return f"{escape(label('help_line', language))} {listed}. {checked_line(channels, language)}"


def render_right_now(language: Language) -> str:
    """The calm box at the top of a student activity: what to do if it is happening now."""
    title = escape(label("right_now_title", language))
    return (
        f"<div role='note' aria-label='{title}' style='{BOX_STYLE}'>"
        f"<h3 style='margin-top:0'>{title}</h3><p>{label('right_now', language)}</p></div>"
    )


def right_now_box() -> BilingualHTML:
    """"If this is happening to you right now": stop, don't pay, not your fault, 3018, 3114."""
    return BilingualHTML(render_right_now)


def help_box(abroad: bool = True) -> BilingualHTML:
    """Where to find help (17, 3018, 119, 17Cyber...), following the language setting."""
    channels = load_content().help_channels
    return BilingualHTML(lambda language: render_help(channels, language, abroad))


def render_stop(aid: HelpSeeking, language: Language, compact: bool = False) -> str:
    """The kit's memory aid, STOP, as a short list: letter, verb, what it means; compact,
    one line of letters and verbs (a printed sheet, whose sections say the rest)."""
    title = escape(label("stop_title", language).format(word=aid.word()))
    if compact:
        verbs = ", ".join(
            f"<strong>{escape(step.letter)}</strong> {escape(step.verb.in_language(language))}"
            for step in aid.mnemonic
        )
        return f"<p><strong>{title}</strong> {verbs}.</p>"
    lines = "".join(
        f"<li><strong>{escape(step.letter)}</strong> {escape(step.verb.in_language(language))}"
        f"{colon(language)}{escape(step.meaning.in_language(language))}</li>"
        for step in aid.mnemonic
    )
    return f"<p style='margin:0.4em 0 0.1em'><strong>{title}</strong></p><ul style='margin:0'>{lines}</ul>"


def render_asking_for_help(aid: HelpSeeking, language: Language) -> str:
    """The help-seeking section: what stops people from telling, words to start, who to
    tell, what happens next, and STOP."""
    title = escape(label("asking_title", language))
    feelings = "".join(
        f"<li><strong>{escape(f.feeling.in_language(language))}</strong> "
        f"{escape(f.answer.in_language(language))}</li>"
        for f in aid.feelings
    )
    who = "".join(f"<li>{escape(place.in_language(language))}</li>" for place in aid.who)
    return (
        f"<div role='note' aria-label='{title}' style='{BOX_STYLE}'>"
        f"<h3 style='margin-top:0'>{title}</h3>"
        f"<h4 style='margin:0.6em 0 0.2em'>{escape(label('asking_feelings', language))}</h4>"
        f"<ul style='margin:0'>{feelings}</ul>"
        f"<h4 style='margin:0.6em 0 0.2em'>{escape(label('asking_starter', language))}</h4>"
        f"<p style='margin:0'>{escape(aid.starter.in_language(language))}</p>"
        f"<h4 style='margin:0.6em 0 0.2em'>{escape(label('asking_who', language))}</h4>"
        f"<ul style='margin:0'>{who}</ul>"
        f"<p>{escape(label('help_after_telling', language))}</p>"
        f"{render_stop(aid, language)}</div>"
    )


def asking_for_help() -> BilingualHTML:
    """Asking for help: the feelings that hold back, words to start, who to tell, STOP."""
    aid = load_content().help_seeking
    return BilingualHTML(lambda language: render_asking_for_help(aid, language))
