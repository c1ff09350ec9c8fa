"""One thread that writes answers, many at a time, so a class answering at once waits little.

Handlers hand an answer to :meth:`AnswerWriter.submit` and wait for its future. The thread
takes every answer waiting, stores them in one transaction (one disk sync for all), then
resolves their futures: an answer is acknowledged only once it is on disk.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from pathlib import Path

from .store import Answer, Store

MAX_BATCH = 500
_STOP = None


class AnswerWriter:
    def __init__(self, folder: Path) -> None:
        self._waiting: queue.SimpleQueue[tuple[Answer, Future[None]] | None] = queue.SimpleQueue()
        self._store = Store(folder)  # its own connection: reads elsewhere never wait for it
        self._thread = threading.Thread(target=self._run, name="classroom-writer", daemon=True)
        self._thread.start()

    def submit(self, answer: Answer) -> Future[None]:
        done: Future[None] = Future()
        self._waiting.put((answer, done))
        return done

    def stop(self) -> None:
        self._waiting.put(_STOP)
        self._thread.join(timeout=10)
        self._store.close()

    def _run(self) -> None:
        while True:
            item = self._waiting.get()
            stopping = item is _STOP
            batch = [] if stopping else [item]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._waiting.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    stopping = True
                    break
                batch.append(more)
            if batch:
                self._write(batch)  # type: ignore[arg-type]
            if stopping:
                return

    def _write(self, batch: list[tuple[Answer, Future[None]]]) -> None:
        # A browser that gave up (its future cancelled) is skipped, so the thread never dies.
        batch = [(answer, done) for answer, done in batch if done.set_running_or_notify_cancel()]
        try:
            self._store.record([answer for answer, _done in batch])
        except Exception as error:  # the disk is full, say: every waiting browser is told
            for _answer, done in batch:
                done.set_exception(error)
            return
        for _answer, done in batch:
            done.set_result(None)
