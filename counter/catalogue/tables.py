"""Tables out of the files provinces publish: Excel (.xlsx) sheets and Word (.docx) tables,
as rows of cell text with their row numbers in the file (for messages)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from counter.errors import InputError

WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_ROWS = 20_000


@dataclass(frozen=True)
class Row:
    number: int  # 1-based: the sheet's row number, or the row's place in the Word tables
    cells: tuple[str, ...]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).replace("\r", "\n").split(" ")).strip()


def read_xlsx(path: Path) -> list[Row]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise InputError("file", f"không đọc được tệp Excel: {error}") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise InputError("file", f"tệp có quá {MAX_ROWS} dòng.")
            rows.append(Row(number, tuple(_clean(v) for v in values)))
        return rows
    finally:
        book.close()


def _paragraphs(cell: ElementTree.Element) -> str:
    lines = []
    for paragraph in cell.iter(f"{WORD}p"):
        lines.append("".join(t.text or "" for t in paragraph.iter(f"{WORD}t")))
    return "\n".join(line for line in lines if line.strip()).strip()


def read_docx(path: Path) -> list[Row]:
    """Every row of every table of the document, in order (merged cells repeat nothing)."""
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise InputError("file", f"không đọc được tệp Word: {error}") from None
    rows: list[Row] = []
    for table in root.iter(f"{WORD}tbl"):
        for row in table.iter(f"{WORD}tr"):
            cells = tuple(_paragraphs(cell) for cell in row.iter(f"{WORD}tc"))
            rows.append(Row(len(rows) + 1, cells))
            if len(rows) > MAX_ROWS:
                raise InputError("file", f"tệp có quá {MAX_ROWS} dòng.")
    if not rows:
        raise InputError("file", "tệp Word không có bảng nào.")
    return rows


def docx_text(path: Path) -> str:
    """All the document's text, paragraph by paragraph (titles above the table)."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return _paragraphs(root)
