"""``make student``: the static student pages served from the teacher's machine, no kernel.

A plain threaded HTTP server over one folder (``slides/build/eleves/``): every student gets
files, nothing runs per student, nothing is stored. It logs no request, so no student's
address is written anywhere; only the folder's files are served (no directory listing).
"""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..classroom.network import local_address


class QuietHandler(SimpleHTTPRequestHandler):
    """Files of one folder; no access log (it would hold students' addresses)."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def list_directory(self, path):  # type: ignore[override]
        self.send_error(404, "No listing")
        return None

    def end_headers(self) -> None:
        # Pages are rebuilt by make slides: never serve a stale copy from the browser's cache.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


class StudentServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a class opening the page at once

    def handle_error(self, request, client_address) -> None:  # type: ignore[override]
        # The base prints the client's address with the traceback (a student who closed the
        # tab mid-download, say): nothing about a student is written anywhere.
        pass


def student_server(folder: Path, host: str = "127.0.0.1", port: int = 8866) -> StudentServer:
    """A server for ``folder`` on ``host:port`` (``0.0.0.0``: the school network)."""
    if not (folder / "index.html").is_file():
        raise FileNotFoundError(f"{folder}/index.html is missing: run make student or make slides")
    handler = functools.partial(QuietHandler, directory=str(folder))
    return StudentServer((host, port), handler)


def serve(folder: Path, host: str, port: int) -> None:
    """Serve ``folder`` until Ctrl+C, saying which address to give the students."""
    server = student_server(folder, host, port)
    shown = local_address() if host == "0.0.0.0" else host
    print(f"Activités élèves : http://{shown}:{port}/  (Ctrl+C pour arrêter)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
