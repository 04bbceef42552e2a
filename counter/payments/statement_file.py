"""Read a bank statement exported as CSV or Excel (.xlsx) into plain rows.

The layout supported is an assumption (no bank publishes a standard; see
docs/payments.md): one header row within the first 30 rows, naming at least a date
column, a description column, and either separate credit / debit columns or one amount
column (with an optional credit/debit marker column). Names are matched without accents
or case, so "Ngày giao dịch", "NGAY GD" and "Transaction date" all name the date.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter import clock
from counter.errors import InputError
from counter.text import fold

HEADER_SCAN_ROWS = 30
MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("ngay giao dich", "ngay gd", "ngay hach toan", "ngay hieu luc", "ngay",
             "thoi gian giao dich", "thoi gian", "transaction date", "posting date",
             "value date", "date"),
    "credit": ("so tien ghi co", "ghi co", "phat sinh co", "so tien co", "co", "credit",
               "credit amount", "money in"),
    "debit": ("so tien ghi no", "ghi no", "phat sinh no", "so tien no", "no", "debit",
              "debit amount", "money out"),
    "amount": ("so tien giao dich", "so tien", "amount", "transaction amount"),
    "direction": ("loai giao dich", "no/co", "loai", "c/d", "dr/cr", "cr/dr", "type"),
    "description": ("noi dung giao dich", "noi dung chuyen khoan", "noi dung", "dien giai",
                    "mo ta", "chi tiet giao dich", "description", "details", "narrative",
                    "remarks"),
    "reference": ("so tham chieu", "ma giao dich", "so giao dich", "so but toan",
                  "ma tham chieu", "so gd", "reference", "reference no", "ref",
                  "transaction id", "transaction no"),
}
CREDIT_MARKS = {"c", "co", "cr", "credit", "ghi co", "+"}
DEBIT_MARKS = {"d", "no", "dr", "debit", "ghi no", "-"}


@dataclass(frozen=True)
class StatementRow:
    line: int  # the row's number in the file (1 = first line / Excel row 1)
    at: datetime | None  # None when the row's date cannot be read (see ``problem``)
    date_only: bool
    credit: int  # đồng received (0 for a debit)
    debit: int
    description: str
    reference: str
    problem: str = ""  # why the row cannot be used, if it cannot


def _key(text: Any) -> str:
    return fold(str(text or "")).replace("_", " ").strip(" :")


def find_columns(header: list[Any]) -> dict[str, int] | None:
    """Column index by role, if ``header`` is a header row we understand."""
    keys = [_key(cell) for cell in header]
    found: dict[str, int] = {}
    for role, names in COLUMN_NAMES.items():
        for name in names:  # the most specific name first
            if name in keys and keys.index(name) not in found.values():
                found[role] = keys.index(name)
                break
    money = ("credit" in found) or ("amount" in found)
    return found if "date" in found and "description" in found and money else None


def parse_amount(value: Any) -> int:
    """Đồng as an integer: 15000, "15.000", "15,000", "15.000,00", "15,000.00 VND"."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    else:
        text = re.sub(r"(?i)\s|vnd|đ|₫", "", str(value))
        sign = -1 if text.startswith("-") or (text.startswith("(") and text.endswith(")")) else 1
        text = text.strip("-+()")
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):
            text = re.sub(r"[.,]", "", text)
        elif match := re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})*)([.,])(\d{1,2})", text):
            if match.group(2) == match.group(3):
                raise ValueError(f"not an amount: {value!r}")
            text = re.sub(r"[.,]", "", match.group(1)) + "." + match.group(4)
        try:
            number = Decimal(text) * sign
        except InvalidOperation:
            raise ValueError(f"not an amount: {value!r}") from None
    if number != number.to_integral_value():
        raise ValueError(f"đồng có phần lẻ: {value!r}")
    return int(number)


DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y %H:%M:%S",
                "%d-%m-%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M",
                "%Y-%m-%d", "%d/%m/%y")


def parse_moment(value: Any) -> tuple[datetime, bool]:
    """(time in Vietnam, whether only the date was given)."""
    if isinstance(value, datetime):
        return clock.to_local(value), value.time() == time(0, 0)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), clock.VN_TZ), True
    text = " ".join(str(value or "").split())
    for fmt in DATE_FORMATS:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return moment.replace(tzinfo=clock.VN_TZ), "%H" not in fmt
    raise ValueError(f"not a date: {value!r}")


def _cell(row: list[Any], index: int | None) -> Any:
    return row[index] if index is not None and index < len(row) else None


def to_row(line: int, row: list[Any], columns: dict[str, int]) -> StatementRow:
    description = " ".join(str(_cell(row, columns["description"]) or "").split())
    reference = " ".join(str(_cell(row, columns.get("reference")) or "").split())
    try:
        at, date_only = parse_moment(_cell(row, columns["date"]))
    except ValueError:
        return StatementRow(line, None, False, 0, 0, description, reference,
                            f"ngày giao dịch không đọc được ({_cell(row, columns['date'])!r})")
    try:
        if "credit" in columns:
            credit = parse_amount(_cell(row, columns["credit"]))
            debit = abs(parse_amount(_cell(row, columns.get("debit"))))
        else:
            amount = parse_amount(_cell(row, columns["amount"]))
            mark = _key(_cell(row, columns.get("direction")))
            if mark in DEBIT_MARKS or amount < 0:
                credit, debit = 0, abs(amount)
            elif mark in CREDIT_MARKS or not mark:
                credit, debit = amount, 0
            else:
                raise ValueError(f"không rõ ghi nợ hay ghi có ({mark!r})")
    except ValueError as error:
        return StatementRow(line, at, date_only, 0, 0, description, reference,
                            f"số tiền không đọc được: {error}")
    return StatementRow(line, at, date_only, max(credit, 0), debit, description, reference)


def _blank(row: list[Any]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in row)


def rows_from_table(table: list[list[Any]]) -> list[StatementRow]:
    """The rows under the first header row we understand; InputError if there is none."""
    for index, header in enumerate(table[:HEADER_SCAN_ROWS]):
        columns = find_columns(header)
        if columns is not None:
            body = table[index + 1:]
            return [to_row(index + 2 + n, row, columns) for n, row in enumerate(body)
                    if not _blank(row)]
    raise InputError(
        "Sao kê",
        "không tìm thấy dòng tiêu đề có cột ngày giao dịch, nội dung và số tiền (ghi có, "
        "hoặc số tiền với cột nợ/có) trong 30 dòng đầu. Xem docs/payments.md.",
    )


def _csv_table(data: bytes) -> list[list[Any]]:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes almost anything
        raise InputError("Sao kê", "tệp CSV không phải UTF-8 hay Windows-1258.")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    if sample.count("\t") > max(sample.count(";"), sample.count(",")):
        delimiter = "\t"
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_table(data: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise InputError("Sao kê", f"không mở được tệp Excel: {error}") from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_statement(path: Path) -> list[StatementRow]:
    """The statement's rows (CSV by content, .xlsx by its ZIP signature)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError("Sao kê", f"tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB.")
        data = path.read_bytes()
    except OSError as error:
        raise InputError("Sao kê", f"không đọc được tệp {path.name}: {error.strerror}.") from None
    if path.suffix.lower() == ".xls" and not data.startswith(b"PK"):
        raise InputError("Sao kê", "tệp .xls (Excel 97-2003) chưa được hỗ trợ: hãy lưu lại "
                                   "thành .xlsx hoặc .csv.")
    table = _xlsx_table(data) if data.startswith(b"PK") else _csv_table(data)
    if len(table) > MAX_ROWS:
        raise InputError("Sao kê", f"nhiều hơn {MAX_ROWS} dòng.")
    return rows_from_table(table)
