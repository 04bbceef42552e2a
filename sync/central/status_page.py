"""The public status page (``/tra-cuu``): Vietnamese, mobile first, plain HTML, no script.

``GET /tra-cuu?ma=<dossier code>`` shows the form (the receipt's QR code opens it with the
code filled in); ``POST /tra-cuu`` with ``ma`` and ``kiemtra`` (the check code printed on
the receipt) shows the status, the appointment, what is missing and the applicant's
initials. Every lookup counts against the caller's address (429 past the limit); a wrong
dossier code and a wrong check code get the same page, status and work.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from sync.central.context import CentralContext
from sync.central.errors import TooManyAttemptsError
from sync.central.services import lookup

PATH = "/tra-cuu"
MAX_FORM_BYTES = 4096
NOT_FOUND = (
    "Không tìm thấy hồ sơ với mã hồ sơ và mã kiểm tra đã nhập. Hãy xem lại hai mã in trên "
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả."
)
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
_STYLE = (
    "body{font:17px/1.45 system-ui,sans-serif;margin:0;color:#111;background:#f6f6f4}"
    "main{max-width:30rem;margin:auto;padding:1rem}h1{font-size:1.3rem}"
    "label{display:block;margin-top:.8rem;font-weight:600}"
    "input{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.55rem;margin-top:.25rem}"
    "button{margin-top:1rem;width:100%;font-size:1.1rem;padding:.7rem;background:#0b5394;"
    "color:#fff;border:0;border-radius:.3rem}"
    ".box{background:#fff;border-left:.4rem solid #0b5394;padding:.6rem 1rem;margin:1rem 0}"
    ".bad{border-color:#b00020}.status{font-size:1.35rem;font-weight:700;margin:.2rem 0}"
    "dt{color:#555;font-size:.9rem}dd{margin:0 0 .5rem}small{color:#555}"
)

router = APIRouter()


def _page(body: str, *, status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    html = (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>Tra cứu hồ sơ</title><style>{_STYLE}</style></head><body><main>"
        f"<h1>Tra cứu tình trạng hồ sơ</h1>{body}</main></body></html>"
    )
    return HTMLResponse(html, status_code=status, headers={**HEADERS, **(headers or {})})


def _form(dossier_code: str = "") -> str:
    return (
        f'<form method="post" action="{PATH}">'
        '<label for="ma">Mã hồ sơ</label>'
        f'<input id="ma" name="ma" value="{escape(dossier_code)}" maxlength="64" required '
        'autocomplete="off" autocapitalize="characters" spellcheck="false">'
        '<label for="kiemtra">Mã kiểm tra <small>(6 ký tự, in trên giấy hẹn)</small></label>'
        '<input id="kiemtra" name="kiemtra" maxlength="32" required autocomplete="off" '
        'autocapitalize="characters" spellcheck="false">'
        '<button type="submit">Tra cứu</button></form>'
        "<p><small>Trang chỉ cho biết tình trạng, ngày hẹn và giấy tờ cần bổ sung. "
        "Thông tin khác xin hỏi tại nơi nộp hồ sơ.</small></p>"
    )


def _when(moment: datetime) -> str:
    return f"{moment:%H:%M}, ngày {moment:%d/%m/%Y}"


def _result(found: lookup.PublicStatus) -> str:
    rows = [("Mã hồ sơ", found.code), ("Người nộp", found.initials or "—")]
    if found.due_at is not None:
        rows.append(("Hẹn trả kết quả", _when(found.due_at)))
    listing = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows)
    missing = ""
    if found.missing:
        items = "".join(f"<li>{escape(name)}</li>" for name in found.missing)
        missing = f"<p><b>Giấy tờ cần bổ sung:</b></p><ul>{items}</ul>"
    ready = (
        "<p>Mời ông/bà mang giấy hẹn đến nơi nộp hồ sơ để nhận kết quả.</p>"
        if found.result_ready
        else ""
    )
    return (
        f'<section class="box" id="ket-qua"><p class="status">{escape(found.status_label)}</p>'
        f"<dl>{listing}</dl>{missing}{ready}</section>"
    )


def _context(request: Request) -> CentralContext:
    context: CentralContext = request.app.state.context
    return context


@router.get(PATH, response_class=HTMLResponse, include_in_schema=False)
def lookup_form(ma: str = "") -> HTMLResponse:
    return _page(_form(lookup.normalise_dossier_code(ma[:200])))


@router.post(PATH, response_class=HTMLResponse, include_in_schema=False)
async def lookup_status(request: Request) -> HTMLResponse:
    context = _context(request)
    body = await request.body()
    fields = parse_qs(body[:MAX_FORM_BYTES].decode("utf-8", "replace"), max_num_fields=10)
    dossier_code = lookup.normalise_dossier_code((fields.get("ma") or [""])[0])
    check_code = (fields.get("kiemtra") or [""])[0]
    source = request.client.host if request.client else "unknown"
    try:
        found = await run_in_threadpool(
            context.database.run,
            lambda s: _counted_lookup(s, context, source, dossier_code, check_code),
        )
    except TooManyAttemptsError as error:
        message = f'<p class="box bad" id="loi">{escape(error.message)}</p>'
        return _page(
            message + _form(dossier_code),
            status=429,
            headers={"Retry-After": str(error.retry_after)},
        )
    if found is None:
        message = f'<p class="box bad" id="loi">{escape(NOT_FOUND)}</p>'
        return _page(message + _form(dossier_code), status=404)
    return _page(_result(found) + _form(dossier_code))


def _counted_lookup(
    session: Session, context: CentralContext, source: str, dossier_code: str, check_code: str
) -> lookup.PublicStatus | None:
    lookup.count_lookup(session, context.settings, source)
    return lookup.look_up(session, context.check_key, dossier_code, check_code)
