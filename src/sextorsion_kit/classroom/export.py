"""The school's report: aggregate counts (CSV) and the before/after chart (PNG).

Only what the dashboard shows: a tally under five answers is not written at all.
"""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

from ..i18n import Language
from ..logic.answers import CHECK_QUIZ, KnownQuestion
from ..logic.pulse import changes, tally
from .store import KEEP_DAYS, Session, Store

COLUMNS = ["session", "date", "question", "phase", "option", "option_text", "right", "count", "total"]


def counts_csv(store: Store, sessions: list[Session], known: dict[str, KnownQuestion]) -> str:
    """One row per option chosen, per question and phase shown, for each session."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for session in sessions:
        date = time.strftime("%Y-%m-%d", time.localtime(session.opened))
        for counted in tally(store.counts(session.id), known):
            if counted.counts is None:
                continue
            question = known[counted.question]
            for option, count in sorted(counted.counts.items()):
                text = question.options[option].fr if question.options else ""
                writer.writerow([session.id, date, counted.question, counted.phase, option, text,
                                 int(question.right(option)), count, counted.total])  # fmt: skip
    return out.getvalue()


def chart_png(
    store: Store, session: Session, known: dict[str, KnownQuestion], language: Language
) -> bytes:
    """The before/after chart of one session's class check."""
    from ..charts.pulse import before_after_figure
    from ..charts.style import png_bytes

    shares = {c.question: c for c in changes(store.check_answers(session.id), known)}
    rows = [
        (question.prompt.in_language(language),
         shares[key].before if key in shares else None,
         shares[key].after if key in shares else None)
        for key, question in known.items()
        if key.startswith(f"{CHECK_QUIZ}/")
    ]  # fmt: skip
    return png_bytes(before_after_figure(rows, language))


def export(folder: Path, target: Path, known: dict[str, KnownQuestion], language: Language) -> list[Path]:
    """Write every kept session's counts (one CSV) and before/after charts into ``target``."""
    store = Store(folder)
    try:
        store.purge_older_than(KEEP_DAYS)  # what is past its time is not exported
        sessions = store.sessions()
        target.mkdir(parents=True, exist_ok=True)
        written = [target / "classe-comptes.csv"]
        written[0].write_text(counts_csv(store, sessions, known), encoding="utf-8")
        for session in sessions:
            date = time.strftime("%Y-%m-%d", time.localtime(session.opened))
            path = target / f"avant-apres-{date}-{session.id}.png"
            path.write_bytes(chart_png(store, session, known, language))
            written.append(path)
        return written
    finally:
        store.close()
