"""A talk deck as a list of slides, in one language and for one age band (data/decks.yaml).

Each slide says what it shows (``kind`` and ``content``, already in the deck's language),
what the speaker does (``notes``, with the part's timing) and, for a live slide, the
front-end state of its widget (``live``). ``templates/deck.html.j2`` draws them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..content import Content, load_content
from ..content.deck_references import deck_parts
from ..content.labels import label, labels
from ..content.models import (
    STAGE_ORDER,
    AgeBand,
    Deck,
    DeckPart,
    Offence,
    Text,
)
from ..content.models import decks as blocks
from ..i18n import Language
from ..logic.stages import stage_texts
from ..text import colon, long_date, thousands, years
from ..widgets.help import checked_line
from ..widgets.talk import chat_state, myth_state, plain, question_state, role_play_state


@dataclass(frozen=True)
class Slide:
    """One slide: what it shows, what the speaker does, its part, its live widget if any."""

    kind: str
    content: dict[str, Any]
    notes: list[str]
    part: int | None = None
    live: dict[str, Any] | None = None


@dataclass(frozen=True)
class DeckView:
    """A deck for one band in one language, ready to draw."""

    deck: Deck
    band: AgeBand
    language: Language
    title: str
    subtitle: str
    parts: list[tuple[str, int]]  # title, minutes
    slides: list[Slide] = field(default_factory=list)

    footer: str = ""

    @property
    def name(self) -> str:
        """The file name without extension: ``seance-11-14_fr``, ``comprendre-15-18_en``."""
        band = f"-{self.band}" if len(self.deck.built_for) > 1 else ""
        return f"{self.deck.id}{band}_{self.language}"

    @property
    def minutes(self) -> int:
        return sum(minutes for _title, minutes in self.parts)


class _Writer:
    """Turns the blocks of one deck into slides, in one language, for one band."""

    def __init__(self, content: Content, band: AgeBand, language: Language) -> None:
        self.content, self.band, self.language = content, band, language

    def tr(self, text: Text) -> str:
        return plain(text.in_language(self.language))

    def label(self, key: str, **values: Any) -> str:
        """A label in the deck's language, filled in, with no pictograph (callers name it)."""
        text = labels()[key].in_language(self.language)
        return plain(text.format(**values) if values else text)

    def slides(self, block: blocks.SlideBlock) -> Iterator[tuple[str, dict[str, Any], dict | None]]:
        """(kind, content, live state) of each slide a block makes."""
        method = {
            blocks.PointsSlide: self.points,
            blocks.GroundRulesSlide: self.ground_rules,
            blocks.StagesSlides: self.stages,
            blocks.RedFlagSlides: self.red_flags,
            blocks.MythSlides: self.myths,
            blocks.QuestionSlide: self.question,
            blocks.RolePlaySlide: self.role_play,
            blocks.HelpSlides: self.help,
            blocks.ClosingSlide: self.closing,
            blocks.PenaltySlides: self.penalties,
            blocks.StopSlide: self.stop,
            blocks.AskingForHelpSlides: self.asking_for_help,
            blocks.CalmClosingSlide: self.calm_closing,
        }[type(block)]
        yield from method(block)

    def points(self, block: blocks.PointsSlide):
        text = self.content.slide_texts[block.text]
        source = self.tr(text.source) if text.source else None
        points = [self.tr(point) for point in text.points]
        yield "points", {"heading": self.tr(text.heading), "points": points, "source": source}, None

    def ground_rules(self, _block: blocks.GroundRulesSlide):
        points = [self.tr(rule) for rule in self.content.guide.ground_rules]
        yield "rules", {"heading": self.label("deck_rules"), "points": points}, None

    def stages(self, block: blocks.StagesSlides):
        stages = {stage.id: stage for stage in self.content.stages}
        for n, stage_id in enumerate(STAGE_ORDER, start=1):
            stage = stages[stage_id]
            number = self.label("stage_of", n=n, total=len(STAGE_ORDER))
            variants = [None, *(stage.variants if block.variants else [])]
            for variant in variants:
                texts = stage_texts(stage, {stage.id: variant.id} if variant else {}, self.band)
                heading, kicker = self.tr(texts.title), number
                if texts.variant:  # the variant's name under the stage's own
                    heading = self.tr(texts.variant)
                    kicker = number + colon(self.language) + self.tr(texts.title)
                yield (
                    "stage",
                    {
                        "kicker": kicker,
                        "heading": heading,
                        "what_happens": self.tr(texts.what_happens),
                        "sign": self.tr(texts.warning_signs[0]),
                        "action": self.tr(texts.actions[0]),
                        "sign_title": self.label("deck_sign"),
                        "action_title": self.label("deck_action"),
                    },
                    None,
                )

    def red_flags(self, block: blocks.RedFlagSlides):
        chat = next(chat for chat in self.content.red_flags if chat.id == block.chat)
        total = len(chat.messages)
        for first in range(1, total + 1, block.per_slide):
            last = min(first + block.per_slide - 1, total)
            live = chat_state(chat, first, last, self.language)
            yield "chat", {"heading": self.tr(chat.title)}, live

    def myths(self, block: blocks.MythSlides):
        myths = {myth.id: myth for myth in self.content.myths}
        for myth_id in block.myths:
            live = myth_state(myths[myth_id], self.language)
            yield "myth", {"heading": self.label("deck_myth_or_fact")}, live

    def _question(self, quiz_id: str, question_id: str):
        quiz = self.content.quizzes[quiz_id]
        return quiz, next(q for q in quiz.questions if q.id == question_id)

    def question(self, block: blocks.QuestionSlide):
        quiz, question = self._question(block.quiz, block.question)
        yield "question", {"heading": self.tr(quiz.title)}, question_state(question, self.language)

    def role_play(self, block: blocks.RolePlaySlide):
        quiz, role_play = self._question(block.quiz, block.question)
        live = role_play_state(role_play, self.band, self.language)
        yield "role_play", {"heading": self.tr(quiz.title)}, live

    def help(self, block: blocks.HelpSlides):
        channels = [c for c in self.content.help_channels if c.scope == "france"]
        for heading, chosen in (
            (self.label("help_urgent"), [c for c in channels if c.urgent]),
            (self.label("help_other"), [c for c in channels if not c.urgent]),
        ):
            yield (
                "help",
                {
                    "heading": self.label("deck_help"),
                    "kicker": heading,
                    "channels": [
                        {
                            "contact": c.contact,
                            # "3018, e-Enfance" already says its number
                            "name": ""
                            if self.tr(c.name).startswith(c.contact)
                            else self.tr(c.name),
                            "contact_name": self.tr(c.name)
                            if self.tr(c.name).startswith(c.contact)
                            else c.contact,
                            "purpose": self.tr(c.purpose),
                        }
                        for c in chosen
                    ],
                    "source": plain(checked_line(self.content.help_channels, self.language)),
                },
                None,
            )
        if not block.after_telling:
            return
        yield (
            "after_telling",
            {
                "heading": self.label("deck_after_telling"),
                "points": [self.label("help_after_telling")],
                "source": None,
            },
            None,
        )

    def closing(self, _block: blocks.ClosingSlide):
        """The card the class writes (decks.yaml ``texts.closing``); the teacher guide's
        closing activity, written for the adult, goes in the notes."""
        text = self.content.slide_texts["closing"]
        points = [self.tr(point) for point in text.points]
        speaker = [self.tr(point) for point in self.content.guide.closing_activity.points]
        yield (
            "closing",
            {"heading": self.tr(text.heading), "points": points, "speaker": speaker},
            None,
        )

    def stop(self, _block: blocks.StopSlide):
        aid = self.content.help_seeking
        steps = [
            {"letter": s.letter, "verb": self.tr(s.verb), "meaning": self.tr(s.meaning)}
            for s in aid.mnemonic
        ]
        yield "stop", {"heading": self.label("stop_title", word=aid.word()), "steps": steps}, None

    def asking_for_help(self, _block: blocks.AskingForHelpSlides):
        aid = self.content.help_seeking
        for first in range(0, len(aid.feelings), 2):
            feelings = [
                {"feeling": self.tr(f.feeling), "answer": self.tr(f.answer)}
                for f in aid.feelings[first : first + 2]
            ]
            yield "feelings", {"heading": self.label("asking_feelings"), "feelings": feelings}, None
        yield (
            "asking",
            {
                "heading": self.label("asking_title"),
                "starter_title": self.label("asking_starter"),
                "starter": self.tr(aid.starter),
                "who_title": self.label("asking_who"),
                "who": [self.tr(place) for place in aid.who],
            },
            None,
        )

    def calm_closing(self, _block: blocks.CalmClosingSlide):
        points = [self.tr(point) for point in self.content.help_seeking.closing]
        yield "calm", {"heading": self.label("calm_title"), "points": points}, None

    def penalties(self, block: blocks.PenaltySlides):
        offences = [
            offence for offence in self.content.penalties
            if not block.articles or offence.article in block.articles
        ]  # fmt: skip
        scale = max(offence.prison_years for offence in offences)
        for first in range(0, len(offences), block.per_slide):
            shown = offences[first : first + block.per_slide]
            yield (
                "penalties",
                {
                    "heading": self.label("deck_penalty_caption"),
                    "offences": [self.offence(offence, scale) for offence in shown],
                    "scale": self.label("deck_penalty_bars", years=scale),
                    # what each offence punishes, in plain words, for the speaker to say
                    "speaker": [
                        self.tr(offence.label) + colon(self.language) + self.tr(offence.explanation)
                        for offence in shown
                    ],
                },
                None,
            )

    def offence(self, offence: Offence, scale: int) -> dict[str, Any]:
        since = long_date(offence.in_force_since, self.language)
        return {
            "label": self.tr(offence.label),
            "explanation": self.tr(offence.explanation),
            "prison": self.label("deck_prison", years=years(offence.prison_years, self.language)),
            "fine": self.label("deck_fine", fine=thousands(offence.fine_eur, self.language)),
            "percent": round(100 * offence.prison_years / scale),
            "source": self.label(
                "deck_penalty_source",
                article=offence.article,
                since=since,
                version=offence.version,
            ),
            "url": offence.sources[0],
        }


def _default_notes(kind: str, language: Language) -> str:
    """What the speaker does on a slide of this kind, when its block says nothing else."""
    notes = {
        "points": label("deck_notes_points", language),
        "rules": label("deck_notes_rules", language),
        "stage": label("deck_notes_stage", language),
        "chat": label("deck_notes_chat", language),
        "myth": label("deck_notes_myth", language),
        "question": label("deck_notes_question", language),
        "role_play": label("deck_notes_role_play", language),
        "help": label("deck_notes_help", language),
        "after_telling": label("deck_notes_after_telling", language),
        "closing": label("deck_notes_closing", language),
        "penalties": label("deck_notes_penalties", language),
        "stop": label("deck_notes_stop", language),
        "feelings": label("deck_notes_asking", language),
        "asking": label("deck_notes_asking", language),
        "calm": label("deck_notes_calm", language),
    }
    return plain(notes[kind])


def _timing(n: int, total: int, part: DeckPart, start: int, language: Language) -> str:
    """The first line of a part's notes: which part, how long, from when to when."""
    title = part.title.in_language(language)
    values = {"n": n, "total": total, "title": title, "minutes": part.minutes}
    text = label("deck_notes_timing", language)
    return plain(text.format(**values, start=start, end=start + part.minutes))


def help_footer(content: Content, language: Language) -> str:
    """The line at the bottom of every slide: the urgent numbers and 17Cyber."""
    shown = [c for c in content.help_channels if c.urgent or c.id == "cyber-17"]
    return f"{plain(label('deck_footer', language))} " + " · ".join(c.contact for c in shown)


def deck_view(deck: Deck, band: AgeBand, language: Language) -> DeckView:
    """The slides of ``deck`` for ``band`` in ``language``: title, parts, end."""
    content = load_content()
    writer = _Writer(content, band, language)
    parts = deck_parts(deck, content.guide)
    view = DeckView(
        deck=deck, band=band, language=language,
        title=writer.tr(deck.title), subtitle=writer.tr(deck.subtitle),
        parts=[(writer.tr(part.title), part.minutes) for part in parts],
        footer=help_footer(content, language),
    )  # fmt: skip
    title_notes = [plain(label("deck_notes_title", language))]
    view.slides.append(
        Slide("title", {"heading": view.title, "subtitle": view.subtitle}, title_notes)
    )
    start = 0
    for n, part in enumerate(parts, start=1):
        timing = _timing(n, len(parts), part, start, language)
        divider = {
            "kicker": writer.label("deck_part_of", n=n, total=len(parts)),
            "heading": writer.tr(part.title),
            "minutes": writer.label("deck_minutes", minutes=part.minutes),
        }
        view.slides.append(Slide("divider", divider, [timing, writer.tr(part.notes)], n))
        for block in part.slides:
            if band not in block.ages:
                continue
            for kind, shown, live in writer.slides(block):
                notes = writer.tr(block.notes) if block.notes else _default_notes(kind, language)
                said = [timing, notes, *shown.pop("speaker", [])]
                view.slides.append(Slide(kind, shown, said, n, live))
        start += part.minutes
    end = {"heading": writer.label("deck_end")}
    view.slides.append(Slide("end", end, [plain(label("deck_notes_end", language))]))
    return view


def deck_views(language: Language) -> list[DeckView]:
    """Every deck of data/decks.yaml for every band it is built for, in ``language``."""
    return [
        deck_view(deck, band, language) for deck in load_content().decks for band in deck.built_for
    ]
