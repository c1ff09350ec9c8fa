"""The students' side of the classroom server: the check pages, the activity pages, answers.

Every handler answers in one plain line when it refuses, and logs an error without the
client's address (tornado's own message would name it).
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import random
import sqlite3
import time
from importlib.resources import files
from typing import Any

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.extension.handler import ExtensionHandlerMixin
from tornado.web import HTTPError, RequestHandler

from ..content.labels import label
from ..i18n import Language
from ..logic.quiz import shuffled_order
from ..views.pages import render
from .intake import Refused, read_answer
from .state import Classroom

STATIC = {"eleve.js", "prof.js", "classe.css"}
REFUSALS = ("closed", "old", "busy", "offline", "other")  # what eleve.js can tell a student
WRITE_SECONDS = 15  # an answer not on disk by then is refused, never left waiting


class Handler(ExtensionHandlerMixin, JupyterHandler):
    """Plain-text errors in one line (logged without the client's address: app.forget_clients)."""

    @property
    def classroom(self) -> Classroom:
        return self.settings["classroom"]

    def language(self) -> Language:
        return "en" if self.get_query_argument("lang", "fr") == "en" else "fr"

    def set_default_headers(self) -> None:
        super().set_default_headers()
        self.set_header("Cache-Control", "no-store")

    def refuse(self, status: int, reason: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(reason + "\n")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        error = kwargs.get("exc_info", (None, None))[1]
        why = f": {error.log_message}" if isinstance(error, HTTPError) and error.log_message else ""
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code} {self._reason}{why}\n")

    def page(self, template: str, **context: Any) -> None:
        language = self.language()
        other: Language = "fr" if language == "en" else "en"
        self.finish(
            render(
                template,
                language,
                other_language=other,
                other_language_name=label("classroom_other_language", language),
                **context,
            )
        )


class CheckPage(Handler):
    """The five questions before the activities (``/``)."""

    phase = "before"

    @allow_unauthenticated
    def get(self) -> None:
        language = self.language()
        session = self.classroom.session
        questions = list(self.classroom.check.questions)
        if self.phase == "after":  # another order of questions and of options, the same for all
            generator = random.Random(session.id)
            questions = [questions[n] for n in shuffled_order(len(questions), generator, True)]
        shown = []
        for question in questions:
            options = list(question.options)
            if self.phase == "after":
                options = [options[n] for n in shuffled_order(len(options), generator, True)]
            shown.append({
                "key": f"check/{question.id}",
                "prompt": question.prompt.in_language(language),
                "options": [{"id": o.id, "text": o.text.in_language(language)} for o in options],
                "right": question.right_option().text.in_language(language),
                "why": question.why.in_language(language),
            })  # fmt: skip
        before = self.phase == "before"
        self.page(
            "classroom_check.html.j2",
            title=label("classroom_before_title" if before else "classroom_after_title", language),
            intro=self.classroom.check.introduction.in_language(language)
            if before
            else label("classroom_after_intro", language),
            privacy=label("classroom_privacy", language),
            needs_script=label("classroom_needs_script", language),
            closed=None if session.is_open else label("classroom_closed", language),
            to_activities=label("classroom_to_activities", language),
            session=session.id,
            phase=self.phase,
            xsrf=self.xsrf_token.decode(),
            next_page="/activites/",
            not_sent=label("classroom_not_sent", language),
            questions=shown,
            skip=label("classroom_skip", language),
            send=label("classroom_send", language),
            right_answers=label("classroom_right_answers", language),
            closing=self.classroom.check.closing.in_language(language),
            sent=label("classroom_sent_before" if before else "classroom_sent_after", language),
            reasons=json.dumps(
                {reason: label(f"classroom_refused_{reason}", language) for reason in REFUSALS},
                ensure_ascii=False,
            ).replace("<", "\\u003c"),
        )


class LastCheckPage(CheckPage):
    """The same five questions after the activities (``/fin``), in another order."""

    phase = "after"


class ActivityFiles(Handler):
    """The static activity pages; each HTML page gets the script that reports first tries."""

    @allow_unauthenticated
    def get(self, path: str) -> None:
        folder = self.classroom.pages.resolve()
        try:
            target = (folder / (path or "index.html")).resolve()
            found = target.is_relative_to(folder) and target.is_file()
        except (ValueError, OSError):  # a NUL byte, a name too long
            found = False
        if not found:
            self.refuse(404, "no such page")
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.set_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        if target.suffix != ".html":
            self.finish(target.read_bytes())
            return
        config = {
            "session": self.classroom.session.id,
            "xsrf": self.xsrf_token.decode(),
            "endLink": label("classroom_end_link", "fr") if target.name == "index.html" else "",
        }
        script = (
            '<script type="application/json" id="sxk-classroom">'
            + json.dumps(config).replace("<", "\\u003c")
            + '</script><script src="/classe/eleve.js"></script>'
        )
        page = target.read_text(encoding="utf-8")
        self.finish(page.replace("</body>", script + "</body>", 1))


class StaticFile(Handler):
    @allow_unauthenticated
    def get(self, name: str) -> None:
        if name not in STATIC:
            self.refuse(404, "no such file")
            return
        kind = "text/css" if name.endswith(".css") else "text/javascript"
        self.set_header("Content-Type", f"{kind}; charset=utf-8")
        self.finish(files(__package__).joinpath("static", name).read_text(encoding="utf-8"))


class AnswerEndpoint(Handler):
    """``POST /api/reponse``: one answer, stored once on disk, or a 4xx and a reason."""

    @allow_unauthenticated
    async def post(self) -> None:
        classroom = self.classroom
        try:
            answer = read_answer(self.request.body, classroom.session, classroom.known, time.time())
        except Refused as refused:
            self.refuse(refused.status, refused.reason)
            return
        if not classroom.limit.allow(answer.token):
            self.refuse(429, "too many answers from this browser: wait a moment")
            return
        if not classroom.admits(answer.token):
            self.refuse(429, "this session takes no more browsers")
            return
        try:
            await asyncio.wait_for(asyncio.wrap_future(classroom.writer.submit(answer)), WRITE_SECONDS)
        except (TimeoutError, sqlite3.Error):
            self.refuse(503, "the answer could not be written on the teacher's disk")
            return
        self.set_status(201)
        self.finish("stored\n")


class NotFound(RequestHandler):
    """Every other address, whatever the method: a plain 404, nothing of Jupyter's."""

    def prepare(self) -> None:
        for name, value in self.settings.get("headers", {}).items():
            self.set_header(name, value)
        self.set_status(404)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("no such page\n")
