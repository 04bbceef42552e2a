"""The province's pages as HTML written on the server: small, no script, readable on a
phone over a slow connection."""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import urlencode

from counter.clock import to_local
from sync.central.province.accounts import ROLES, ProvinceUser
from sync.central.province.figures import (
    WARNING_LIST_LIMIT,
    CommuneRow,
    ProvinceView,
    WarningRow,
)

STATUS_LABELS = {
    "received": "Đã tiếp nhận", "processing": "Đang xử lý",
    "supplement_requested": "Chờ bổ sung", "awaiting_payment": "Chờ nghĩa vụ tài chính",
    "result_ready": "Đã có kết quả", "returned": "Đã trả kết quả", "stopped": "Dừng xử lý",
    "refused": "Từ chối", "withdrawn": "Công dân rút",
}
STYLE = """
body{font-family:sans-serif;margin:0;color:#101828;font-size:15px}
header{background:#1d3557;color:#fff;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px;
align-items:center;justify-content:space-between}
header a,header button{color:#fff}main{padding:8px 12px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #d0d5dd;padding:4px 6px;text-align:right}
th{background:#f2f4f7}td.t,th.t{text-align:left}
tr.warn td{background:#fde2e1}tr.soon td{background:#fff1c2}
.note{color:#475467;font-size:13px}.err{color:#9b1c1c;font-weight:bold}
form.inline{display:inline}input{padding:4px;font-size:15px;max-width:100%}
p,header{overflow-wrap:anywhere}th,td{overflow-wrap:normal;word-break:keep-all}
header button{background:none;border:1px solid #fff;cursor:pointer}
.wrap{overflow-x:auto}
"""
NOT_SENT = "chưa ghi nhận"


def _moment(moment: datetime | None) -> str:
    return "—" if moment is None else f"{to_local(moment):%H:%M %d/%m/%Y}"


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def page(title: str, body: str, user: ProvinceUser | None = None) -> str:
    bar = ""
    if user is not None:
        scope = (f"xã {escape(user.agency_code or '')}" if user.scope else "toàn tỉnh")
        bar = (f'<span>{escape(user.full_name)} — {escape(ROLES[user.role])} ({scope})</span>'
               '<span><a href="/province/">Tổng quan</a> · <a href="/province/warnings">'
               'Cảnh báo sớm</a> · <form class="inline" method="post" action="/province/logout">'
               '<button type="submit">Đăng xuất</button></form></span>')
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><strong>{escape(title)}</strong>{bar}</header><main>{body}</main></body></html>"
    )


def login_page(message: str = "") -> str:
    error = f'<p class="err" id="error">{escape(message)}</p>' if message else ""
    body = (
        f"{error}<form method=\"post\" action=\"/province/login\">"
        '<p><label>Tên đăng nhập<br><input name="username" id="username" required '
        'autocomplete="username"></label></p>'
        '<p><label>Mật khẩu<br><input name="password" id="password" type="password" required '
        'autocomplete="current-password"></label></p>'
        '<p><button type="submit" id="login">Đăng nhập</button></p></form>'
    )
    return page("Đăng nhập — Theo dõi hồ sơ toàn tỉnh", body)


def message_page(title: str, message: str, user: ProvinceUser | None = None) -> str:
    return page(title, f'<p class="err" id="error">{escape(message)}</p>'
                       '<p><a href="/province/">Về trang tổng quan</a></p>', user)


def _period_form(view: ProvinceView, action: str) -> str:
    return (
        f'<form method="get" action="{action}">Kỳ: từ <input type="date" name="from" '
        f'value="{view.period.first.isoformat()}"> đến <input type="date" name="to" '
        f'value="{view.period.last.isoformat()}"> <button type="submit">Xem</button></form>'
    )


def _commune_cells(row: CommuneRow, link: bool) -> str:
    name = escape(row.name or row.agency_code or "(không rõ cơ quan)")
    code = escape(row.agency_code)
    title = (f'<a href="/province/commune/{code}">{name}</a>' if link and row.agency_code
             else name)
    seen = _moment(row.last_seen_at) + (" ⚠" if row.stale else "")
    note = f'<br><span class="note">{code}</span>' if row.name else ""
    return (f'<td class="t">{title}{note}</td>'
            f"<td>{row.received}</td><td>{row.pending}</td><td>{row.overdue}</td>"
            f"<td>{_rate(row.on_time_rate)}</td><td>{NOT_SENT}</td><td>{NOT_SENT}</td>"
            f'<td class="t">{seen}</td>')


COMMUNE_HEADINGS = (
    '<tr><th class="t">Xã</th><th>Tiếp nhận trong kỳ</th><th>Đang giải quyết</th>'
    "<th>Quá hạn</th><th>Tỷ lệ đúng hạn (kỳ)</th><th>Tỷ lệ số hóa</th>"
    '<th>Nộp phí trực tuyến</th><th class="t">Đồng bộ gần nhất</th></tr>'
)


def overview_page(view: ProvinceView, user: ProvinceUser, page_number: int,
                  page_size: int) -> str:
    total = view.total
    first = (page_number - 1) * page_size
    shown = view.communes[first:first + page_size]
    rows = "".join(
        f'<tr class="{"warn" if row.overdue or row.stale else ""}" '
        f'data-agency="{escape(row.agency_code)}">{_commune_cells(row, True)}</tr>'
        for row in shown)
    stale = sum(1 for row in view.communes if row.stale)
    pages = max(1, (len(view.communes) + page_size - 1) // page_size)
    query = {"from": view.period.first.isoformat(), "to": view.period.last.isoformat()}
    links = " ".join(
        f'<a href="/province/?{urlencode({**query, "page": n})}">{n}</a>' if n != page_number
        else f"<strong>{n}</strong>" for n in range(1, pages + 1)) if pages > 1 else ""
    export = f'/province/export.xlsx?{urlencode(query)}'
    body = (
        _period_form(view, "/province/")
        + f'<p id="totals">{len(view.communes)} xã · tiếp nhận {total.received} · đang giải '
        f"quyết {total.pending} · quá hạn <strong>{total.overdue}</strong> · đúng hạn "
        f"{_rate(total.on_time_rate)} · {stale} xã lâu chưa đồng bộ (quá {view.stale_days} "
        f'ngày) · <a href="{export}" id="export">Tải Excel</a></p>'
        + f'<div class="wrap"><table id="communes">{COMMUNE_HEADINGS}{rows}</table></div>'
        + (f"<p>Trang: {links}</p>" if links else "")
        + _notes(view)
    )
    return page("Theo dõi hồ sơ toàn tỉnh", body, user)


def _notes(view: ProvinceView) -> str:
    return (
        f'<p class="note">Tính lúc {_moment(view.made_at)}. «Đang giải quyết» và «Quá hạn» là '
        "hiện tại; hồ sơ chờ công dân bổ sung không tính quá hạn. Tỷ lệ đúng hạn: hồ sơ giải "
        "quyết xong trong kỳ. ⚠: không máy trạm nào của xã đồng bộ trong "
        f"{view.stale_days} ngày qua. Tỷ lệ số hóa và nộp phí trực tuyến: máy trạm chưa gửi "
        "các số liệu này.</p>"
    )


def warning_rows(warnings: list[WarningRow]) -> str:
    if not warnings:
        return '<p id="no-warnings">Không có hồ sơ quá hạn hoặc sắp đến hạn.</p>'
    rows = "".join(
        f'<tr class="{"warn" if w.overdue else "soon"}" data-code="{escape(w.code)}">'
        f'<td class="t">{escape(w.code)}</td><td class="t">{escape(w.agency_code)}</td>'
        f'<td class="t">{escape(w.procedure_code)}</td>'
        f'<td class="t">{escape(STATUS_LABELS.get(w.status, w.status))}</td>'
        f'<td class="t">{_moment(w.due_at)}</td>'
        f'<td class="t">{"Quá hạn" if w.overdue else "Sắp đến hạn"}</td></tr>'
        for w in warnings)
    return ('<div class="wrap"><table id="warnings"><tr><th class="t">Mã hồ sơ</th>'
            '<th class="t">Cơ quan</th><th class="t">Thủ tục</th><th class="t">Trạng thái</th>'
            f'<th class="t">Hạn xử lý</th><th class="t">Cảnh báo</th></tr>{rows}</table></div>')


def warnings_page(warnings: list[WarningRow], days: int, user: ProvinceUser) -> str:
    body = (f"<p>Hồ sơ chưa giải quyết xong đã quá hạn hoặc đến hạn trong {days} "
            f"ngày tới ({len(warnings)} hồ sơ, hồ sơ gấp nhất trước; nhiều nhất "
            f"{WARNING_LIST_LIMIT}).</p>" + warning_rows(warnings))
    return page("Cảnh báo sớm", body, user)


def commune_page(view: ProvinceView, user: ProvinceUser, agency_code: str) -> str:
    row = next((r for r in view.communes if r.agency_code == agency_code),
               CommuneRow(agency_code))
    machines = "".join(
        f'<tr class="{"warn" if w.stale else ""}"><td class="t">{escape(w.name)}</td>'
        f'<td class="t">{escape(w.id)}</td><td class="t">{_moment(w.last_seen_at)}'
        f'{" ⚠ lâu chưa đồng bộ" if w.stale else ""}</td></tr>' for w in row.workstations)
    body = (
        _period_form(view, f"/province/commune/{escape(agency_code)}")
        + f'<div class="wrap"><table id="communes">{COMMUNE_HEADINGS}'
        f"<tr>{_commune_cells(row, False)}</tr></table></div>"
        + '<h3>Máy trạm</h3><div class="wrap"><table id="workstations"><tr>'
        '<th class="t">Tên</th><th class="t">Mã</th><th class="t">Lần cuối kết nối</th></tr>'
        f'{machines}</table></div>'
        + f"<h3>Cảnh báo sớm ({view.warning_days} ngày tới)</h3>" + warning_rows(view.warnings)
        + _notes(view)
    )
    return page(f"Xã {row.name or agency_code}", body, user)
