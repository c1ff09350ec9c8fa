"""The teacher's side of the classroom server: the dashboard, its figures, sessions, export.

Each needs the teacher's token: given once in the address, it is then kept in a cookie of
this server only, so the address bar shown on the projector no longer holds it.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import time

from jupyter_server.auth.decorator import allow_unauthenticated

from ..content.labels import label
from ..text import colon
from .export import chart_png, counts_csv
from .handlers import Handler
from .summary import session_summary

TEACHER_COOKIE = "sxk_teacher"
# The labels the dashboard page and prof.js ask for (a test checks the two agree).
DASHBOARD_LABELS = (
    "classroom_activities", "classroom_after", "classroom_answers_count", "classroom_before",
    "classroom_change", "classroom_change_title", "classroom_close", "classroom_export",
    "classroom_export_csv", "classroom_export_png", "classroom_hidden", "classroom_most_missed",
    "classroom_most_missed_none", "classroom_new", "classroom_offline", "classroom_right_mark",
    "classroom_right_share", "classroom_session_closed", "classroom_session_open",
    "classroom_updated",
)  # fmt: skip


class _Teacher(Handler):
    """Pages and actions that need the teacher's token (in the address once, then a cookie).

    Checked before anything else: a refused request never reaches the page or the action.
    """

    async def prepare(self) -> None:  # type: ignore[override]
        await super().prepare()
        if self._finished:
            return
        # The dashboard opens on the teacher's machine only: a token read off the projected
        # terminal is no use from a student's phone. (The address is compared, never kept.)
        if not ipaddress.ip_address(self.request.remote_ip or "0.0.0.0").is_loopback:
            self.refuse(403, "the dashboard opens on the teacher's machine only")
        elif not self.teacher():
            self.refuse(403, "the teacher's address, with its token, is needed")

    def teacher(self) -> bool:
        given = self.get_query_argument("token", "") or self.get_cookie(TEACHER_COOKIE, "")
        return hmac.compare_digest(given.encode(), self.classroom.teacher_token.encode())


class Dashboard(_Teacher):
    @allow_unauthenticated
    def get(self) -> None:
        if self.get_query_argument("token", ""):
            # The token leaves the address bar (which is projected) for a cookie of this server.
            self.set_cookie(TEACHER_COOKIE, self.classroom.teacher_token, httponly=True,
                            samesite="Strict", path="/prof")  # fmt: skip
            self.redirect(f"/prof?lang={self.language()}")
            return
        language = self.language()
        config = {
            "language": language,
            "xsrf": self.xsrf_token.decode(),
            "labels": {key: label(key, language) for key in DASHBOARD_LABELS},
            "percentSign": "\u202f%" if language == "fr" else "%",
            "colon": colon(language),
        }
        self.page(
            "classroom_dashboard.html.j2",
            title=label("classroom_dashboard_title", language),
            students_line=label("classroom_students_line", language).format(
                address=self.classroom.student_address
            ),
            labels=config["labels"],
            config=json.dumps(config, ensure_ascii=False).replace("<", "\\u003c"),
        )


class Results(_Teacher):
    @allow_unauthenticated
    def get(self) -> None:
        classroom = self.classroom
        classroom.purge_if_due()
        session = classroom.session
        summary = session_summary(
            session,
            classroom.store.counts(session.id),
            classroom.store.check_answers(session.id),
            classroom.known,
            self.language(),
            time.time(),
        )
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(summary, ensure_ascii=False))


class CloseSession(_Teacher):
    @allow_unauthenticated
    def post(self) -> None:
        self.classroom.close_session()
        self.set_status(204)


class NewSession(_Teacher):
    @allow_unauthenticated
    def post(self) -> None:
        self.classroom.new_session()
        self.set_status(204)


class CountsCsv(_Teacher):
    @allow_unauthenticated
    def get(self) -> None:
        classroom = self.classroom
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition", 'attachment; filename="classe.csv"')
        self.finish(counts_csv(classroom.store, [classroom.session], classroom.known))


class ChangeChart(_Teacher):
    @allow_unauthenticated
    def get(self) -> None:
        classroom = self.classroom
        self.set_header("Content-Type", "image/png")
        self.finish(chart_png(classroom.store, classroom.session, classroom.known, self.language()))
