"""The class-pulse answers on the teacher's disk: one SQLite file in WAL mode.

Stored per answer: the session, the question, the option, the phase, the minute of the session
and the random token of the student's browser. Nothing else: no address, no browser name, no
name, no time of day finer than the session's start. Each write is committed with
``synchronous=FULL``: an answer acknowledged to a browser survives the server being killed,
and a power cut too.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..logic.answers import Phase

FILE_NAME = "classe.sqlite3"
KEEP_DAYS = 30
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    opened INTEGER NOT NULL,   -- unix seconds, to purge sessions older than KEEP_DAYS
    closed INTEGER
);
CREATE TABLE IF NOT EXISTS answers (
    session TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    token TEXT NOT NULL,
    question TEXT NOT NULL,
    phase TEXT NOT NULL,
    option TEXT NOT NULL,
    minute INTEGER NOT NULL,
    PRIMARY KEY (session, token, question, phase)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class Session:
    id: str
    opened: int
    closed: int | None

    @property
    def is_open(self) -> bool:
        return self.closed is None

    def minute(self, now: float) -> int:
        return max(0, int((now - self.opened) // 60))


@dataclass(frozen=True)
class Answer:
    """One student's answer to one question in one phase (a later one replaces it)."""

    session: str
    token: str
    question: str
    phase: Phase
    option: str
    minute: int


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the answers file, created with its tables when missing.

    The folder and the file are readable by their owner only (a school laptop may be
    shared); deleted answers are overwritten, not left in free pages.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA secure_delete=ON")
    connection.executescript(_SCHEMA)
    return connection


class Store:
    """Sessions and answers in ``folder/classe.sqlite3``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self.db = connect(self.path)

    def close(self) -> None:
        self.db.close()

    # --- sessions ---------------------------------------------------------------------

    def open_session(self, now: float | None = None) -> Session:
        """Close any open session and open a new one."""
        now = int(time.time() if now is None else now)
        session = Session(secrets.token_hex(8), now, None)
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("UPDATE sessions SET closed = ? WHERE closed IS NULL", (now,))
            self.db.execute("INSERT INTO sessions VALUES (?, ?, NULL)", (session.id, now))
        return session

    def close_session(self, session_id: str, now: float | None = None) -> None:
        now = int(time.time() if now is None else now)
        self.db.execute(
            "UPDATE sessions SET closed = ? WHERE id = ? AND closed IS NULL", (now, session_id)
        )

    def session(self, session_id: str) -> Session | None:
        row = self.db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return Session(*row) if row else None

    def latest_session(self) -> Session | None:
        row = self.db.execute(
            "SELECT * FROM sessions ORDER BY opened DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return Session(*row) if row else None

    def sessions(self) -> list[Session]:
        return [Session(*row) for row in self.db.execute("SELECT * FROM sessions ORDER BY opened")]

    # --- answers ----------------------------------------------------------------------

    def record(self, answers: list[Answer]) -> None:
        """Store ``answers`` in one transaction (committed to disk when this returns)."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT INTO answers VALUES (:session, :token, :question, :phase, :option, :minute)"
                " ON CONFLICT (session, token, question, phase)"
                " DO UPDATE SET option = excluded.option, minute = excluded.minute",
                [answer.__dict__ for answer in answers],
            )

    def browsers(self, session_id: str) -> set[str]:
        """The tokens of the browsers that answered in a session."""
        rows = self.db.execute("SELECT DISTINCT token FROM answers WHERE session = ?", (session_id,))
        return {token for (token,) in rows}

    def counts(self, session_id: str) -> list[tuple[str, Phase, str, int]]:
        """(question, phase, option, how many) for a session, counted by SQLite."""
        return self.db.execute(
            "SELECT question, phase, option, count(*) FROM answers WHERE session = ?"
            " GROUP BY question, phase, option",
            (session_id,),
        ).fetchall()

    def check_answers(self, session_id: str) -> list[tuple[str, str, Phase, str]]:
        """The class check's answers only (what pairs before and after), with their token."""
        return self.db.execute(
            "SELECT token, question, phase, option FROM answers"
            " WHERE session = ? AND phase IN ('before', 'after')",
            (session_id,),
        ).fetchall()

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM answers").fetchone()[0]

    # --- keeping and deleting ---------------------------------------------------------

    def purge_older_than(self, days: int = KEEP_DAYS, now: float | None = None) -> int:
        """Delete the sessions opened more than ``days`` ago, and their answers."""
        limit = int((time.time() if now is None else now) - days * 86400)
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            gone = self.db.execute("DELETE FROM sessions WHERE opened < ?", (limit,)).rowcount
        if gone:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no copy left in the journal
        return gone

    def integrity(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def purge_all(folder: Path) -> list[Path]:
    """Delete the answers file and its journal files; what was deleted."""
    gone = []
    for suffix in ("", "-wal", "-shm"):
        path = folder / f"{FILE_NAME}{suffix}"
        if path.exists():
            path.unlink()
            gone.append(path)
    return gone
