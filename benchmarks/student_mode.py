"""Student mode in a real browser (``make bench``): figures printed, never asserted.

- Voilà page load, from the request to the first widget a student can click;
- the time from a click on "Vérifier" to the feedback shown, over 20 clicks (median, p95);
- the resident memory of one student's kernel.
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

from sextorsion_kit import load_content  # noqa: E402
from sextorsion_kit.build.chromium import launch  # noqa: E402
from sextorsion_kit.build.student import student_file_name  # noqa: E402
from sextorsion_kit.logic.quiz import QuizSession  # noqa: E402

LOADS = 5
CLICKS = 20
QUIZ_PAGE = student_file_name(2, "Quiz : bien réagir")
LAW_PAGE = student_file_name(3, "Ce que dit la loi")
LAW_LOADS = 3
LAW_CLICKS = 6


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def kernels_under(pid: int) -> list[psutil.Process]:
    children = psutil.Process(pid).children(recursive=True)
    return [p for p in children if "ipykernel" in " ".join(p.cmdline())]


def law_page(browser, base: str) -> tuple[float, float]:
    """Median seconds to load the law page, and to show the law for a case (chart included)."""
    facts = {fact.id: fact.label.fr for fact in load_content().case_facts.facts}
    url = f"{base}/voila/render/{quote(LAW_PAGE)}"
    loads, clicks = [], []
    for _ in range(LAW_LOADS):
        page = browser.new_page()
        started = time.perf_counter()
        page.goto(url, timeout=120_000)
        page.get_by_role("button", name="Ce que dit la loi").wait_for(timeout=120_000)
        loads.append(time.perf_counter() - started)
        page.close()
    page = browser.new_page()
    page.goto(url, timeout=120_000)
    box = page.locator(".sxk").filter(has_text=facts["money_demanded"]).first
    for fact in ("threat_sexual_images", "money_demanded"):
        box.get_by_label(facts[fact]).check()
    for n in range(LAW_CLICKS):
        box.get_by_label(facts["images_spread"]).set_checked(n % 2 == 0)
        expected = "2 infractions" if n % 2 == 0 else "une infraction"
        started = time.perf_counter()
        box.get_by_role("button", name="Ce que dit la loi").click()
        box.get_by_text(f"Ces faits peuvent constituer {expected}").wait_for(timeout=30_000)
        box.locator("img[alt*='atteint par ces faits']").wait_for(timeout=30_000)
        clicks.append(time.perf_counter() - started)
    page.close()
    return statistics.median(loads), statistics.median(clicks)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-voila-"))
    port = free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(home / "config")}
    command = ["make", "--no-print-directory", "student", f"STUDENT_PORT={port}"]
    command.append("STUDENT_ARGS=--no-browser")
    url = f"http://127.0.0.1:{port}/voila/render/{quote(QUIZ_PAGE)}"
    quiz = load_content().quizzes["reagir"]
    first = QuizSession(quiz, seed=0).questions[0]
    options = [quiz.questions[0].options[i] for i in first.order]
    wrong = next(o for o in options if not o.correct).text.fr
    right = next(o for o in options if o.correct).text.fr
    with running(command, f"http://127.0.0.1:{port}/", env, REPOSITORY, home / "voila.log"):
        server = next(
            p
            for p in psutil.process_iter(["cmdline"])
            if str(port) in " ".join(p.info["cmdline"] or [])
            and "voila" in " ".join(p.info["cmdline"] or [])
        )
        with sync_playwright() as playwright:
            browser = launch(playwright)
            loads = []
            for _ in range(LOADS):
                page = browser.new_page()
                started = time.perf_counter()
                page.goto(url, timeout=120_000)
                page.get_by_role("button", name="Vérifier").first.wait_for(timeout=120_000)
                loads.append(time.perf_counter() - started)
                page.close()
            page = browser.new_page()
            page.goto(url, timeout=120_000)
            box = page.locator(".sxk").filter(has_text=quiz.title.fr).first
            box.get_by_role("button", name="Vérifier").wait_for(timeout=120_000)
            kernel_mib = [k.memory_info().rss / 2**20 for k in kernels_under(server.pid)]
            clicks = []
            for n in range(CLICKS):
                box.locator("label").get_by_text(wrong if n % 2 == 0 else right, exact=True).click()
                expected = "✘ Pas tout à fait" if n % 2 == 0 else "✔ Bonne réponse"
                started = time.perf_counter()
                box.get_by_role("button", name="Vérifier").click()
                box.get_by_text(expected).wait_for(timeout=30_000)
                clicks.append(time.perf_counter() - started)
                page.wait_for_timeout(50)
            law_load, law_click = law_page(browser, f"http://127.0.0.1:{port}")
            law_kernel_mib = max(k.memory_info().rss / 2**20 for k in kernels_under(server.pid))
            browser.close()
    print("student mode (Voilà, Debian chromium, loopback):")
    print(
        f"  page load to first clickable widget: median {statistics.median(loads):.2f} s over {LOADS} loads"
    )
    print(
        f"  click to feedback shown: median {statistics.median(clicks) * 1000:.0f} ms, "
        f"p95 {percentile(clicks, 0.95) * 1000:.0f} ms over {CLICKS} clicks"
    )
    print(
        f"  law page: load median {law_load:.2f} s over {LAW_LOADS}; "
        f"'Ce que dit la loi' to offences and chart shown: median {law_click * 1000:.0f} ms "
        f"over {LAW_CLICKS}; largest kernel {law_kernel_mib:.0f} MiB"
    )
    if kernel_mib:
        print(
            f"  one student's kernel: {max(kernel_mib):.0f} MiB resident ({len(kernel_mib)} kernel(s) alive)"
        )


if __name__ == "__main__":
    main()
