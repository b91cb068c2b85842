"""Write docs/report-page.png: a report page of the example audit, as a newcomer first sees it.

    python docs/make_screenshot.py [--out docs/report-page.png]   (or: make screenshot)

The examples are audited offline into a temporary folder (with a fixed date and an empty
cache, so that the picture depends on the code and the examples only), and the page of
examples/intermediate_tasks.txt is opened in headless Chromium at 1400 px and photographed.
It needs Debian's chromium and chromium-driver (`make browser`) and selenium (the dev extra).
tests/test_browser.py checks that the committed picture is what this script makes now.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "report-page.png"
PAGE = "reports/intermediate_tasks-txt.html"  # contradictions, disagreements, missing papers
WIDTH, HEIGHT = 1400, 1450  # the window; the page's view is about 140 px shorter
RUN_DATE = "2026-12-01T08:00:00+00:00"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def audit_examples(folder: Path) -> Path:
    """Audit examples/ offline into `folder`; returns the page to photograph."""
    from verify_claims.pipeline import run_audit

    previous = Path.cwd()
    os.chdir(ROOT)  # report paths print as examples/..., as after `make demo`
    try:
        run_audit([Path("examples")], out=folder / "audit", offline=True, results=None,
                  cache_dir=folder / "cache", generated=RUN_DATE)
    finally:
        os.chdir(previous)
    return folder / "audit" / PAGE


def photograph(page: Path, out: Path, browser: Any = None) -> Path:
    """Open `page` in headless Chromium (`browser`, a selenium driver, or a new one) at
    WIDTH x HEIGHT and save the view as PNG."""
    if browser is None:
        with chromium() as started:
            return photograph(page, out, started)
    browser.set_window_size(WIDTH, HEIGHT)
    browser.get(page.as_uri())
    out.parent.mkdir(parents=True, exist_ok=True)
    if not browser.save_screenshot(str(out)):
        raise RuntimeError(f"Chromium could not photograph {page}")
    return out


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium driven by selenium, with a throw-away profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    with tempfile.TemporaryDirectory() as profile:
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
                         "--force-device-scale-factor=1", f"--user-data-dir={profile}"):
            options.add_argument(argument)
        browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        try:
            yield browser
        finally:
            browser.quit()


def make_screenshot(out: Path = OUT, browser: Any = None) -> Path:
    """Audit the examples and photograph the report page into `out`."""
    with tempfile.TemporaryDirectory() as folder:
        return photograph(audit_examples(Path(folder)), out, browser)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    print(f"wrote {make_screenshot(parser.parse_args().out)}")


if __name__ == "__main__":
    main()
