"""What the student endpoint accepts: a small JSON body of known ids, at a bounded rate.

Anything else is refused with a 4xx status and one line that says why, and nothing is stored.
A reason never repeats what was sent.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from ..logic.answers import PHASES, KnownQuestion
from .store import Answer, Session

MAX_BODY = 4096  # bytes
TOKEN = re.compile(r"[0-9a-f]{32}")  # 128 random bits made by the student's browser
FIELDS = {"session", "token", "question", "option", "phase"}


class Refused(Exception):
    """An answer not stored: the HTTP status and the one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def read_answer(
    body: bytes, session: Session | None, known: dict[str, KnownQuestion], now: float
) -> Answer:
    """The answer in ``body`` for the open ``session``, or :class:`Refused`."""
    if len(body) > MAX_BODY:
        raise Refused(413, f"body over {MAX_BODY} bytes")
    try:
        sent = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise Refused(400, "body is not JSON") from None
    if not isinstance(sent, dict) or set(sent) != FIELDS:
        raise Refused(400, f"body must be an object with exactly: {', '.join(sorted(FIELDS))}")
    if not all(isinstance(value, str) for value in sent.values()):
        raise Refused(400, "every field must be a string")
    if not TOKEN.fullmatch(sent["token"]):
        raise Refused(400, "token must be 32 hexadecimal digits")
    if session is None or sent["session"] != session.id:
        raise Refused(409, "not the current session: reload the page")
    if not session.is_open:
        raise Refused(409, "the session is closed")
    question = known.get(sent["question"])
    if question is None:
        raise Refused(422, "unknown question")
    if sent["phase"] not in PHASES:
        raise Refused(422, "unknown phase")
    if sent["phase"] not in question.phases:
        raise Refused(422, "this question is not asked in this phase")
    if not question.accepts(sent["option"]):
        raise Refused(422, "unknown option for this question")
    return Answer(
        session=session.id,
        token=sent["token"],
        question=question.key,
        phase=sent["phase"],
        option=sent["option"],
        minute=session.minute(now),
    )


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimit:
    """At most ``burst`` answers at once per browser token, refilled at ``per_second``.

    Bounded in memory: buckets idle long enough to be full again are forgotten, and past
    ``max_browsers`` live buckets new browsers are refused until some are.
    """

    def __init__(self, burst: int = 40, per_second: float = 1.0, max_browsers: int = 5000) -> None:
        self.burst = burst
        self.per_second = per_second
        self.max_browsers = max_browsers
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, token: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(token)
        if bucket is None:
            if len(self._buckets) >= self.max_browsers:
                self._forget_full(now)
                if len(self._buckets) >= self.max_browsers:
                    return False
            bucket = self._buckets[token] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_full(self, now: float) -> None:
        refill = self.burst / self.per_second
        self._buckets = {
            token: bucket for token, bucket in self._buckets.items() if now - bucket.updated < refill
        }
