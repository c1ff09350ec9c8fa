"""Asking for help (data/help_seeking.yaml): what stops a victim from telling, and STOP."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from .base import Strict, Text


class MnemonicStep(Strict):
    """One letter of the kit's memory aid, the same letter in both languages."""

    letter: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    verb: Text
    meaning: Text

    @model_validator(mode="after")
    def _starts_with_its_letter(self) -> MnemonicStep:
        for language in ("fr", "en"):
            if not getattr(self.verb, language).upper().startswith(self.letter):
                raise ValueError(f"the {language} verb must start with {self.letter}")
        return self


class Feeling(Strict):
    """A feeling that stops someone from asking for help, and how to get past it."""

    feeling: Text
    answer: Text


class HelpSeeking(Strict):
    """The memory aid, the feelings, the words to start, who to tell, the calm closing."""

    mnemonic: Annotated[list[MnemonicStep], Field(min_length=3, max_length=4)]
    feelings: Annotated[list[Feeling], Field(min_length=3, max_length=5)]
    starter: Text
    who: Annotated[list[Text], Field(min_length=2, max_length=4)]
    closing: Annotated[list[Text], Field(min_length=2, max_length=5)]

    def word(self) -> str:
        """The word the letters spell (STOP)."""
        return "".join(step.letter for step in self.mnemonic)
