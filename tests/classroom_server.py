"""A classroom server in a subprocess, for tests and benchmarks: started, read, stopped."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from browser_support import free_port

ADDRESS = re.compile(r"(http://\S+)")


@dataclass
class Running:
    process: subprocess.Popen
    student: str  # http://127.0.0.1:port/
    teacher: str  # http://127.0.0.1:port/prof?token=...
    log: Path

    @property
    def token(self) -> str:
        return self.teacher.split("token=", 1)[1]

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8")


def start(pages: Path, data: Path, log: Path, port: int | None = None, ip: str = "127.0.0.1") -> Running:
    """Start the server; return once it has printed both addresses and answers."""
    port = port or free_port()
    env = {**os.environ, "CLASSROOM_DATA": str(data), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "sextorsion_kit", "classroom", "serve",
               f"--pages={pages}", f"--ip={ip}", f"--port={port}"]  # fmt: skip
    handle = log.open("w", encoding="utf-8")
    process = subprocess.Popen(command, env=env, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = ADDRESS.findall(log.read_text(encoding="utf-8"))
        if len(found) >= 2:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return Running(process, found[0], found[1], log)
            except OSError:
                pass
        if process.poll() is not None:
            raise RuntimeError(f"the classroom server stopped:\n{log.read_text()}")
        time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"the classroom server did not start:\n{log.read_text()}")


def stop(running: Running) -> None:
    running.process.terminate()
    try:
        running.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        running.process.kill()
        running.process.wait()


@contextmanager
def classroom(pages: Path, data: Path, log: Path, **options) -> Iterator[Running]:
    running = start(pages, data, log, **options)
    try:
        yield running
    finally:
        stop(running)
