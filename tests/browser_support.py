"""Helpers for browser tests: a free loopback port, a server that stops, Debian's Chromium."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sextorsion_kit.build.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - re-exported


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_http(url: str, process: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2):
            return
        time.sleep(0.3)
    raise TimeoutError(f"no answer from {url} after {seconds} s")


@contextlib.contextmanager
def running(
    command: Sequence[str], url: str, env: dict[str, str], cwd: Path, log: Path
) -> Iterator[None]:
    """Start a server in its own process group, wait for ``url``, stop it all afterwards."""
    with log.open("w") as output:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_http(url, process)
            yield
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


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
