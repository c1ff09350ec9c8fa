"""Debian's Chromium, driven headless through Playwright (slide PDFs, browser tests)."""

from __future__ import annotations

import os
import shutil

# Debian's path; elsewhere (Ubuntu's snap, say) set CHROMIUM, e.g. `make test CHROMIUM=...`.
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium tries to reach Google's services,
# which a school PC offline (and this kit's tests) must never do.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """The browser to drive: ``$CHROMIUM`` if set (a path or a command name), else Debian's."""
    wanted = os.environ.get("CHROMIUM") or DEFAULT_CHROMIUM
    return shutil.which(wanted) or wanted


def chromium_missing() -> str | None:
    """Why Chromium cannot be driven, or None when it can."""
    path = chromium_path()
    if os.access(path, os.X_OK):
        return None
    return (
        f"Chromium not found at {path}: install Debian's package (sudo apt install chromium) "
        "or set CHROMIUM to your browser's path"
    )


def launch(playwright):
    """A headless Chromium browser (the system's, never one Playwright downloads)."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
