"""Helpers for browser tests: a free loopback port, a server that stops, Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

BIND_GAP_SECONDS = 0.02


def require(missing: str | None) -> None:
    """Skip outside CI when a tool is missing; in CI (``CI`` set) a missing tool is a failure."""
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(missing)
    pytest.skip(missing)


def keep_offline(page):
    """Let ``page`` load local files only: other requests are aborted and recorded.

    Sets ``page.requested`` (every URL asked), ``page.outside`` (those aborted) and
    ``page.errors`` (console errors and uncaught exceptions).
    """
    page.requested, page.outside, page.errors = [], [], []

    def route(route) -> None:
        url = route.request.url
        page.requested.append(url)
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            page.outside.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def serious_axe_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page (axe ships in the package)."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']]})"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerOutput:
    """A server's output, copied to a log line by line; an event fires once it names the port."""

    def __init__(self, process: subprocess.Popen, log: Path, port: int):
        self.announced = False
        self.finished = threading.Event()
        self._thread = threading.Thread(
            target=self._follow, args=(process, log, f":{port}/"), daemon=True
        )
        self._thread.start()

    def _follow(self, process: subprocess.Popen, log: Path, marker: str) -> None:
        with log.open("w") as output:
            for line in process.stdout:
                output.write(line)
                output.flush()
                if not self.announced and marker in line:
                    self.announced = True
                    self.finished.set()
        self.finished.set()

    def close(self, seconds: float = 15) -> None:
        self._thread.join(seconds)


def wait_for_http(
    url: str, process: subprocess.Popen, output: ServerOutput, seconds: float = 90
) -> None:
    """Wait until the server prints its address, then until ``url`` answers.

    Voilà prints its address once it listens. Jupyter Server prints it just before it binds,
    on the first turn of its event loop: only in that gap is a refused connection retried.
    """
    deadline = time.monotonic() + seconds
    if not output.finished.wait(seconds):
        raise TimeoutError(f"the server did not print its address ({url}) after {seconds} s")
    if not output.announced:
        process.wait(timeout=15)
        raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
    while True:
        try:
            with urllib.request.urlopen(url, timeout=max(deadline - time.monotonic(), 5)):
                return
        except urllib.error.URLError as error:
            refused = isinstance(error.reason, ConnectionRefusedError)
            if not refused or process.poll() is not None or time.monotonic() > deadline:
                raise
        time.sleep(BIND_GAP_SECONDS)


@contextlib.contextmanager
def running(
    command: Sequence[str], url: str, env: dict[str, str], cwd: Path, log: Path
) -> Iterator[None]:
    """Start a server in its own process group, wait for ``url``, stop it all afterwards."""
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        encoding="utf-8",
        errors="replace",
        start_new_session=True,
    )
    output = ServerOutput(process, log, urllib.parse.urlsplit(url).port)
    try:
        wait_for_http(url, process, output)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        output.close()


def is_local(url: str) -> bool:
    return url.startswith(
        ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "data:", "blob:", "about:")
    )


@dataclass
class PageWatch:
    """What a page did that a test must check: outside requests and console errors."""

    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        def route(route) -> None:
            if is_local(route.request.url):
                route.continue_()
            else:
                self.outside_requests.append(route.request.url)
                route.abort()

        page.route("**/*", route)
        page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
