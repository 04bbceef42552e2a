"""The province's pages in a real browser (Debian's headless Chromium through its
chromedriver): login, the figures, a commune supervisor kept to their commune, the
early-warning list as the data say, logout, and no page without a session."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from sync.central.context import CentralContext
from tests.environment import missing
from tests.province.data import PASSWORD, A, B, build_province, period_query
from tests.sync.fixtures import LiveServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PAGE_TIMEOUT = 30
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "reports"


@pytest.fixture
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        missing("Chromium", "install the Debian packages chromium and chromium-driver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("Chromium", "selenium is not installed (dev dependencies)")
    profile = Path(tempfile.mkdtemp(prefix="onestop-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                 "--window-size=412,900"):  # a phone's width
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait_for(driver, element_id: str) -> None:  # type: ignore[no-untyped-def]
    """Until the page that has ``element_id`` is the one shown (a click's navigation)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, PAGE_TIMEOUT).until(
        expected_conditions.presence_of_element_located((By.ID, element_id)))


def _log_in(driver, url: str, username: str, password: str = PASSWORD,  # type: ignore[no-untyped-def]
            lands_on: str = "communes") -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/province/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(password)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, "login").click()
    _gone(driver, old)
    _wait_for(driver, lands_on)


def _gone(driver, element) -> None:  # type: ignore[no-untyped-def]
    """Until ``element``'s page is replaced (Chromium says so in two ways)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    def replaced(_driver) -> bool:  # type: ignore[no-untyped-def]
        try:
            element.tag_name  # noqa: B018  (reading it fails once the page is gone)
        except WebDriverException:  # stale, or "node does not belong to the document"
            return True
        return False

    WebDriverWait(driver, PAGE_TIMEOUT).until(replaced)


def _log_out(driver) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, "//button[text()='Đăng xuất']").click()
    _gone(driver, old)
    _wait_for(driver, "username")


@pytest.fixture
def sqlite_server(sqlite_context: CentralContext, start_server) -> LiveServer:  # type: ignore[no-untyped-def]
    return start_server(sqlite_context)  # type: ignore[no-any-return]


def test_the_province_pages_in_chromium(sqlite_context: CentralContext,
                                        sqlite_server: LiveServer, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    url = sqlite_server.url
    province = build_province(sqlite_context, url)
    driver = browser
    driver.get(f"{url}/province/")  # no session: the login page, no figures
    assert driver.current_url == f"{url}/province/login"
    assert not driver.find_elements(By.ID, "communes")

    _log_in(driver, url, "tinh", "sai-mat-khau", lands_on="error")
    assert "không đúng" in driver.find_element(By.ID, "error").text

    _log_in(driver, url, "tinh")
    assert driver.current_url == f"{url}/province/"
    driver.get(f"{url}/province/?{urlencode(period_query())}")
    rows = driver.find_elements(By.CSS_SELECTOR, "#communes tr[data-agency]")
    assert [r.get_attribute("data-agency") for r in rows][:2] == [B, A] or \
        [r.get_attribute("data-agency") for r in rows][:2] == [A, B]
    assert len(rows) == 3
    if os.environ.get("REPORT_SAMPLES") == "1":
        driver.set_window_size(1280, 800)
        driver.save_screenshot(str(SAMPLES / "province-overview.png"))
        driver.set_window_size(412, 900)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.LINK_TEXT, "Cảnh báo sớm").click()
    _gone(driver, old)
    _wait_for(driver, "warnings")
    listed = [r.get_attribute("data-code") for r in
              driver.find_elements(By.CSS_SELECTOR, "#warnings tr[data-code]")]
    assert listed == [province.codes["b1"], province.codes["a1"], province.codes["a2"]]
    overdue = driver.find_elements(By.CSS_SELECTOR, "#warnings tr.warn")
    assert len(overdue) == 2
    _log_out(driver)
    assert driver.current_url == f"{url}/province/login"
    driver.get(f"{url}/province/warnings")
    assert driver.current_url == f"{url}/province/login"

    _log_in(driver, url, "giamsat.a")
    rows = driver.find_elements(By.CSS_SELECTOR, "#communes tr[data-agency]")
    assert [r.get_attribute("data-agency") for r in rows] == [A]
    driver.get(f"{url}/province/commune/{B}")
    assert "chỉ xem được số liệu của xã" in driver.find_element(By.ID, "error").text
    assert province.codes["b1"] not in driver.page_source
    driver.get(f"{url}/province/commune/{A}")
    listed = [r.get_attribute("data-code") for r in
              driver.find_elements(By.CSS_SELECTOR, "#warnings tr[data-code]")]
    assert listed == [province.codes["a1"], province.codes["a2"]]
    width = driver.execute_script("return document.documentElement.scrollWidth")
    inner = driver.execute_script("return window.innerWidth")
    assert width <= inner  # fits a phone: wide tables scroll inside their own box
    if os.environ.get("REPORT_SAMPLES") == "1":  # remake the sample in docs/reports
        driver.save_screenshot(str(SAMPLES / "province-commune-phone.png"))
    _log_out(driver)
    driver.get(f"{url}/province/commune/{A}")
    assert driver.current_url == f"{url}/province/login"
