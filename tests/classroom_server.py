"""A classroom server in a subprocess, for tests and benchmarks: started, read, stopped."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from browser_support import ServerOutput, free_port, wait_for_http

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
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, encoding="utf-8", errors="replace")  # fmt: skip
    output = ServerOutput(process, log, port)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process, output, seconds=60)
    except Exception:
        process.kill()
        raise
    student, teacher = ADDRESS.findall(log.read_text(encoding="utf-8"))[:2]
    return Running(process, student, teacher, log)


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
