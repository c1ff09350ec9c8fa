"""Short interface texts (buttons, headings) in both languages."""

from __future__ import annotations

from .i18n import Language, get_language
from .models import Text

LABELS: dict[str, Text] = {
    "language": Text(fr="Langue", en="Language"),
    "help_title": Text(fr="Besoin d'aide ? Tu n'es pas seul·e", en="Need help? You are not alone"),
    "help_intro": Text(
        fr="Ce n'est jamais la faute de la victime. Ces services sont là pour t'aider, "
        "gratuitement :",
        en="It is never the victim's fault. These services are there to help you, for free:",
    ),
    "help_urgent": Text(fr="En cas de danger immédiat", en="In immediate danger"),
    "help_other": Text(
        fr="Pour parler, signaler, faire retirer", en="To talk, report, get it removed"
    ),
    "help_abroad": Text(fr="Ailleurs dans le monde", en="Elsewhere in the world"),
    "map_title": Text(fr="Les notebooks du kit", en="The kit's notebooks"),
    "map_notebook": Text(fr="Notebook", en="Notebook"),
    "map_for_whom": Text(fr="Pour qui", en="For whom"),
    "map_ages": Text(fr="Âges", en="Ages"),
    "map_minutes": Text(fr="Durée", en="Duration"),
    "map_coming": Text(fr="bientôt disponible", en="coming soon"),
    "minutes": Text(fr="min", en="min"),
    "years": Text(fr="ans", en="years old"),
    "content_error": Text(
        fr="Le contenu du kit contient une erreur ; lancez « python -m sextorsion_kit check » :",
        en="The kit's content has an error; run 'python -m sextorsion_kit check':",
    ),
}


def label(key: str, language: Language | None = None) -> str:
    """The interface text ``key`` in ``language`` (the current one by default)."""
    return LABELS[key].in_language(language or get_language())
