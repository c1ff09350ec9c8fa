"""The front-end widgets in Debian's Chromium: figures printed, never asserted.

30 students opening a page from ``serve`` at once (each on their own device: the server
answers 29 while a 30th page opens; and, as a worst case, all 30 pages drawn by this machine); click to feedback painted (static page and
deck); a law fact ticked to offences and bars; a static page opened from disk. Clicks and
opening are timed in the page. Non-local requests are aborted and counted; time is bounded.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
from playwright.async_api import Browser, BrowserContext, Page, Route, async_playwright

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "tests"))
from browser_support import free_port, running  # noqa: E402

from sextorsion_kit.build.chromium import launch  # noqa: E402

STUDENTS = 30
CLICKS = 24
TOGGLES = 24
OPENS = 12
TIMEOUT_MS = 60_000
CROWD_LIMIT_S = 45
RUN_LIMIT_S = 300
QUIZ, LAW = "quiz_reagir.html", "que_s_est_il_passe.html"
RADIO, FACT = "input[type=radio]", "input[data-fact]"
DECK = REPOSITORY / "slides" / "build" / "seance-11-14_fr.html"
SCRIPTS = ("lib/kit-page.js",)
LOCAL = ("file:", "data:", "blob:", "http://127.0.0.1:")
Click = Callable[[Page, int], Awaitable[None]]
blocked: list[str] = []
rows: list[tuple[str, str, str]] = []

# Capture-phase click on `selector`: ms to the next animation frame (the one that paints) and
# to the one after (painted), with the text of `shown` then (compared with the settled text).
TIMER = """([selector, shown]) => {
  window.sxkTimes = [];
  document.addEventListener('click', (event) => {
    if (!event.target.closest(selector)) return;
    const start = performance.now();
    requestAnimationFrame(() => {
      const next = performance.now() - start;
      requestAnimationFrame(() => window.sxkTimes.push(
        [performance.now() - start, next, document.querySelector(shown)?.textContent ?? '']));
    });
  }, true);
}"""
# Before any page script: ms since navigation start when the first answer is visible.
FIRST_ANSWER = """window.sxkReady = null;
const sxkLook = () => { window.sxkReady ??=
  document.querySelector('input[type=radio]')?.checkVisibility() ? performance.now() : null; };
const sxkFrame = () => { sxkLook(); if (window.sxkReady === null) requestAnimationFrame(sxkFrame); };
new MutationObserver(sxkLook).observe(document, {subtree: true, childList: true, attributes: true});
requestAnimationFrame(sxkFrame);"""


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def p95(values: list[float]) -> str:
    """The 95th percentile of ``values``, in ms."""
    return f"{percentile(values, 0.95):.1f} ms"


def spread(values: list[float]) -> str:
    """'median X ms, Y ms p95 (n)'."""
    return f"median {statistics.median(values):.1f} ms, {p95(values)} p95 ({len(values)})"


async def keep_local(route: Route) -> None:
    """Let local requests through; abort and record any other."""
    if route.request.url.startswith(LOCAL):
        await route.continue_()
    else:
        blocked.append(route.request.url)
        await route.abort()


async def new_context(browser: Browser) -> BrowserContext:
    """A fresh browser context that can only reach local files and loopback."""
    context = await browser.new_context()
    await context.route("**/*", keep_local)
    return context


async def open_page(browser: Browser, url: str, script: str = "") -> tuple[BrowserContext, Page]:
    """``url`` in a fresh local-only context, ``script`` run before the page's own."""
    context = await new_context(browser)
    if script:
        await context.add_init_script(script)
    page = await context.new_page()
    await page.goto(url, timeout=TIMEOUT_MS)
    return context, page


def build_pages(folder: Path) -> Path:
    """Write the static student pages into ``folder``; return it."""
    command = [sys.executable, "-m", "sextorsion_kit", "student-pages", str(folder)]
    subprocess.run(command, cwd=REPOSITORY, check=True, capture_output=True, timeout=120)
    return folder


def server_figures(port: int) -> tuple[int, float]:
    """The ``serve`` process on ``port``: ipykernel processes under it, resident MiB."""
    for process in psutil.process_iter(["cmdline"]):
        line = " ".join(process.info["cmdline"] or [])
        if "sextorsion_kit serve" in line and f"--port {port}" in line:
            children = process.children(recursive=True)
            kernels = sum("ipykernel" in " ".join(p.cmdline()) for p in children)
            return kernels, process.memory_info().rss / 2**20
    raise LookupError(f"no serve process on port {port}")


async def open_once(context: BrowserContext, url: str, answer: str) -> float | None:
    """Seconds from goto to the first answer visible; None if not within ``CROWD_LIMIT_S``."""
    page = await context.new_page()
    started = time.perf_counter()
    try:
        await asyncio.wait_for(clickable(page, url, answer), CROWD_LIMIT_S)
    except TimeoutError:
        return None
    return time.perf_counter() - started


async def clickable(page: Page, url: str, answer: str) -> None:
    """Go to ``url`` and wait for its first ``answer`` to be visible (no Playwright limit)."""
    await page.goto(url, wait_until="commit", timeout=0)
    await page.locator(answer).first.wait_for(timeout=0)


async def crowd(browser: Browser, url: str, answer: str) -> None:
    """30 students at once: seconds until every page can be clicked (figure 1)."""
    contexts = [await new_context(browser) for _ in range(STUDENTS)]
    started = time.perf_counter()
    each = await asyncio.gather(*(open_once(c, url, answer) for c in contexts))
    everyone = time.perf_counter() - started
    await asyncio.gather(*(c.close() for c in contexts))
    name, done = url.rsplit("/", 1)[-1], [seconds for seconds in each if seconds is not None]
    late = STUDENTS - len(done)
    measured = f"> {CROWD_LIMIT_S} s ({late} late)" if late else f"{everyone:.2f} s"
    median = f"; median page {statistics.median(each):.2f} s" if not late else ""
    print(f"{STUDENTS} students on {name}: all clickable in {measured}{median}")
    rows.append((f"{STUDENTS} pages drawn by this one machine, {name}", measured, "-"))


def fetch_all(base: str, name: str, students: int = STUDENTS) -> float:
    """Seconds for ``students`` plain HTTP fetches of ``name`` and its scripts (no browser)."""
    urls = [base + path for path in (name, *SCRIPTS)]

    def student(_: int) -> None:
        for url in urls:
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()

    started = time.perf_counter()
    with ThreadPoolExecutor(students) as pool:
        list(pool.map(student, range(students)))
    return time.perf_counter() - started


async def a_class(browser: Browser, base: str, name: str, answer: str) -> None:
    """A class at once, each student on their own device: while 29 students fetch the page
    and its script from the server, one browser page opens it; every page is clickable once
    the server has answered everyone and a page has drawn itself (the slower of the two)."""
    context = await new_context(browser)
    fetching = asyncio.create_task(asyncio.to_thread(fetch_all, base, name, STUDENTS - 1))
    opened = await open_once(context, base + name, answer)
    fetched = await fetching
    await context.close()
    if opened is None:
        measured = f"> {CROWD_LIMIT_S} s"
    else:
        measured = f"{max(opened, fetched):.2f} s"
        print(f"a class on {name}: server answered 29 others in {fetched:.2f} s, "
              f"the 30th page clickable in {opened:.2f} s")
    rows.append((f"a class at once, {name}, every page clickable", measured, "≤ 3 s"))


async def served(browser: Browser, folder: Path) -> None:
    """Figure 1: the class opening the quiz and the law pages from ``serve``."""
    port = free_port()
    command = [sys.executable, "-m", "sextorsion_kit", "serve", str(folder)]
    command += ["--ip", "127.0.0.1", "--port", str(port)]
    base = f"http://127.0.0.1:{port}/"
    with running(command, base, dict(os.environ), REPOSITORY, folder.parent / "serve.log"):
        await a_class(browser, base, QUIZ, RADIO)
        await a_class(browser, base, LAW, FACT)
        await crowd(browser, base + QUIZ, RADIO)
        await crowd(browser, base + LAW, FACT)
        alone = await asyncio.to_thread(fetch_all, base, QUIZ)
        kernels, mib = server_figures(port)
    print(f"serve: {kernels} kernel(s) started, {mib:.0f} MiB resident after the load")
    print(f"serve alone: {STUDENTS} students' quiz page and scripts fetched in {alone:.2f} s")
    rows.append((f"serve alone, {STUDENTS} x quiz page + scripts", f"{alone:.2f} s", "-"))
    rows.append(("kernels started by serve", str(kernels), "0"))
    rows.append(("serve resident memory after the load", f"{mib:.0f} MiB", "-"))


async def timed_clicks(
    page: Page, selector: str, shown: str, click: Click, count: int
) -> tuple[list[float], list[float], int]:
    """Run ``click(page, n)`` ``count`` times: in-page ms to the painted frame and to the
    frame that paints, and how many painted frames did not show the settled text yet."""
    await page.evaluate(TIMER, [selector, shown])
    painted, painting, stale = [], [], 0
    for n in range(count):
        await click(page, n)
        await page.wait_for_function(f"window.sxkTimes.length > {n}", timeout=TIMEOUT_MS)
        await page.wait_for_timeout(100)
        after, next_frame, text = await page.evaluate(f"window.sxkTimes[{n}]")
        settled = await page.evaluate(f"document.querySelector({shown!r})?.textContent ?? ''")
        painted.append(after)
        painting.append(next_frame)
        stale += text != settled
    return painted, painting, stale


def show_clicks(
    figure: str, painted: list[float], painting: list[float], stale: int, target: str
) -> None:
    """Print a click figure (painted frame, and the frame that paints) and add its row."""
    print(f"{figure}: {spread(painted)}")
    print(f"  to the frame that paints it: {spread(painting)}; {stale} stale frame(s)")
    rows.append((f"{figure}, to the frame that paints it (p95)", p95(painting), target))
    rows.append((f"{figure}, that frame on screen (p95)", p95(painted), "-"))


async def check_option(page: Page, n: int) -> None:
    """Pick another option of the quiz's first question, then click "Vérifier"."""
    quiz = page.locator(".sxk-quiz[data-quiz=reagir]").first
    options = quiz.locator(RADIO)
    await options.nth(n % await options.count()).check()
    await quiz.locator("[data-key=check]").click()


async def toggle_fact(page: Page, n: int) -> None:
    """Tick or untick "images spread", alternately."""
    await page.locator("input[data-fact=images_spread]").set_checked(n % 2 == 0)


async def quiz_clicks(browser: Browser, url: str, label: str) -> None:
    """Figure 2: click on "Vérifier" to feedback painted, on the page at ``url``."""
    context, page = await open_page(browser, url)
    await page.locator(f".sxk-quiz[data-quiz=reagir] {RADIO}").first.wait_for(timeout=TIMEOUT_MS)
    feedback = ".sxk-quiz[data-quiz=reagir] .sxk-quiz-feedback"
    timed = await timed_clicks(page, "[data-key=check]", feedback, check_option, CLICKS)
    await context.close()
    show_clicks(f"click to feedback painted, {label}", *timed, "≤ 16 ms")


async def deck_reveals(browser: Browser, url: str) -> None:
    """Figure 2b: on a talk deck's question slide, "show the answer" (or hide it) to painted."""
    context, page = await open_page(browser, url)
    await page.wait_for_function("document.body.dataset.deck === 'ready'", timeout=TIMEOUT_MS)
    await page.evaluate("Reveal.slide(Reveal.getSlides().findIndex(s => s.dataset.kind === 'question'))")
    slide = "section.present .sxk-talk-question"
    toggle = f"{slide} [data-key=reveal], {slide} [data-key=hide]"

    async def reveal_or_hide(page: Page, _n: int) -> None:
        await page.locator(toggle).click()

    timed = await timed_clicks(page, toggle, slide, reveal_or_hide, CLICKS)
    await context.close()
    show_clicks("show the answer to painted, question slide of the talk deck", *timed, "≤ 16 ms")


async def law_toggles(browser: Browser, folder: Path) -> None:
    """Figure 3: a fact ticked to offences listed and bars highlighted."""
    context, page = await open_page(browser, (folder / LAW).as_uri())
    for fact in ("threat_sexual_images", "money_demanded"):
        await page.locator(f"input[data-fact={fact}]").check(timeout=TIMEOUT_MS)
    timed = await timed_clicks(page, FACT, ".sxk-law-result", toggle_fact, TOGGLES)
    hits = await page.locator(".sxk-law-hit").count()
    await context.close()
    show_clicks("fact to offences and bars, law page from disk", *timed, "≤ 50 ms")
    print(f"  {hits} bar(s) lit at the end")


async def disk_opens(browser: Browser, folder: Path) -> None:
    """Figure 4: in-page ms from navigation start to the first answer, fresh contexts."""
    times = []
    for _ in range(OPENS):
        context, page = await open_page(browser, (folder / QUIZ).as_uri(), FIRST_ANSWER)
        await page.wait_for_function("window.sxkReady !== null", timeout=TIMEOUT_MS)
        times.append(await page.evaluate("window.sxkReady"))
        await context.close()
    print(f"quiz page from disk, open to first answer: {spread(times)}; first {times[0]:.0f} ms")
    rows.append(("quiz from disk, open to first answer (p95)", p95(times), "≤ 1000 ms"))


def table() -> None:
    """Print every figure as figure | measured | target."""
    rows.append(("non-local requests blocked", str(len(blocked)), "0"))
    lines = [("figure", "measured", "target"), *rows]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    print()
    for line in lines:
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))


async def measure() -> None:
    """Every figure, in order; the table is printed by ``main`` even if time runs out."""
    print(f"front end (Debian chromium, {psutil.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="bench-front-") as home:
        folder = build_pages(Path(home) / "eleves")
        async with async_playwright() as playwright:
            await measure_in(await launch(playwright), folder)


async def measure_in(browser: Browser, folder: Path) -> None:
    """Every figure on the student pages in ``folder``."""
    await served(browser, folder)
    await quiz_clicks(browser, (folder / QUIZ).as_uri(), "quiz page from disk")
    if DECK.is_file():
        await deck_reveals(browser, DECK.as_uri())
    else:
        print(f"deck figure skipped: {DECK.relative_to(REPOSITORY)} is not built (make slides)")
    await law_toggles(browser, folder)
    await disk_opens(browser, folder)
    await browser.close()


async def main() -> None:
    """Measure within ``RUN_LIMIT_S``, then print the table of what was measured."""
    print("load average before: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    try:
        await asyncio.wait_for(measure(), RUN_LIMIT_S)
    except TimeoutError:
        print(f"stopped after {RUN_LIMIT_S} s: the figures below are the ones measured")
    print("load average after: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    if blocked:
        print("blocked:", *sorted(set(blocked)), sep="\n  ")
    table()


if __name__ == "__main__":
    asyncio.run(main())
