"""Shared test settings: French by default, as the stored notebook outputs are."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sextorsion_kit import i18n
from sextorsion_kit.build.chromium import chromium_missing, launch
from sextorsion_kit.widgets import settings as audience

os.environ[i18n.ENV_VARIABLE] = i18n.DEFAULT_LANGUAGE  # kernels started by nbval inherit it


@pytest.fixture(autouse=True)
def french_again() -> Iterator[None]:
    """Every test starts and ends in French, for the default age band (11-14).

    The page's settings model exists before the test, so a test that counts listeners counts
    only what it adds (the settings model is the one listener, made with the first widget).
    """
    audience.shared_settings()
    i18n.set_language("fr")
    audience.set_age_band(audience.DEFAULT_AGE_BAND)
    yield
    i18n.set_language("fr")
    audience.set_age_band(audience.DEFAULT_AGE_BAND)


@pytest.fixture()
def kit(tmp_path: Path) -> Path:
    """A copy of the kit's content (data/ and quizzes/), to break on purpose."""
    from kit_copies import copy_content

    return copy_content(tmp_path)


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium through Playwright (``$CHROMIUM`` overrides the path)."""
    from browser_support import require
    from playwright.sync_api import sync_playwright

    require(chromium_missing())
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture()
def cut_off(page):
    """The page, allowed to load files only; every other request is recorded."""
    from browser_support import keep_offline

    return keep_offline(page)


@pytest.fixture()
def page(chromium, request, tmp_path_factory):
    """A fresh page; on failure a screenshot is saved under test-output/."""
    context = chromium.new_context(viewport={"width": 1366, "height": 900}, locale="fr-FR")
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        folder = Path(__file__).resolve().parents[1] / "test-output"
        folder.mkdir(exist_ok=True)
        page.screenshot(path=str(folder / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
