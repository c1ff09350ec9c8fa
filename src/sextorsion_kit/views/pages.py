"""Jinja2 templates (``sextorsion_kit/templates``), escaped by default, for HTML built in one piece."""

from __future__ import annotations

import functools
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from ..content.models import Text
from ..i18n import Language


@functools.cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("sextorsion_kit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, language: Language, **context: Any) -> str:
    """Render ``template``; in it, ``tr(text)`` gives a content text in ``language``."""

    def tr(text: Text) -> str:
        return text.in_language(language)

    return environment().get_template(template).render(language=language, tr=tr, **context)
