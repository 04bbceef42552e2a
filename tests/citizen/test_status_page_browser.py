"""The status page in a real browser (headless Chromium, JavaScript off) against a real central
server fed by a real workstation: the right codes show the status; a wrong check code gets the
very same "not found" as a wrong dossier code; past the limit the page refuses."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from counter.citizen.check_code import printed
from tests.citizen.helpers import Counter
from tests.sync.fixtures import LiveServer

# docs/screenshots/status-page.png was taken by this test with ONESTOP_SCREENSHOTS=docs/screenshots.
SCREENSHOTS_VARIABLE = "ONESTOP_SCREENSHOTS"


def _submit(driver: Any, server: LiveServer, code: str, check: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{server.url}/tra-cuu")
    driver.find_element(By.ID, "ma").send_keys(code)
    driver.find_element(By.ID, "kiemtra").send_keys(check)
    _send(driver)


def _send(driver: Any) -> None:
    """Submit the form and wait for the answer's page (a click may return before it)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    def replaced(_driver: Any) -> bool:
        try:
            page.tag_name  # noqa: B018  (reading it fails once the page is gone)
        except WebDriverException:  # stale, or "node does not belong to the document"
            return True
        return False

    WebDriverWait(driver, 20).until(replaced)


def _text_of(driver: Any, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, element_id).text)


def test_status_page_in_chromium(
    enrolled: Counter, server: LiveServer, browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    view = enrolled.receive()
    enrolled.step(view.code, "start_processing")
    enrolled.step(view.code, "request_supplement", reason="Thiếu giấy tờ",
                  details={"missing_items": [{"name": "Giấy xác nhận nơi cư trú",
                                              "reason": "chưa nộp"}]})
    assert enrolled.sync() == 3

    # What the receipt's QR code opens: the form with the dossier code filled in.
    browser.get(f"{server.url}/tra-cuu?ma={view.code}")
    assert browser.find_element(By.ID, "ma").get_attribute("value") == view.code
    assert browser.execute_script("return document.scripts.length") == 0
    browser.find_element(By.ID, "kiemtra").send_keys(printed(view.check_code))
    _send(browser)
    result = _text_of(browser, "ket-qua")
    assert "Chờ bổ sung hồ sơ" in result
    assert "Giấy xác nhận nơi cư trú" in result
    assert "N. V. A." in result
    assert "Nguyễn" not in browser.page_source
    folder = Path(os.environ.get(SCREENSHOTS_VARIABLE) or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(folder / "status-page.png"))

    _submit(browser, server, view.code, "AAAAAA" if view.check_code != "AAAAAA" else "BBBBBB")
    wrong_check = _text_of(browser, "loi")
    assert not browser.find_elements(By.ID, "ket-qua")
    _submit(browser, server, view.code[:-4] + "9999", view.check_code)
    wrong_code = _text_of(browser, "loi")
    assert wrong_check == wrong_code
    assert "Không tìm thấy hồ sơ" in wrong_code

    server.context.settings = dataclasses.replace(
        server.context.settings, lookup_attempts_per_source=4
    )
    # Four lookups were counted already (1 right, 2 wrong, plus this one): the fifth is refused.
    _submit(browser, server, view.code, "CCCCCC")
    _submit(browser, server, view.code, view.check_code)
    assert "quá nhiều lần" in _text_of(browser, "loi")
    assert not browser.find_elements(By.ID, "ket-qua")
