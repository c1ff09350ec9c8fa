"""The help box every notebook ends with: where to turn (content guide, section 7)."""

from __future__ import annotations

from html import escape

from ..content import load_content
from ..content.labels import label
from ..content.models import HelpChannel
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
