"""The rendered audit in a real browser: headless Chromium driven by selenium.

These tests check what only a browser can: that the Content Security Policy lets our own
stylesheet and script run (and nothing else), that hostile claim text stays inert, that the
filters, the search and the sorting of the claim table work and live in the URL, that a #claim
link is not hidden under the sticky filter bar, that no page scrolls sideways at 1400 or 400
px, and that the page paints. One browser serves the whole module.
They need Debian's `chromium` and `chromium-driver` packages (CI installs them); without
them the module is skipped.
"""

from __future__ import annotations

import contextlib
import importlib.util
import struct
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from test_html import PAYLOAD, RUN, RUN_PROBLEMS, WHEN, sample_reports, sample_sources

from verify_claims.reports.html import render_audit

DOCS = Path(__file__).resolve().parents[1] / "docs"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("needs Debian chromium and chromedriver in /usr/bin "
                "(apt-get install chromium chromium-driver)", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def audit_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("audit")
    render_audit(sample_reports(), out, RUN_PROBLEMS, generated=WHEN, run=RUN,
                 sources=sample_sources())
    return out


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     "--window-size=1280,900",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield browser
    browser.quit()


def open_page(driver, path: Path) -> None:
    driver.get(path.as_uri())
    driver.get_log("browser")  # drop messages of earlier pages; callers read their own


def report_page(audit_dir: Path) -> Path:
    return audit_dir / "reports" / "000_alpha-txt.html"


def visible_claims(driver) -> list[str]:
    return [claim.get_attribute("data-status")
            for claim in driver.find_elements(By.CSS_SELECTOR, "article.claim")
            if claim.is_displayed()]


def click_reset(driver, read, expected) -> None:
    """Click "Show all" and wait until `read(driver)` gives `expected`.

    The page applies a reset on the next tick (filters.js: the form's values change only
    after the "reset" event), so what it shows is awaited, not read at once: read at once,
    CI has twice seen a claim still hidden. The caller's assertion names what is shown.
    """
    driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    with contextlib.suppress(TimeoutException):
        WebDriverWait(driver, 5).until(lambda page: read(page) == expected)


def test_overview_shows_reports_and_links_to_their_pages(driver, audit_dir):
    open_page(driver, audit_dir / "index.html")
    assert driver.title == "Overview · verify-claims audit"
    heads = driver.find_elements(By.CSS_SELECTOR, "tbody th[scope=row] a")
    assert [a.text for a in heads][:2] == ["000_alpha.txt", "001_beta.md"]
    assert all(a.is_displayed() for a in heads)
    assert driver.execute_script("return window.__pwned === undefined")
    heads[0].click()
    assert driver.current_url == report_page(audit_dir).as_uri()
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("Scaling Intermediate Tasks")


def test_claims_and_badges_are_displayed_and_hostile_text_stays_text(driver, audit_dir):
    open_page(driver, report_page(audit_dir))
    claims = driver.find_elements(By.CSS_SELECTOR, "article.claim")
    assert len(claims) == 7
    for claim in claims:
        assert claim.is_displayed()
        badge = claim.find_element(By.CSS_SELECTOR, ".claim-head .badge")
        assert badge.is_displayed() and badge.text == claim.get_attribute("data-status")
    hostile = claims[-1].find_element(By.CSS_SELECTOR, ".claim-text")
    assert hostile.text == PAYLOAD
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.find_elements(By.CSS_SELECTOR, "main img") == []
    # The stylesheet applied (the policy allowed it): contradicted claims get a red edge.
    edge = claims[1].value_of_css_property("border-left-color")
    assert edge in ("rgba(179, 38, 30, 1)", "rgb(179, 38, 30)")
    marker = claims[1].find_element(By.CSS_SELECTOR, ".disagreement")
    assert marker.is_displayed() and "Report says ✓, audit says contradicted" in marker.text
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []  # in particular, no Content-Security-Policy violation


def test_filters_hide_and_show_claims(driver, audit_dir):
    open_page(driver, report_page(audit_dir))
    form = driver.find_element(By.ID, "filters")
    assert form.is_displayed()  # the script ran and revealed the filters
    count = driver.find_element(By.ID, "filter-count")
    everything = ["confirmed", "contradicted", "unverified", "unverified", "confirmed",
                  "contradicted", "unverified"]
    assert visible_claims(driver) == everything
    assert count.text == "Showing 7 of 7 claims"

    form.find_element(By.CSS_SELECTOR, "input[value=contradicted]").click()
    assert visible_claims(driver) == [s for s in everything if s != "contradicted"]
    assert count.text == "Showing 5 of 7 claims"

    form.find_element(By.CSS_SELECTOR, "input[name=disagrees]").click()
    assert visible_claims(driver) == ["confirmed"]  # the × claim the audit confirmed
    form.find_element(By.CSS_SELECTOR, "input[value=contradicted]").click()
    assert visible_claims(driver) == ["contradicted", "confirmed"]

    click_reset(driver, visible_claims, everything)
    assert visible_claims(driver) == everything
    assert count.text == "Showing 7 of 7 claims"


def test_screenshot_is_a_real_picture(driver, audit_dir, tmp_path):
    open_page(driver, report_page(audit_dir))
    shot = tmp_path / "report.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert width >= 800 and height >= 600
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes


# ----------------------------------------------------------------------------- table, URL, layout


def table_numbers(driver) -> list[int]:
    """The claim numbers of the visible rows of the claim table, in their shown order."""
    return [int(row.find_element(By.CSS_SELECTOR, "td").text)
            for row in driver.find_elements(By.CSS_SELECTOR, "#claim-table tbody tr")
            if row.is_displayed()]


def query(driver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def test_clicking_a_header_sorts_the_table_and_the_url_keeps_it(driver, audit_dir):
    open_page(driver, report_page(audit_dir))
    assert table_numbers(driver) == [1, 2, 3, 4, 5, 6, 7]
    status = driver.find_element(By.CSS_SELECTOR, "th[data-sort=status] button")
    status.click()  # contradicted first, then unverified, then confirmed; ties by number
    assert table_numbers(driver) == [2, 6, 3, 4, 7, 1, 5]
    assert query(driver) == {"sort": ["status"]}
    header = driver.find_element(By.CSS_SELECTOR, "th[data-sort=status]")
    assert header.get_attribute("aria-sort") == "ascending"
    status.click()
    assert table_numbers(driver) == [1, 5, 3, 4, 7, 2, 6]
    assert query(driver) == {"sort": ["-status"]}
    # The cards keep the report's order: sorting is for the overview only.
    cards = [a.get_attribute("id") for a in driver.find_elements(By.CSS_SELECTOR, "article")]
    rows = driver.find_elements(By.CSS_SELECTOR, "#claim-table tbody tr")
    assert sorted(cards) == sorted(row.get_attribute("data-card") for row in rows)
    driver.get(driver.current_url)  # a shared link opens the same view
    assert table_numbers(driver) == [1, 5, 3, 4, 7, 2, 6]


def test_search_filters_rows_and_cards_and_survives_a_reload(driver, audit_dir):
    open_page(driver, report_page(audit_dir))
    box = driver.find_element(By.CSS_SELECTOR, "#filters input[name=q]")
    box.send_keys("mnli")
    assert table_numbers(driver) == [2]
    assert visible_claims(driver) == ["contradicted"]
    assert driver.find_element(By.ID, "filter-count").text == "Showing 1 of 7 claims"
    assert query(driver) == {"q": ["mnli"]}
    box.send_keys(" nothing-like-this")
    assert table_numbers(driver) == [] and visible_claims(driver) == []
    assert driver.find_element(By.ID, "no-match").is_displayed()
    box.clear()
    box.send_keys("XNLI")  # matches the card's entities too, case-insensitively
    driver.find_element(By.CSS_SELECTOR, "input[value=confirmed]").click()
    assert table_numbers(driver) == []
    assert query(driver) == {"q": ["XNLI"], "status": ["contradicted,unverified"]}
    driver.get(driver.current_url)
    assert driver.find_element(By.CSS_SELECTOR, "#filters input[name=q]").get_attribute(
        "value") == "XNLI"
    assert not driver.find_element(By.CSS_SELECTOR, "input[value=confirmed]").is_selected()
    everything = [1, 2, 3, 4, 5, 6, 7]
    click_reset(driver, table_numbers, everything)
    assert table_numbers(driver) == everything
    assert query(driver) == {}


def test_a_claim_link_lands_below_the_sticky_filter_bar(driver, audit_dir):
    open_page(driver, report_page(audit_dir))
    link = driver.find_elements(By.CSS_SELECTOR, "#claim-table tbody a")[5]
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    bar = driver.find_element(By.ID, "filters").rect
    assert driver.execute_script("return window.scrollY") > 0
    card_top = driver.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor)
    assert bar["y"] >= 0 and card_top >= bar["height"], (card_top, bar)
    assert card_top < 200  # and it is right there, not somewhere further down
    # The same when the page is opened at the anchor.
    driver.get(f"{report_page(audit_dir).as_uri()}#{anchor}")
    top = driver.execute_script(
        "return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor)
    assert driver.find_element(By.ID, "filters").rect["height"] <= top < 200


@pytest.mark.parametrize("width", [1400, 400])
def test_no_page_scrolls_sideways_and_screenshots_paint(driver, audit_dir, tmp_path, width):
    driver.set_window_size(width, 900)
    try:
        for page in sorted(audit_dir.rglob("*.html")):
            open_page(driver, page)
            inner, scroll = driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            assert inner <= width and scroll <= inner, f"{page.name} overflows at {width} px"
            shot = tmp_path / f"{page.stem}-{width}.png"
            assert driver.save_screenshot(str(shot))
            data = shot.read_bytes()
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
            assert struct.unpack(">I", data[16:20])[0] == inner
    finally:
        driver.set_window_size(1280, 900)


# ----------------------------------------------------------------------------- the README picture


def load_screenshot_script():
    spec = importlib.util.spec_from_file_location("make_screenshot", DOCS / "make_screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_screenshot_is_what_the_script_makes_now(tmp_path):
    """docs/report-page.png shows the current pages: the script, run now, makes a picture of
    the same size that differs only by font smoothing (a changed template or a moved
    verdict changes far more). After an intended change: `make screenshot`, look, commit."""
    image = pytest.importorskip("PIL.Image")
    chops = pytest.importorskip("PIL.ImageChops")
    fresh = load_screenshot_script().make_screenshot(tmp_path / "now.png")
    committed = image.open(DOCS / "report-page.png").convert("RGB")
    now = image.open(fresh).convert("RGB")
    assert committed.size == now.size, "run `make screenshot` and commit docs/report-page.png"
    difference = chops.difference(committed, now).convert("L")
    changed = sum(difference.histogram()[16:]) / (now.width * now.height)
    assert changed < 0.0002, (f"{changed:.2%} of docs/report-page.png differs from the page "
                             "now: run `make screenshot`, look at it, and commit it")
