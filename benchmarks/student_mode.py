"""Voilà student mode (``make student-voila``) in a real browser: figures printed, never asserted.

- page load, from the request to the first answer a student can click (quiz and law page);
- click on "Vérifier" to the feedback painted, timed inside the page (performance.now to the
  second animation frame), over 20 clicks; the same for a tick in the law exercise;
- the resident memory of each student's kernel (Voilà runs one per page).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import psutil
from playwright.sync_api import sync_playwright

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "tests"))
from browser_support import free_port, running  # noqa: E402

from sextorsion_kit.build.chromium import launch  # noqa: E402
from sextorsion_kit.build.student import student_file_name  # noqa: E402

LOADS = 5
CLICKS = 20
QUIZ_PAGE = student_file_name(2, "Quiz : bien réagir")
LAW_PAGE = student_file_name(3, "Ce que dit la loi")
# Times every click on `selector` to the frame painted after it (two frames: the one that
# runs the handler's layout, then the one in which the result shows).
TIMER = """(selector) => {
  window.paintTimings = [];
  document.addEventListener("click", (event) => {
    if (!event.target.closest(selector)) return;
    const start = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => window.paintTimings.push(performance.now() - start)));
  }, true);
}"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def kernels_under(pid: int) -> list[psutil.Process]:
    children = psutil.Process(pid).children(recursive=True)
    return [p for p in children if "ipykernel" in " ".join(p.cmdline())]


def load_seconds(browser, url: str, clickable: str) -> list[float]:
    """Seconds from the request to the first clickable answer, over fresh pages."""
    seconds = []
    for _ in range(LOADS):
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(url, timeout=120_000)
        page.locator(clickable).first.wait_for(timeout=120_000)
        seconds.append(time.perf_counter() - started)
        page.close()
    return seconds


def quiz_clicks(browser, url: str) -> list[float]:
    page = browser.new_page()
    page.goto(url, timeout=120_000)
    quiz = page.locator(".sxk-quiz[data-quiz=reagir]").first
    quiz.locator("input[type=radio]").first.wait_for(timeout=120_000)
    page.evaluate(TIMER, "[data-key=check]")
    for n in range(CLICKS):
        quiz.locator("input[type=radio]").nth(n % 2).check()
        quiz.locator("[data-key=check]").click()
        page.wait_for_function(f"window.paintTimings.length > {n}")
    timings = page.evaluate("window.paintTimings")
    page.close()
    return timings


def law_clicks(browser, url: str) -> list[float]:
    page = browser.new_page()
    page.goto(url, timeout=120_000)
    law = page.locator(".sxk-law").first
    law.locator("input[data-fact]").first.wait_for(timeout=120_000)
    page.evaluate(TIMER, "input[data-fact]")
    law.locator("input[data-fact=threat_sexual_images]").check()
    for n in range(1, CLICKS + 1):
        law.locator("input[data-fact=money_demanded]").set_checked(n % 2 == 1)
        page.wait_for_function(f"window.paintTimings.length > {n}")
    timings = page.evaluate("window.paintTimings")
    page.close()
    return timings


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-voila-"))
    port = free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config")}
    command = ["make", "--no-print-directory", "student-voila", f"STUDENT_PORT={port}"]
    command.append("STUDENT_ARGS=--no-browser")
    base = f"http://127.0.0.1:{port}/voila/render/"
    with running(command, f"http://127.0.0.1:{port}/", env, REPOSITORY, home / "voila.log"):
        server = next(
            p
            for p in psutil.process_iter(["cmdline"])
            if str(port) in " ".join(p.info["cmdline"] or [])
            and "voila" in " ".join(p.info["cmdline"] or [])
        )
        with sync_playwright() as playwright:
            browser = launch(playwright)
            quiz_url, law_url = base + quote(QUIZ_PAGE), base + quote(LAW_PAGE)
            quiz_loads = load_seconds(browser, quiz_url, ".sxk-quiz input[type=radio]")
            law_loads = load_seconds(browser, law_url, "input[data-fact]")
            quiz_paint, law_paint = quiz_clicks(browser, quiz_url), law_clicks(browser, law_url)
            kernels = [k.memory_info().rss / 2**20 for k in kernels_under(server.pid)]
            browser.close()
    print("student mode in Voilà (make student-voila, Debian chromium, loopback):")
    for name, loads in (("quiz", quiz_loads), ("law", law_loads)):
        print(f"  {name} page load to first clickable answer: median {statistics.median(loads):.2f} s over {LOADS}")
    for name, paint in (("Check -> feedback", quiz_paint), ("law tick -> offences", law_paint)):
        print(
            f"  {name} painted: median {statistics.median(paint):.1f} ms, "
            f"p95 {percentile(paint, 0.95):.1f} ms over {len(paint)} clicks (in the page)"
        )
    if kernels:
        print(
            f"  kernels alive: {len(kernels)}, {min(kernels):.0f}-{max(kernels):.0f} MiB resident each"
        )


if __name__ == "__main__":
    main()
