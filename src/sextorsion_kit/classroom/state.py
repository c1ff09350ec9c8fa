"""What the classroom server's handlers share: the store, the writer, the questions, the session."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from ..content import load_content
from ..logic.answers import known_questions
from .intake import RateLimit
from .store import KEEP_DAYS, Session, Store
from .writer import AnswerWriter

RESUME_HOURS = 12  # a server restarted within this time goes on with the open session
PURGE_EVERY = 3600  # seconds: a server left running still forgets sessions past KEEP_DAYS
MAX_BROWSERS = 300  # per session: a class is far fewer; a flood of made-up tokens stops here


class Classroom:
    """What the handlers share: the store, the writer, the known questions, the session."""

    def __init__(self, data: Path, pages: Path, student_address: str) -> None:
        self.data = data
        self.pages = pages
        self.student_address = student_address
        self.store = Store(data)
        self.store.purge_older_than(KEEP_DAYS)
        self.purged = time.monotonic()
        self.writer = AnswerWriter(data)
        content = load_content()
        self.known = known_questions(content.class_check, content.quizzes, content.labels)
        self.check = content.class_check
        self.limit = RateLimit()
        self.teacher_token = secrets.token_urlsafe(24)
        latest = self.store.latest_session()
        recent = latest and latest.is_open and time.time() - latest.opened < RESUME_HOURS * 3600
        self.session: Session = latest if recent else self.store.open_session()  # type: ignore[assignment]
        self.browsers = self.store.browsers(self.session.id)

    def new_session(self) -> None:
        self.session = self.store.open_session()
        self.browsers = set()

    def admits(self, token: str) -> bool:
        """Whether the session takes answers from this browser (at most MAX_BROWSERS)."""
        if token in self.browsers:
            return True
        if len(self.browsers) >= MAX_BROWSERS:
            return False
        self.browsers.add(token)
        return True

    def purge_if_due(self) -> None:
        if time.monotonic() - self.purged > PURGE_EVERY:
            self.store.purge_older_than(KEEP_DAYS)
            self.purged = time.monotonic()

    def close_session(self) -> None:
        self.store.close_session(self.session.id)
        self.session = self.store.session(self.session.id) or self.session
