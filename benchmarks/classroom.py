"""Class pulse (``make classroom``) under a class's load, on loopback: figures printed.

1. 60 simulated students at once, each answering 5 questions before, 10 during the
   activities and 5 after: answers lost (must be 0), time to store an answer (median, p95,
   max), the server's memory.
2. The same class, the server killed (SIGKILL) in the middle, then restarted: every answer
   acknowledged before the kill must still be there, and SQLite's integrity check must pass.

Bounded and self-stopping: every request has a timeout and the whole run a deadline.
"""

from __future__ import annotations

import http.client
import json
import random
import signal
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import psutil

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "tests"))
from classroom_server import Running, start, stop  # noqa: E402

from sextorsion_kit.classroom.store import FILE_NAME  # noqa: E402
from sextorsion_kit.content import load_content  # noqa: E402
from sextorsion_kit.logic.answers import known_questions  # noqa: E402

STUDENTS = 60
DEADLINE_SECONDS = 120
CONTENT = load_content()
KNOWN = known_questions(CONTENT.class_check, CONTENT.quizzes, CONTENT.labels)
CHECK = [key for key in KNOWN if key.startswith("check/")]
ACTIVITY = [key for key, q in KNOWN.items() if q.options and "activity" in q.phases]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Student(threading.Thread):
    """One browser: opens the check page, then posts answers one after the other."""

    def __init__(self, running: Running, number: int, stop_flag: threading.Event,
                 endless: bool = False) -> None:  # fmt: skip
        super().__init__(daemon=True)
        self.running, self.stop_flag, self.endless = running, stop_flag, endless
        self.token = f"{number:032x}"
        self.random = random.Random(number)
        self.acknowledged: list[tuple[str, str, str, str]] = []  # token, question, phase, option
        self.timings: list[float] = []
        self.failures = 0
        self.pending: tuple[str, str, str, str] | None = None  # sent, not yet acknowledged

    def answers(self):
        for question in CHECK:
            yield question, "before"
        for question in self.random.sample(ACTIVITY, 10):
            yield question, "activity"
        for question in self.random.sample(CHECK, len(CHECK)):
            yield question, "after"

    def run(self) -> None:
        parsed = urllib.parse.urlsplit(self.running.student)
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
        try:
            connection.request("GET", "/")
            response = connection.getresponse()
            page = response.read().decode()
            cookie = response.getheader("Set-Cookie").split(";", 1)[0]
            session = page.split('data-session="', 1)[1].split('"', 1)[0]
            headers = {"Content-Type": "application/json", "Cookie": cookie,
                       "X-XSRFToken": urllib.parse.unquote(cookie.split("=", 1)[1])}  # fmt: skip
            rounds = 0
            while not self.stop_flag.is_set() and (self.endless or rounds == 0):
                if rounds:  # the kill test goes on with new browsers: no rate limit is reached
                    self.token = f"{int(self.token, 16) + 2**64:032x}"
                rounds += 1
                for question, phase in self.answers():
                    if self.stop_flag.is_set():
                        return
                    option = self.random.choice(list(KNOWN[question].options))
                    body = json.dumps({"session": session, "token": self.token, "question": question,
                                       "option": option, "phase": phase})  # fmt: skip
                    began = time.perf_counter()
                    self.pending = (self.token, question, phase, option)
                    connection.request("POST", "/api/reponse", body, headers)
                    response = connection.getresponse()
                    response.read()
                    if response.status == 201:
                        self.timings.append(time.perf_counter() - began)
                        self.acknowledged.append((self.token, question, phase, option))
                        self.pending = None
                    elif response.status == 429:
                        time.sleep(1)
                    else:
                        self.failures += 1
                    time.sleep(self.random.uniform(0, 0.05))  # a student reads, then clicks
        except (OSError, http.client.HTTPException):
            self.failures += 1  # the kill test cuts connections on purpose
        finally:
            connection.close()


def stored(data: Path) -> dict[tuple[str, str, str], str]:
    with sqlite3.connect(f"file:{data / FILE_NAME}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT token, question, phase, option FROM answers").fetchall()
    return {(token, question, phase): option for token, question, phase, option in rows}


def latest(acknowledged: list[tuple[str, str, str, str]]) -> dict[tuple[str, str, str], str]:
    """The last acknowledged option per (browser, question, phase): a later one replaces it."""
    return {(token, question, phase): option for token, question, phase, option in acknowledged}


def memory(process: psutil.Process) -> str:
    status = Path(f"/proc/{process.pid}/status").read_text().splitlines()
    peak = next(line for line in status if line.startswith("VmHWM"))
    return f"{process.memory_info().rss / 2**20:.0f} MB now, {int(peak.split()[1]) / 1024:.0f} MB peak"


def load_test(pages: Path, folder: Path) -> None:
    running = start(pages, folder / "donnees", folder / "load.log")
    try:
        server = psutil.Process(running.process.pid)
        flag = threading.Event()
        students = [Student(running, n, flag) for n in range(STUDENTS)]
        began = time.perf_counter()
        for student in students:
            student.start()
        for student in students:
            student.join(timeout=max(1, DEADLINE_SECONDS - (time.perf_counter() - began)))
        flag.set()
        elapsed = time.perf_counter() - began
        acknowledged = [a for s in students for a in s.acknowledged]
        timings = [t * 1000 for s in students for t in s.timings]
        wanted, kept = latest(acknowledged), stored(folder / "donnees")
        lost = [key for key, option in wanted.items() if kept.get(key) != option]
        print(f"load: {STUDENTS} students, {len(acknowledged)} answers acknowledged in {elapsed:.1f} s "
              f"({len(acknowledged) / elapsed:.0f}/s), {sum(s.failures for s in students)} failed")
        print(f"  answers lost: {len(lost)} (of {len(wanted)} distinct)")
        print(f"  time to store an answer: median {statistics.median(timings):.1f} ms, "
              f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms")
        print(f"  server memory: {memory(server)}")
    finally:
        stop(running)


def kill_test(pages: Path, folder: Path) -> None:
    data = folder / "donnees-kill"
    running = start(pages, data, folder / "kill.log")
    flag = threading.Event()
    students = [Student(running, n, flag, endless=True) for n in range(STUDENTS)]
    for student in students:
        student.start()
    time.sleep(2.0)  # the middle of the load
    running.process.send_signal(signal.SIGKILL)
    running.process.wait()
    flag.set()
    for student in students:
        student.join(timeout=15)
    acknowledged = [a for s in students for a in s.acknowledged]
    restarted = start(pages, data, folder / "restart.log", port=None)
    try:
        kept = stored(data)
        wanted = latest(acknowledged)
        # An answer in flight at the kill may have been stored without its acknowledgement.
        in_flight = {s.pending[:3]: s.pending[3] for s in students if s.pending}
        missing = [
            key for key, option in wanted.items() if kept.get(key) not in (option, in_flight.get(key))
        ]
        with sqlite3.connect(f"file:{data / FILE_NAME}?mode=ro", uri=True) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        print(f"kill: SIGKILL after 2.0 s of load, {len(acknowledged)} answers acknowledged "
              f"({len(wanted)} distinct)")
        print(f"  after the restart: {len(missing)} acknowledged answers missing, "
              f"{len(kept)} stored, integrity check: {integrity}")
    finally:
        stop(restarted)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pages = folder / "eleves"
        pages.mkdir()
        (pages / "index.html").write_text("<!DOCTYPE html><title>x</title><body></body>")
        load_test(pages, folder)
        kill_test(pages, folder)


if __name__ == "__main__":
    main()
