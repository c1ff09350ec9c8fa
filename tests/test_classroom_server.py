"""The classroom server as students and the teacher meet it, over HTTP on loopback."""

from __future__ import annotations

import http.client
import json
import re
import sqlite3
import time
import urllib.parse
from pathlib import Path

import pytest
from classroom_server import Running, classroom

from sextorsion_kit.classroom.store import FILE_NAME, Store

TOKEN = "0123456789abcdef0123456789abcdef"
STRANGER = "127.0.0.2"  # Linux answers the whole of 127/8: a client with an address of its own
AGENT = "NavigateurDeTest/7.7 (eleve-particulier)"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """A small pages folder: an index and one page, as make student-pages writes them."""
    folder = tmp_path_factory.mktemp("eleves")
    page = "<!DOCTYPE html><html lang=fr><head><title>{0}</title></head><body><main><h1>{0}</h1></main></body></html>"
    (folder / "index.html").write_text(page.format("Activités"), encoding="utf-8")
    (folder / "quiz_reagir.html").write_text(page.format("Quiz"), encoding="utf-8")
    (folder / "lib").mkdir()
    (folder / "lib" / "kit-page.js").write_text("// host", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(pages, tmp_path_factory):
    data = tmp_path_factory.mktemp("donnees")
    with classroom(pages, data, data.parent / "classroom.log") as running:
        running.data = data
        yield running


class Client:
    """One browser: its cookies, its address, its user agent."""

    def __init__(self, running: Running, source: str = "127.0.0.1") -> None:
        parsed = urllib.parse.urlsplit(running.student)
        self.host, self.port, self.source = parsed.hostname, parsed.port, source
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None, headers=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10,
                                                source_address=(self.source, 0))  # fmt: skip
        sent = {"User-Agent": AGENT, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=sent)
        response = connection.getresponse()
        text = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        connection.close()
        return response.status, text, response.headers

    def check_page(self, path: str = "/") -> str:
        status, text, _headers = self.request("GET", path)
        assert status == 200
        return text.decode()

    def session(self) -> str:
        return re.search(r'data-session="([0-9a-f]+)"', self.check_page()).group(1)

    def answer(self, session: str | None = None, xsrf: bool = True, **changes):
        if "_xsrf" not in self.cookies:
            self.check_page()
        sent = {"session": session or self.session(), "token": TOKEN, "question": "check/payer",
                "option": "continue", "phase": "before", **changes}  # fmt: skip
        headers = {"Content-Type": "application/json"}
        if xsrf:
            headers["X-XSRFToken"] = urllib.parse.unquote(self.cookies["_xsrf"])
        status, text, _ = self.request("POST", "/api/reponse", json.dumps(sent).encode(), headers)
        return status, text.decode()


def stored(running: Running) -> list[tuple]:
    with sqlite3.connect(f"file:{running.data / FILE_NAME}?mode=ro", uri=True) as db:
        return db.execute("SELECT session, token, question, phase, option FROM answers").fetchall()


def teacher(running: Running) -> Client:
    client = Client(running)
    status, _text, headers = client.request("GET", f"/prof?token={running.token}")
    assert status == 302 and headers["Location"] == "/prof?lang=fr"
    return client


# --- students --------------------------------------------------------------------------------


def test_students_get_the_check_before_and_after_in_another_order(server):
    client = Client(server)
    before = client.check_page("/")
    after = client.check_page("/fin")
    order = lambda page: re.findall(r'name="(check/[a-z0-9-]+)" value', page)  # noqa: E731
    assert before.count("<fieldset>") == after.count("<fieldset>") == 5
    assert list(dict.fromkeys(order(before))) != list(dict.fromkeys(order(after)))
    assert sorted(set(order(before))) == sorted(set(order(after)))
    assert "Les bonnes réponses" in after and "Les bonnes réponses" not in before
    assert 'lang="en"' in client.check_page("/?lang=en")


def test_activity_pages_are_served_with_the_script_that_reports_first_tries(server):
    client = Client(server)
    status, text, headers = client.request("GET", "/activites/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'id="sxk-classroom"' in text and b'/classe/eleve.js' in text
    assert b"J'ai fini" in text
    status, text, _ = client.request("GET", "/activites/quiz_reagir.html")
    assert status == 200 and b"sxk-classroom" in text and b"J'ai fini" not in text
    assert client.request("GET", "/activites/lib/kit-page.js")[1] == b"// host"
    assert client.request("GET", "/activites")[0] == 301


@pytest.mark.parametrize(
    "path", ["/api/kernels", "/api/contents", "/api/status", "/api", "/api/me", "/metrics",
             "/static/style/index.css", "/favicon.ico", "/custom/custom.css", "/prof/", "/activites/%00",
             "/api/security/csp-report", "/lab", "/tree", "/files/x",
             "/login", "/logout", "/activites/../../etc/passwd", "/activites/%2e%2e/%2e%2e/etc/passwd",
             "/classe/app.py"],
)  # fmt: skip
def test_nothing_else_is_served_no_jupyter_service_no_file_outside_the_pages(server, path):
    status, text, _ = Client(server).request("GET", path)
    assert status == 404, text


def test_a_known_answer_is_stored_once_acknowledged(server):
    client = Client(server)
    session = client.session()
    assert client.answer(session, option="arret", token="a" * 32) == (201, "stored\n")
    assert (session, "a" * 32, "check/payer", "before", "arret") in stored(server)


@pytest.mark.parametrize(
    ("changes", "status", "reason"),
    [
        ({"question": "check/inconnue"}, 422, "unknown question"),
        ({"option": "<b>gras</b>"}, 422, "unknown option for this question"),
        ({"phase": "activity"}, 422, "this question is not asked in this phase"),
        ({"token": "pas-un-jeton"}, 400, "token must be 32 hexadecimal digits"),
        ({"session": "0" * 16}, 409, "not the current session: reload the page"),
        ({"name": "Léa"}, 400, "body must be an object with exactly"),
    ],
)
def test_bad_answers_get_a_4xx_and_one_line_and_store_nothing(server, changes, status, reason):
    before = stored(server)
    got, text = Client(server).answer(**changes)
    assert got == status and text.startswith(reason) and text.count("\n") == 1
    assert stored(server) == before


def test_a_body_over_4_kb_or_not_json_or_without_xsrf_is_refused(server):
    client = Client(server)
    client.check_page()
    before = stored(server)
    headers = {"Content-Type": "application/json",
               "X-XSRFToken": urllib.parse.unquote(client.cookies["_xsrf"])}  # fmt: skip
    status, text, _ = client.request("POST", "/api/reponse", b"{" + b" " * 5000 + b"}", headers)
    assert (status, text) == (413, b"body over 4096 bytes\n")
    status, text, _ = client.request("POST", "/api/reponse", b"<html>", headers)
    assert (status, text) == (400, b"body is not JSON\n")
    status, text = client.answer(xsrf=False)
    assert status == 403 and "_xsrf" in text
    assert stored(server) == before


def test_one_browser_sending_too_fast_is_slowed_down(server):
    client = Client(server)
    session = client.session()
    statuses = [client.answer(session, token="b" * 32)[0] for _ in range(45)]
    assert statuses[:40] == [201] * 40 and 429 in statuses[40:]
    assert client.answer(session, token="c" * 32)[0] == 201  # another browser is not slowed


# --- the teacher -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/prof"), ("GET", "/prof?token=faux"), ("GET", "/prof/resultats"),
     ("GET", "/prof/export.csv"), ("GET", "/prof/avant-apres.png"),
     ("POST", "/prof/fermer"), ("POST", "/prof/nouvelle")],
)  # fmt: skip
def test_the_dashboard_and_export_need_the_token(server, method, path):
    client = Client(server)
    client.check_page()
    headers = {"X-XSRFToken": urllib.parse.unquote(client.cookies["_xsrf"])}
    status, text, _ = client.request(method, path, b"" if method == "POST" else None, headers)
    assert status == 403 and text == b"the teacher's address, with its token, is needed\n"


def test_the_token_leaves_the_address_for_a_cookie_and_opens_the_results(server):
    client = teacher(server)
    status, text, _ = client.request("GET", "/prof")
    assert status == 200 and b"sxk-pulse-config" in text and server.token.encode() not in text
    status, text, headers = client.request("GET", "/prof/resultats")
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert {"session", "check", "changes", "activities", "most_missed"} <= set(json.loads(text))
    status, text, headers = client.request("GET", "/prof/export.csv")
    assert status == 200 and text.startswith(b"session,date,question")
    status, text, _ = client.request("GET", "/prof/avant-apres.png")
    assert status == 200 and text[:4] == b"\x89PNG"


def test_closing_refuses_answers_and_a_new_session_takes_them_again(server):
    boss = teacher(server)
    boss.check_page()
    xsrf = {"X-XSRFToken": urllib.parse.unquote(boss.cookies["_xsrf"])}
    student = Client(server)
    old = student.session()
    assert boss.request("POST", "/prof/fermer", b"", xsrf)[0] == 204
    assert student.answer(old, token="d" * 32) == (409, "the session is closed\n")
    assert "La séance est fermée" in student.check_page()
    assert boss.request("POST", "/prof/nouvelle", b"", xsrf)[0] == 204
    new = student.session()
    assert new != old and student.answer(new, token="d" * 32)[0] == 201
    assert student.answer(old, token="d" * 32)[0] == 409


def test_pages_say_where_they_may_load_from_and_send_no_referrer(server):
    _status, _text, headers = Client(server).request("GET", "/activites/")
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "report-uri" not in policy
    assert headers["Referrer-Policy"] == "no-referrer"
    assert Client(server).request("GET", "/nulle-part")[2]["Referrer-Policy"] == "no-referrer"


def test_no_address_and_no_browser_name_is_written_anywhere(server):
    client = Client(server, source=STRANGER)
    session = client.session()
    client.answer(session, token="e" * 32)
    client.answer(session, question="inconnue")
    client.request("GET", "/nulle-part")
    client.request("GET", "/prof?token=faux")
    client.request("POST", "/api/reponse", b"{}", {"Content-Type": "application/json"})
    for path in ("/nulle-part", "/api/security/csp-report", "/prof/fermer"):
        client.request("POST", path, b"{}", {"Content-Type": "application/json"})  # no XSRF
    client.request("GET", "/activites/%00")
    client.request("POST", "/api/reponse", b"[" * 4000, {"Content-Type": "application/json"})
    time.sleep(0.3)
    written = server.output() + "".join(
        path.read_bytes().decode("latin-1") for path in server.data.iterdir()
    )
    assert STRANGER not in written and "NavigateurDeTest" not in written
    assert ("e" * 32) in written  # the file was read: the token of the answer is in it


def test_a_restart_purges_old_sessions_and_goes_on_with_the_open_one(pages, tmp_path):
    data = tmp_path / "donnees"
    store = Store(data)
    old = store.open_session(now=time.time() - 40 * 86400)
    current = store.open_session(now=time.time() - 3600)
    store.close()
    with classroom(pages, data, tmp_path / "log") as running:
        running.data = data
        assert Client(running).session() == current.id
        kept = Store(data)
        assert [s.id for s in kept.sessions()] == [current.id] and kept.session(old.id) is None
        kept.close()


def test_a_session_takes_a_bounded_number_of_browsers(server):
    from sextorsion_kit.classroom.state import MAX_BROWSERS

    boss = teacher(server)
    boss.check_page()
    boss.request("POST", "/prof/nouvelle", b"", {"X-XSRFToken": urllib.parse.unquote(boss.cookies["_xsrf"])})
    client = Client(server)
    session = client.session()
    statuses = [client.answer(session, token=f"{n:032x}")[0] for n in range(MAX_BROWSERS + 2)]
    assert statuses[:MAX_BROWSERS] == [201] * MAX_BROWSERS
    assert statuses[MAX_BROWSERS:] == [429, 429]
    assert client.answer(session, token=f"{0:032x}", option="arret")[0] == 201  # one already in


def test_the_dashboard_opens_on_the_teachers_machine_only(pages, tmp_path):
    from sextorsion_kit.classroom.network import local_address

    network = local_address()
    assert network != "127.0.0.1", "this test needs a network address besides loopback"
    with classroom(pages, tmp_path / "donnees", tmp_path / "log", ip="0.0.0.0") as running:
        running.data = tmp_path / "donnees"
        outside = Client(running, source=network)
        outside.host = network
        status, text, _ = outside.request("GET", f"/prof?token={running.token}")
        assert (status, text) == (403, b"the dashboard opens on the teacher's machine only\n")
        assert outside.check_page().count("<fieldset>") == 5  # students are welcome
        assert teacher(running).request("GET", "/prof")[0] == 200
        assert network not in running.output().split("Élèves", 1)[1].split("\n", 1)[1]
