"""Sextorsion kit: the functions the notebooks call.

Every view follows the language setting: French by default, English with
``set_language("en")`` or ``SEXTORSION_KIT_LANG=en``.
"""

from .catalog import notebook_map
from .content import ContentError, load_content
from .help_box import help_box
from .i18n import get_language, set_language
from .ui import language_picker

__all__ = [
    "ContentError",
    "get_language",
    "help_box",
    "language_picker",
    "load_content",
    "notebook_map",
    "set_language",
]
