"""The classroom server: a Jupyter server extension, alone on a server with no Jupyter service.

Students open ``/`` (five questions), then ``/activites/`` (the static activity pages, with a
small script that reports first tries), then ``/fin`` (the same questions in another order).
The teacher opens ``/prof?token=…`` (the dashboard). Nothing is logged about a request: the
server's access log is switched off and errors are logged without the client's address.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jupyter_server.auth.identity import IdentityProvider
from jupyter_server.extension.application import ExtensionApp
from jupyter_server.serverapp import ServerApp
from jupyter_server.services.contents.largefilemanager import AsyncLargeFileManager
from tornado.log import app_log
from tornado.web import HTTPError, RedirectHandler, RequestHandler
from traitlets import Unicode, default

from .handlers import ActivityFiles, AnswerEndpoint, CheckPage, LastCheckPage, NotFound, StaticFile
from .network import local_address
from .state import Classroom
from .teacher import ChangeChart, CloseSession, CountsCsv, Dashboard, NewSession, Results

# Pages load only from this server: scripts from it and from blob: (kit-page.js loads each
# widget's module so), styles inline (widgets add theirs), images as data:. No report-uri:
# a browser would post reports, and nothing is to be written about a student's browser.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' blob:; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'self'; "
    "base-uri 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",  # the help links must not tell a site this address
    "X-Content-Type-Options": "nosniff",
}


def no_access_log(_handler: Any) -> None:
    """Tornado's access log would write every student's address: there is none."""


def _summary_without_address(handler: RequestHandler) -> str:
    return f"{handler.request.method} {handler.request.path}"


def _log_without_address(handler: RequestHandler, typ, value, tb) -> None:  # type: ignore[no-untyped-def]
    if isinstance(value, HTTPError):
        return  # a refused request is not an error to log
    app_log.error("%s on %s", typ.__name__, _summary_without_address(handler), exc_info=(typ, value, tb))


def forget_clients() -> None:
    """In this process, tornado names no client in any log line.

    Tornado's own messages ("403 POST /x (address): ...", an uncaught error with the whole
    request) hold the client's address and headers; every handler here, Jupyter's included,
    logs the method and path instead.
    """
    RequestHandler._request_summary = _summary_without_address  # type: ignore[method-assign]
    RequestHandler.log_exception = _log_without_address  # type: ignore[method-assign]


class _NoFiles(AsyncLargeFileManager):
    def get_extra_handlers(self) -> list:
        return []  # no /files/ route


class _NoLogin(IdentityProvider):
    def get_handlers(self) -> list:
        return []  # no /login page: the dashboard has its own token


class ClassroomServer(ServerApp):
    """A Jupyter server with none of Jupyter's services: no kernels, contents, files, login."""

    default_services = ()

    def init_webapp(self) -> None:
        super().init_webapp()
        # What Jupyter still routes with no service (/api, /metrics, /static, its 404 page,
        # its trailing-slash redirect) is replaced by one plain 404; the extension's own
        # routes are matched before this one.
        router = self.web_app.wildcard_router
        router.rules = []
        router.add_rules([(r".*", NotFound)])

    @default("contents_manager_class")
    def _no_files(self) -> type:
        return _NoFiles

    @default("identity_provider_class")
    def _no_login(self) -> type:
        return _NoLogin


class ClassroomApp(ExtensionApp):
    name = "sextorsion_kit_classroom"
    extension_url = "/"
    load_other_extensions = False
    open_browser = False
    serverapp_class = ClassroomServer

    data_dir = Unicode(help="where the answers file is kept").tag(config=True)
    pages_dir = Unicode(help="the student activity pages (make student-pages)").tag(config=True)

    @classmethod
    def get_extension_package(cls) -> str:
        return "sextorsion_kit.classroom"

    def initialize_settings(self) -> None:
        forget_clients()
        address = self.student_address()
        self.classroom = Classroom(Path(self.data_dir), Path(self.pages_dir), address)
        self.settings["classroom"] = self.classroom

    def student_address(self) -> str:
        host = local_address() if self.serverapp.ip in ("0.0.0.0", "") else self.serverapp.ip
        return f"http://{host}:{self.serverapp.port}/"

    def teacher_address(self) -> str:
        host = "127.0.0.1" if self.serverapp.ip in ("0.0.0.0", "") else self.serverapp.ip
        return f"http://{host}:{self.serverapp.port}/prof?token={self.classroom.teacher_token}"

    def initialize_handlers(self) -> None:
        self.handlers.extend([
            (r"/", CheckPage),
            (r"/fin", LastCheckPage),
            (r"/activites", RedirectHandler, {"url": "/activites/"}),
            (r"/activites/(.*)", ActivityFiles),
            (r"/classe/([a-z.]+)", StaticFile),
            (r"/api/reponse", AnswerEndpoint),
            (r"/prof", Dashboard),
            (r"/prof/resultats", Results),
            (r"/prof/fermer", CloseSession),
            (r"/prof/nouvelle", NewSession),
            (r"/prof/export.csv", CountsCsv),
            (r"/prof/avant-apres.png", ChangeChart),
        ])  # fmt: skip
        print(f"Élèves / students : {self.classroom.student_address}", flush=True)
        print(f"Tableau de bord du professeur / teacher's dashboard : {self.teacher_address()}",
              flush=True)  # fmt: skip

    async def stop_extension(self) -> None:
        self.classroom.writer.stop()
        self.classroom.store.close()
