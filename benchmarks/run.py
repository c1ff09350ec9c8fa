"""Print the kit's performance figures (``make bench``). Figures are printed, never asserted.

- the package's import time (median of fresh interpreters, minus a bare interpreter);
- each notebook's execution time through nbclient, next to an empty notebook's
  (kernel start is the floor, so the ratio is the figure to watch);
- the kernel's peak resident memory after each notebook;
- the Python engine's "what happened?" rule (the browser runs its twin, see front_end.py).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat

from sextorsion_kit.build.notebooks import execute, kit_notebooks

IMPORT_RUNS = 7
NOTEBOOK_RUNS = 3
CLICK_RUNS = 9
CASE = ("threat_sexual_images", "money_demanded", "images_spread", "victim_minor")
PEAK_MEMORY_CELL = (
    "import resource as _r, sys as _s\n"
    "_k = _r.getrusage(_r.RUSAGE_SELF).ru_maxrss\n"
    "print(_k // 1024 if _s.platform == 'darwin' else _k)"  # bytes on macOS, KiB elsewhere
)


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def import_time_ms() -> tuple[float, float]:
    bare = median_seconds([sys.executable, "-c", "pass"], IMPORT_RUNS)
    kit = median_seconds([sys.executable, "-c", "import sextorsion_kit"], IMPORT_RUNS)
    return (kit - bare) * 1000, kit * 1000


def run_notebook(notebook: nbformat.NotebookNode, folder: Path) -> tuple[float, int]:
    """Execute a copy with a last cell that reports peak memory; return seconds and KiB."""
    notebook = nbformat.from_dict(notebook)
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_MEMORY_CELL))
    started = time.perf_counter()
    execute(notebook, folder)
    elapsed = time.perf_counter() - started
    return elapsed, int(notebook.cells[-1].outputs[0]["text"])


def notebook_figures(notebook: nbformat.NotebookNode, folder: Path) -> tuple[float, int]:
    runs = [run_notebook(notebook, folder) for _ in range(NOTEBOOK_RUNS)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def case_logic_ms() -> float:
    """Median milliseconds for the Python engine to find the offences of a case (the checker's)."""
    from sextorsion_kit.content import load_content
    from sextorsion_kit.logic.law import charges_for

    content = load_content()
    logic = []
    for _ in range(CLICK_RUNS):
        started = time.perf_counter()
        charges_for(CASE, content.penalties, content.case_facts)
        logic.append(time.perf_counter() - started)
    return statistics.median(logic) * 1000


def main() -> None:
    extra, total = import_time_ms()
    print(f"import sextorsion_kit: {extra:.0f} ms over a bare interpreter ({total:.0f} ms in all)")
    print(f"medians of {NOTEBOOK_RUNS} runs through nbclient, peak kernel memory (RSS):")
    folder = kit_notebooks()[0].parent
    empty_seconds, empty_kib = notebook_figures(nbformat.v4.new_notebook(), folder)
    print(f"  {'(empty notebook)':34} {empty_seconds:6.2f} s   x1.00   {empty_kib / 1024:6.0f} MiB")
    for path in kit_notebooks():
        seconds, kib = notebook_figures(nbformat.read(path, as_version=4), folder)
        ratio = seconds / empty_seconds
        print(f"  {path.name:34} {seconds:6.2f} s   x{ratio:4.2f}   {kib / 1024:6.0f} MiB")
    print(
        f'"what happened?" in Python, median of {CLICK_RUNS}: {case_logic_ms():.2f} ms to find '
        "the offences (the browser does it itself: see benchmarks/front_end.py)"
    )


if __name__ == "__main__":
    main()
