"""One procedure's detail page of the National Public Service Portal (dichvucong.gov.vn),
saved as HTML ("Lưu trang"), read into a procedure.

No published export format of the portal was found; this reads the page's documented
layout as the portal and the provincial portals built on it show it: labelled lines
("Mã thủ tục:", "Số quyết định:", "Tên thủ tục:", "Cấp thực hiện:", "Lĩnh vực:",
"Cơ quan thực hiện:", "Kết quả thực hiện:", "Yêu cầu, điều kiện thực hiện:") and three
tables: "Cách thức thực hiện" (Hình thức nộp / Thời hạn giải quyết / Phí, lệ phí / Mô
tả), "Thành phần hồ sơ" (Tên giấy tờ / Mẫu đơn, tờ khai / Số lượng "Bản chính: 1 Bản
sao: 0") and "Căn cứ pháp lý" (Số ký hiệu / Trích yếu / Ngày ban hành / Cơ quan ban hành).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from counter.catalogue.annex import parse_fee, parse_time
from counter.catalogue.model import DocumentComponent, ProcedureInfo
from counter.catalogue.terms import ChannelTerms
from counter.errors import InputError
from counter.text import fold

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "li", "section", "article", "br"}
LABELS = {
    "code": "ma thu tuc", "decision": "so quyet dinh", "name": "ten thu tuc",
    "level": "cap thuc hien", "field": "linh vuc", "agency": "co quan thuc hien",
    "result": "ket qua thuc hien", "conditions": "yeu cau, dieu kien thuc hien",
}
CHANNEL_NAMES = {"truc tiep": "in_person", "truc tuyen": "online", "dich vu buu chinh": "post",
                 "buu chinh": "post"}
MAX_BYTES = 5_000_000


@dataclass
class _Page(HTMLParser):
    lines: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    _text: list[str] = field(default_factory=list)
    _depth: int = 0
    _row: list[str] | None = None
    _cell: list[str] | None = None
    _skip: int = 0

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.lines.append(text)
        self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "table":
            self._flush()
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif tag == "tr" and self._depth == 1:
            self._row = []
        elif tag in ("td", "th") and self._depth == 1:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag in BLOCKS and self._depth == 0:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table":
            self._depth = max(0, self._depth - 1)
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("\n".join(" ".join(p.split()) for p in "".join(self._cell)
                                       .split("\n")).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None
        elif tag in BLOCKS and self._depth == 0:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._depth == 0:
            self._text.append(data)


def _labelled(lines: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines:
        head, _, value = line.partition(":")
        key = next((k for k, label in LABELS.items() if fold(head).strip() == label), None)
        if key is not None and key not in found:
            found[key] = value.strip()
    return found


def _table(tables: list[list[list[str]]], first_header: str) -> list[list[str]]:
    for table in tables:
        if table and table[0] and fold(table[0][0]).startswith(first_header):
            return table[1:]
    return []


def _count(text: str, word: str) -> int:
    match = re.search(word + r"\s*:?\s*(\d+)", fold(text))
    return int(match.group(1)) if match else 0


def read_portal_page(path: Path) -> ProcedureInfo:
    if path.stat().st_size > MAX_BYTES:
        raise InputError("file", "trang chi tiết quá lớn (tối đa 5 MB).")
    page = _Page()
    page.feed(path.read_text(encoding="utf-8", errors="replace"))
    page.close()
    page._flush()
    values = _labelled(page.lines)
    for key in ("code", "name"):
        if not values.get(key):
            raise InputError(f"file: {LABELS[key]}",
                             "không thấy dòng “Mã thủ tục:” / “Tên thủ tục:” của trang chi tiết.")
    ways = _table(page.tables, "hinh thuc nop")
    if not ways:
        raise InputError("file: cach thuc thuc hien",
                         "không thấy bảng “Hình thức nộp / Thời hạn giải quyết / Phí, lệ phí”.")
    channels: list[ChannelTerms] = []
    unverified = ["exemptions"]
    for number, cells in enumerate(ways, start=1):
        cells = [*cells, "", "", "", ""]
        channel = CHANNEL_NAMES.get(fold(cells[0]).strip())
        if channel is None:
            raise InputError(f"Cách thức thực hiện, dòng {number}, cột Hình thức nộp",
                             f"không biết hình thức “{cells[0][:40]}”.")
        if any(c.channel == channel for c in channels):
            continue
        try:
            processing, converted = parse_time(cells[1])
        except ValueError as error:
            raise InputError(f"Cách thức thực hiện, dòng {number}, cột Thời hạn giải quyết",
                             f"{error}.") from None
        fee, guessed = parse_fee(re.sub(r"^(lệ phí|phí)\s*:\s*", "", cells[2].strip(),
                                        flags=re.IGNORECASE))
        if converted or guessed:
            unverified.append(f"channels.{channel}")
        channels.append(ChannelTerms(channel, processing, cells[1], fee, cells[3]))
    documents = tuple(
        DocumentComponent(name=cells[0][:1000], originals=_count(cells[2], "ban chinh"),
                          copies=_count(cells[2], "ban sao"), template=cells[1][:200])
        for cells in (([*row, "", ""]) for row in _table(page.tables, "ten giay to"))
        if cells[0].strip()
    )
    basis = tuple(" ".join(part for part in row[:2] if part).strip()
                  for row in _table(page.tables, "so ky hieu") if row and row[0].strip())
    main = next((c for c in channels if c.channel == "in_person"), channels[0])
    assert main.processing is not None and main.fee is not None
    agency = values.get("agency", "")
    return ProcedureInfo(
        code=values["code"][:40], version=(values.get("decision") or "cổng quốc gia")[:40],
        name=values["name"][:500], processing=main.processing,
        processing_note=main.processing_note, fee=main.fee, field=values.get("field", "")[:200],
        level="province" if "tinh" in fold(values.get("level", "")) else "commune",
        agency_level=agency[:40], handling_agency=agency[:200], documents=documents,
        result=values.get("result", ""), legal_basis=basis,
        conditions=values.get("conditions", "")[:5000], channels=tuple(c for c in channels if c is not main),
        decision=values.get("decision", "")[:300],
        sources=(f"Cổng Dịch vụ công quốc gia, trang chi tiết thủ tục {values['code']}",),
        unverified=tuple(unverified),
    )
