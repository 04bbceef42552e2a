"""The ``/province`` pages: login, the overview per commune, one commune, the early-warning
list, the Excel export, logout. A page without a valid session goes to the login page; a
commune supervisor asking for another commune is refused (403)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Cookie, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from counter import clock
from counter.errors import InputError
from counter.reporting.period import Period
from sync.central.context import CentralContext
from sync.central.errors import UnauthorizedError
from sync.central.province import accounts, pages
from sync.central.province.accounts import ProvinceUser
from sync.central.province.figures import (
    ProvinceView,
    early_warnings,
    fill_names,
    province_view,
)
from sync.central.province.workbook import province_workbook

PREFIX = "/province"
COOKIE = "province_session"
PAGE_SIZE = 100
MAX_FORM_BYTES = 4096
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def _context(request: Request) -> CentralContext:
    context: CentralContext = request.app.state.context
    return context


Context = Annotated[CentralContext, Depends(_context)]
SessionCookie = Annotated[str | None, Cookie(alias=COOKIE)]
NO_STORE = {"Cache-Control": "no-store"}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=NO_STORE)


def _to_login() -> RedirectResponse:
    return RedirectResponse(f"{PREFIX}/login", status_code=303, headers=NO_STORE)


def _user(context: CentralContext, token: str | None) -> ProvinceUser | None:
    idle = context.settings.province_idle_minutes
    try:
        return context.database.run(lambda s: accounts.resume(s, token, idle_minutes=idle))
    except UnauthorizedError:
        return None


def _period(first: str | None, last: str | None) -> Period:
    today = clock.now().date()
    start = clock.parse_day(first, "từ ngày") if first else today.replace(day=1)
    end = clock.parse_day(last, "đến ngày") if last else today
    return Period(start, end)


def _view(context: CentralContext, period: Period, agency_code: str | None,
          named: slice = slice(None)) -> ProvinceView:
    """The figures, with the names of the communes in ``named`` (a page's)."""
    settings = context.settings

    def read(session: Session) -> ProvinceView:
        view = province_view(session, period, agency_code=agency_code,
                             warning_days=settings.early_warning_days,
                             stale_days=settings.stale_sync_days)
        fill_names(session, view.communes[named])
        return view

    return context.database.run(read)


@router.get("/login")
def login_form(context: Context, session: SessionCookie = None) -> Response:
    if _user(context, session) is not None:
        return RedirectResponse(f"{PREFIX}/", status_code=303)
    return _html(pages.login_page())


@router.post("/login")
async def login(request: Request, context: Context) -> Response:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return _html(pages.login_page("Yêu cầu quá lớn."), 413)
    form = parse_qs(body.decode("utf-8", "replace"))
    username = (form.get("username") or [""])[0]
    password = (form.get("password") or [""])[0]
    hours = context.settings.province_session_hours
    from starlette.concurrency import run_in_threadpool

    result = await run_in_threadpool(context.database.run, lambda s: accounts.log_in(
        s, username, password, hours=hours))
    if result.user is None:
        return _html(pages.login_page(result.refusal), 401)
    response = RedirectResponse(f"{PREFIX}/", status_code=303, headers=NO_STORE)
    response.set_cookie(COOKIE, result.token, max_age=hours * 3600, path=PREFIX,
                        httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


@router.post("/logout")
def logout(context: Context, session: SessionCookie = None) -> Response:
    context.database.run(lambda s: accounts.log_out(s, session))
    response = _to_login()
    response.delete_cookie(COOKIE, path=PREFIX)
    return response


@router.get("/")
def overview(context: Context, session: SessionCookie = None,
             first: Annotated[str | None, Query(alias="from")] = None,
             last: Annotated[str | None, Query(alias="to")] = None,
             page: Annotated[int, Query(ge=1, le=10_000)] = 1) -> Response:
    user = _user(context, session)
    if user is None:
        return _to_login()
    try:
        period = _period(first, last)
    except InputError as error:
        return _html(pages.message_page("Kỳ không hợp lệ", error.message, user), 400)
    first_row = (page - 1) * PAGE_SIZE
    view = _view(context, period, user.scope, slice(first_row, first_row + PAGE_SIZE))
    return _html(pages.overview_page(view, user, page, PAGE_SIZE))


@router.get("/warnings")
def warnings(context: Context, session: SessionCookie = None) -> Response:
    user = _user(context, session)
    if user is None:
        return _to_login()
    days = context.settings.early_warning_days
    found = context.database.run(lambda s: early_warnings(s, user.scope, days))
    return _html(pages.warnings_page(found, days, user))


@router.get("/commune/{agency_code}")
def commune(agency_code: str, context: Context, session: SessionCookie = None,
            first: Annotated[str | None, Query(alias="from")] = None,
            last: Annotated[str | None, Query(alias="to")] = None) -> Response:
    user = _user(context, session)
    if user is None:
        return _to_login()
    if not user.may_see(agency_code):
        return _html(pages.message_page(
            "Không có quyền", f"Tài khoản {user.username} chỉ xem được số liệu của xã "
            f"{user.agency_code}.", user), 403)
    try:
        period = _period(first, last)
    except InputError as error:
        return _html(pages.message_page("Kỳ không hợp lệ", error.message, user), 400)
    return _html(pages.commune_page(_view(context, period, agency_code), user, agency_code))


@router.get("/export.xlsx")
def export(context: Context, session: SessionCookie = None,
           first: Annotated[str | None, Query(alias="from")] = None,
           last: Annotated[str | None, Query(alias="to")] = None) -> Response:
    user = _user(context, session)
    if user is None:
        return _html(pages.message_page("Cần đăng nhập", "Cần đăng nhập để tải số liệu."), 401)
    try:
        period = _period(first, last)
    except InputError as error:
        return _html(pages.message_page("Kỳ không hợp lệ", error.message, user), 400)
    content = province_workbook(_view(context, period, user.scope))
    name = f"theo-doi-ho-so-{period.first:%Y%m%d}-{period.last:%Y%m%d}.xlsx"
    return Response(content, media_type=XLSX, headers={
        **NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'})
