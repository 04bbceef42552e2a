"""The province's pages over real HTTP on loopback: login, figures per commune, the
early-warning list, the Excel export, a commune supervisor's limits, logout, expiry."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import requests
from openpyxl import load_workbook
from sqlalchemy import update

from sync.central.context import CentralContext
from sync.central.models import ProvinceSession
from sync.central.services.common import utc_now
from tests.province.data import PASSWORD, A, B, C, build_province, period_query
from tests.sync.fixtures import LiveServer

TIMEOUT = 30


def _session(url: str, username: str) -> requests.Session:
    browser = requests.Session()
    answer = browser.post(f"{url}/province/login", data={"username": username,
                                                         "password": PASSWORD},
                          allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code == 303 and answer.headers["location"] == "/province/"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/province" in cookie
    return browser


def _row(html: str, agency: str) -> list[str]:
    match = re.search(rf'<tr class="[a-z]*" data-agency="{re.escape(agency)}">(.*?)</tr>', html)
    assert match, agency
    cells = re.findall(r"<td[^>]*>(.*?)</td>", match.group(1))
    return [re.sub(r"<[^>]+>", " ", cell).strip() for cell in cells]


def test_province_staff_see_every_commune(central_context: CentralContext,
                                          live_server: LiveServer) -> None:
    url = live_server.url
    province = build_province(central_context, url)
    assert requests.get(f"{url}/province/", allow_redirects=False,
                        timeout=TIMEOUT).headers["location"] == "/province/login"
    wrong = requests.post(f"{url}/province/login", data={"username": "tinh", "password": "x"},
                          allow_redirects=False, timeout=TIMEOUT)
    assert wrong.status_code == 401 and "không đúng" in wrong.text
    assert "set-cookie" not in wrong.headers

    browser = _session(url, "tinh")
    page = browser.get(f"{url}/province/", params=period_query(), timeout=TIMEOUT)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    html = page.text
    a, b, c = _row(html, A), _row(html, B), _row(html, C)
    # received, pending, overdue, on-time rate, digitised, online fee, last sync
    assert a[1:5] == ["5", "3", "1", "50,0 %"]
    assert b[1:5] == ["1", "1", "1", "—"] and b[7].endswith("⚠")
    assert c[1:4] == ["0", "0", "0"] and c[7] == "— ⚠"
    assert "⚠" not in a[7]
    assert a[5] == "chưa ghi nhận"
    assert html.index(f'data-agency="{A}"') < html.index(f'data-agency="{C}"')
    assert "2 xã lâu chưa đồng bộ" in html

    warnings = browser.get(f"{url}/province/warnings", timeout=TIMEOUT).text
    listed = re.findall(r'data-code="([^"]+)"', warnings)
    assert listed == [province.codes["b1"], province.codes["a1"], province.codes["a2"]]

    export = browser.get(f"{url}/province/export.xlsx", params=period_query(), timeout=TIMEOUT)
    assert export.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(export.content))
    sheet = book["Theo xã"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0]}
    assert rows[A][2:5] == (5, 2, 1) and rows[A][6:8] == (3, 1)
    total = sheet.max_row
    assert sheet[f"B{total}"].value == "Tổng cộng"
    assert sheet[f"C{total}"].value == f"=SUM(C4:C{total - 1})"
    assert [r[0] for r in book["Cảnh báo sớm"].iter_rows(min_row=2, values_only=True)] == [
        province.codes["b1"], province.codes["a1"], province.codes["a2"]]

    gone = browser.post(f"{url}/province/logout", allow_redirects=False, timeout=TIMEOUT)
    assert gone.status_code == 303
    after = browser.get(f"{url}/province/", allow_redirects=False, timeout=TIMEOUT)
    assert after.status_code == 303 and A not in after.text


def test_a_commune_supervisor_sees_only_their_commune(central_context: CentralContext,
                                                      live_server: LiveServer) -> None:
    url = live_server.url
    province = build_province(central_context, url)
    browser = _session(url, "giamsat.a")
    html = browser.get(f"{url}/province/", params=period_query(), timeout=TIMEOUT).text
    assert f'data-agency="{A}"' in html and B not in html and C not in html
    other = browser.get(f"{url}/province/commune/{B}", timeout=TIMEOUT)
    assert other.status_code == 403 and province.codes["b1"] not in other.text
    own = browser.get(f"{url}/province/commune/{A}", params=period_query(), timeout=TIMEOUT)
    assert own.status_code == 200 and "Quầy A1" in own.text
    listed = re.findall(r'data-code="([^"]+)"', own.text)
    assert listed == [province.codes["a1"], province.codes["a2"]]
    warnings = browser.get(f"{url}/province/warnings", timeout=TIMEOUT).text
    assert province.codes["b1"] not in warnings
    book = load_workbook(io.BytesIO(browser.get(f"{url}/province/export.xlsx",
                                                timeout=TIMEOUT).content))
    assert {r[0] for r in book["Theo xã"].iter_rows(min_row=4, values_only=True)
            if r[0]} == {A}


def test_no_session_expired_session_and_bad_input_are_refused(
        central_context: CentralContext, live_server: LiveServer) -> None:
    url = live_server.url
    build_province(central_context, url)
    assert requests.get(f"{url}/province/export.xlsx", timeout=TIMEOUT).status_code == 401
    forged = requests.get(f"{url}/province/", cookies={"province_session": "forged"},
                          allow_redirects=False, timeout=TIMEOUT)
    assert forged.status_code == 303
    # The province's cookie is no workstation token: the sync API stays closed.
    browser = _session(url, "tinh")
    assert browser.post(f"{url}/v1/push", json={"messages": []},
                        timeout=TIMEOUT).status_code == 401
    bad = browser.get(f"{url}/province/", params={"from": "2026-13-01"}, timeout=TIMEOUT)
    assert bad.status_code == 400 and "từ ngày" in bad.text
    central_context.database.run(lambda s: s.execute(
        update(ProvinceSession).values(expires_at=utc_now() - timedelta(minutes=1))))
    expired = browser.get(f"{url}/province/", allow_redirects=False, timeout=TIMEOUT)
    assert expired.status_code == 303
    idle = _session(url, "tinh")
    central_context.database.run(lambda s: s.execute(
        update(ProvinceSession).values(last_seen_at=utc_now() - timedelta(hours=2))))
    assert idle.get(f"{url}/province/", allow_redirects=False,
                    timeout=TIMEOUT).status_code == 303
    for _ in range(5):
        requests.post(f"{url}/province/login", data={"username": "tinh", "password": "sai"},
                      timeout=TIMEOUT)
    locked = requests.post(f"{url}/province/login", data={"username": "tinh",
                                                          "password": PASSWORD},
                           allow_redirects=False, timeout=TIMEOUT)
    assert locked.status_code == 401 and "tạm khoá" in locked.text
