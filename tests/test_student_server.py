"""`make student`: the static pages served from the teacher's machine, no kernel, no log."""

from __future__ import annotations

import io
import os
import socket
import struct
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from activity_driver import answer_one_of_each_kind, quiz_in
from browser_support import PageWatch, free_port, running

from sextorsion_kit.build.serve import student_server
from sextorsion_kit.content import load_content
from sextorsion_kit.content.labels import label

REPOSITORY = Path(__file__).resolve().parents[1]
CONTENT = load_content()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<!doctype html><title>x</title>", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.js").write_text("1", encoding="utf-8")
    return tmp_path


def test_the_server_serves_files_lists_no_folder_and_logs_no_address(folder: Path, capsys):
    server = student_server(folder, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with urllib.request.urlopen(f"{base}/") as answer:
            assert answer.status == 200 and b"<title>x" in answer.read()
        with urllib.request.urlopen(f"{base}/lib/a.js") as answer:
            assert answer.read() == b"1"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/lib/")
        assert refused.value.code == 404
        for outside in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/lib/%2e%2e/%2e%2e/x"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(base + outside)
            assert refused.value.code == 404, outside
        # a student who closes the tab mid-download: the error is not printed with an address
        with socket.create_connection(("127.0.0.1", server.server_address[1])) as closed:
            closed.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            closed.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        server.handle_error(None, ("192.0.2.7", 4242))
    finally:
        server.shutdown()
        server.server_close()
    written = capsys.readouterr()
    for address in ("127.0.0.1", "192.0.2.7"):
        assert address not in written.out + written.err  # no access log, no address


def test_a_folder_without_pages_is_refused_with_its_reason(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="make slides"):
        student_server(tmp_path, "127.0.0.1", 0)


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """`make student` on a free loopback port, its pages in a throw-away folder."""
    home = tmp_path_factory.mktemp("student")
    log, pages = home / "student.log", home / "eleves"
    port = free_port()
    command = ["make", "--no-print-directory", "student", f"STUDENT_PORT={port}"]
    command.append(f"STUDENT_PAGES={pages}")
    with running(command, f"http://127.0.0.1:{port}/", dict(os.environ), REPOSITORY, log):
        yield f"http://127.0.0.1:{port}", log


@pytest.mark.browser
def test_students_open_the_french_index_and_play_with_no_kernel(page, served):
    base, log = served
    watch = PageWatch()
    watch.attach(page)
    page.goto(f"{base}/")
    page.get_by_role("heading", name=label("pages_title", "fr")).wait_for(timeout=30_000)
    page.get_by_role("link", name=CONTENT.quizzes["reagir"].title.fr).click()
    quiz = quiz_in(page.locator("main"), CONTENT.quizzes["reagir"].title.fr)
    assert answer_one_of_each_kind(quiz, {"single"}) == {"single"}
    assert watch.outside_requests == [] and watch.console_errors == []
    shown = io.StringIO(log.read_text(encoding="utf-8"))
    assert not [line for line in shown if "GET /" in line]  # no request logged
