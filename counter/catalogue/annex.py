"""The annex of a province's decision announcing its list of procedures ("Quyết định công
bố danh mục thủ tục hành chính ... Phụ lục"): a table with a header row, section rows for
fields ("I. Lĩnh vực Hộ tịch") and one row per procedure. Columns are found by their
header text (docs/catalogue-import.md lists the names understood); every bad row is
reported with its row number and column, and nothing is imported unless all rows are good.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from counter.catalogue.fees import FeeRule
from counter.catalogue.model import ProcedureInfo
from counter.catalogue.tables import Row, docx_text, read_docx, read_xlsx
from counter.deadlines.compute import ProcessingTime
from counter.errors import InputError
from counter.text import fold

COLUMNS: dict[str, tuple[str, ...]] = {  # accents and case ignored; the first match wins
    "number": ("stt", "so tt", "so thu tu"),
    "code": ("ma so tthc", "ma tthc", "ma thu tuc", "ma so thu tuc", "ma so"),
    "name": ("ten tthc", "ten thu tuc"),
    "field": ("linh vuc",),
    "level": ("cap thuc hien", "cap giai quyet"),
    "agency": ("co quan thuc hien", "co quan giai quyet"),
    "time": ("thoi han giai quyet", "thoi gian giai quyet"),
    "fee": ("phi, le phi", "phi le phi", "le phi"),
    "basis": ("can cu phap ly",),
    "place": ("dia diem thuc hien",),
}
HEADER_LABELS = {"code": "Mã TTHC", "name": "Tên TTHC", "time": "Thời hạn giải quyết",
                 "fee": "Phí, lệ phí", "level": "Cấp thực hiện", "basis": "Căn cứ pháp lý"}
DECISION = re.compile(r"Quyết định số\s*([0-9]+/[^\s,;)]+)(?:\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4}))?",
                      re.IGNORECASE)
MONEY = re.compile(r"(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:d\b|dong|vnd)")
MAX_ERRORS = 20


@dataclass(frozen=True)
class AnnexRead:
    procedures: list[ProcedureInfo]
    decision: str
    skipped_sections: int


def _columns(header: Row) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header.cells):
        text = fold(cell)
        for key, names in COLUMNS.items():
            if key not in found and any(text.startswith(n) or text == n for n in names):
                found[key] = index
                break
    return found


def _header(rows: list[Row]) -> tuple[int, dict[str, int]]:
    for position, row in enumerate(rows[:60]):
        columns = _columns(row)
        if "name" in columns and "time" in columns:
            return position, columns
    raise InputError("file", "không thấy dòng tiêu đề của bảng (cần ít nhất các cột "
                             "“Tên thủ tục hành chính” và “Thời hạn giải quyết”).")


def _decision(text: str) -> tuple[str, date | None]:
    match = DECISION.search(text)
    if match is None:
        return "", None
    number = match.group(1).rstrip(".")
    day = None
    if match.group(2):
        try:
            day = date(int(match.group(4)), int(match.group(3)), int(match.group(2)))
        except ValueError:
            day = None
    return number, day


def parse_time(text: str) -> tuple[ProcessingTime, bool]:
    """The processing time, and whether it was converted from calendar days."""
    folded = fold(text)
    if not folded:
        raise ValueError("trống")
    if "trong ngay" in folded or folded.startswith("ngay sau khi") or "ngay lap tuc" in folded:
        return ProcessingTime.same_day(), False
    number = re.search(r"(\d+(?:[.,]\d+)?)\s*(gio|ngay lam viec|ngay)", folded)
    if number is None:
        raise ValueError(f"không đọc được thời hạn “{text[:60]}”")
    amount = float(number.group(1).replace(",", "."))
    if amount <= 0:
        raise ValueError("thời hạn phải lớn hơn 0")
    if number.group(2) == "gio":
        return ProcessingTime.hours(amount), False
    if number.group(2) == "ngay lam viec":
        return ProcessingTime.days(amount), False
    # Calendar days: the deadline engine counts working days; five of every seven days.
    return ProcessingTime.days(max(1, math.floor(amount * 5 / 7))), True


def parse_fee(text: str) -> tuple[FeeRule, bool]:
    """The fee, and whether it is only a guess to check (text the reader did not know)."""
    folded = fold(text)
    if folded in ("", "khong", "khong co", "mien", "mien phi", "khong thu", "0"):
        return FeeRule(note=text), False
    amounts = {int(re.sub(r"[.,]", "", m)) for m in MONEY.findall(folded)}
    if len(amounts) == 1:
        return FeeRule("fixed", amount=amounts.pop(), note=text), False
    if amounts:
        return FeeRule("fixed", amount=max(amounts), varies_by_province=True, note=text), True
    return FeeRule(varies_by_province=True, note=text), True


def _level(text: str, default: str) -> str:
    folded = fold(text)
    if "tinh" in folded:
        return "province"
    if "xa" in folded or "huyen" in folded:  # district procedures went to communes in 2025
        return "commune"
    return default


def _section(row: Row, columns: dict[str, int]) -> str | None:
    """A section row's field ("I. Lĩnh vực Hộ tịch" -> "Hộ tịch"; "" for another heading
    such as "A. Thủ tục cấp xã"), or None for a procedure's row: one with a time, or with
    a number in the "STT" column."""
    if row.cell(columns.get("time")).strip():
        return None
    number = row.cell(columns.get("number")).strip()
    filled = [c for c in row.cells if c.strip()]
    if re.fullmatch(r"\d+\.?", number) and len(filled) > 2:
        return None
    match = re.search(r"lĩnh vực\s+(.+)", " ".join(filled), re.IGNORECASE)
    return match.group(1).strip().rstrip(".:") if match else ""


def _procedure(row: Row, columns: dict[str, int], decision: str, valid_from: date | None,
               field: str, level: str) -> ProcedureInfo:
    def cell(key: str) -> str:
        return row.cell(columns.get(key)).strip()

    def fail(key: str, reason: str) -> InputError:
        label = HEADER_LABELS.get(key, key)
        return InputError(f"dòng {row.number}, cột {label}", reason)

    name = " ".join(cell("name").split())
    if not name:
        raise fail("name", "thiếu tên thủ tục.")
    if len(name) > 500:
        raise fail("name", "tên thủ tục quá dài (tối đa 500 ký tự).")
    unverified = ["documents"]
    code = cell("code").split("\n")[0].strip()
    if "code" in columns and not code:
        raise fail("code", "thiếu mã thủ tục.")
    if not code:
        number = cell("number") or str(row.number)
        code = f"{decision or 'QĐ'}#{number}"[:40]
        unverified.append("code")
    if len(code) > 40 or not re.fullmatch(r"[0-9A-Za-zĐđ./#\-]+", code):
        raise fail("code", f"mã thủ tục “{code[:50]}” không hợp lệ.")
    try:
        processing, converted = parse_time(cell("time"))
    except ValueError as error:
        raise fail("time", f"{error}.") from None
    if converted:
        unverified.append("processing_time")
    fee, guessed = parse_fee(cell("fee"))
    if guessed:
        unverified.append("fee")
    basis = tuple(part.strip(" -–•") for part in re.split(r"[;\n]", cell("basis"))
                  if part.strip(" -–•"))
    agency = cell("agency")
    return ProcedureInfo(
        code=code, version=(decision or "tỉnh")[:40], name=name, processing=processing,
        processing_note=cell("time"), field=cell("field") or field,
        level=_level(cell("level") or agency, level), agency_level=agency[:40],
        handling_agency=agency[:200], fee=fee, legal_basis=basis, decision=decision,
        valid_from=valid_from, sources=(f"Phụ lục Quyết định {decision}".strip(),),
        unverified=tuple(unverified), conditions=cell("place")[:5000],
    )


def read_annex(path: Path) -> AnnexRead:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = read_xlsx(path)
        preamble_rows = rows
    elif suffix == ".docx":
        rows = read_docx(path)
        preamble_rows = []
    else:
        raise InputError("file", "phụ lục quyết định phải là tệp .xlsx hoặc .docx.")
    position, columns = _header(rows)
    preamble = docx_text(path) if suffix == ".docx" else "\n".join(
        " ".join(r.cells) for r in preamble_rows[:position + 1])
    decision, valid_from = _decision(preamble)
    level = "province" if "cap tinh" in fold(preamble) else "commune"
    field, skipped = "", 0
    procedures: list[ProcedureInfo] = []
    errors: list[InputError] = []
    for row in rows[position + 1:]:
        if not any(c.strip() for c in row.cells):
            continue
        if re.fullmatch(r"\(?\d+\)?", row.cell(columns.get("name")).strip() or "x"):
            continue  # the row of column numbers (1) (2) (3) under the header
        section = _section(row, columns)
        if section is not None:
            field = section or field
            skipped += 1
            continue
        try:
            procedures.append(_procedure(row, columns, decision, valid_from, field, level))
        except InputError as error:
            errors.append(error)
    seen: dict[str, int] = {}
    for procedure in procedures:
        seen[procedure.code] = seen.get(procedure.code, 0) + 1
    errors += [InputError("file", f"mã thủ tục {code} xuất hiện {n} lần.")
               for code, n in seen.items() if n > 1]
    if errors:
        lines = "; ".join(f"{e.field}: {e.reason}" for e in errors[:MAX_ERRORS])
        more = f" (và {len(errors) - MAX_ERRORS} lỗi khác)" if len(errors) > MAX_ERRORS else ""
        raise InputError("file", f"{len(errors)} dòng không nhập được, không nhập gì: "
                                 f"{lines}{more}.")
    if not procedures:
        raise InputError("file", "bảng không có thủ tục nào.")
    return AnnexRead(procedures, decision, skipped)
