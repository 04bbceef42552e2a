"""Read any file the catalogue can be imported from, by its kind."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from counter.catalogue.model import ProcedureInfo, parse_procedure
from counter.catalogue.service import read_catalogue_file
from counter.errors import InputError
from counter.validate import read_json_file

KINDS = {".json": "onestop-catalogue", ".xlsx": "annex", ".docx": "annex", ".html": "portal",
         ".htm": "portal"}


def read_import_file(path: Path) -> tuple[list[ProcedureInfo], str]:
    """The procedures of ``path`` and a short source label for the audit trail."""
    if not path.is_file():
        raise InputError("file", f"không thấy tệp {path.name}.")
    kind = KINDS.get(path.suffix.lower())
    if kind == "onestop-catalogue":
        return read_catalogue_file(path), "file"
    if kind == "annex":
        from counter.catalogue.annex import read_annex

        annex = read_annex(path)
        return annex.procedures, f"annex {annex.decision}"[:40]
    if kind == "portal":
        from counter.catalogue.portal import read_portal_page

        return [read_portal_page(path)], "portal"
    raise InputError("file", "tệp phải là .json (danh mục), .xlsx/.docx (phụ lục quyết định "
                             "công bố của tỉnh) hoặc .html (trang chi tiết thủ tục).")


def read_procedure_file(path: Path) -> ProcedureInfo:
    """One procedure in the catalogue file's layout (for ``catalogue add`` and ``edit``);
    its version may be left out: the app names it."""
    data = read_json_file(path)
    if isinstance(data, dict) and not data.get("version"):
        data = {**data, "version": "-"}
    info = parse_procedure(data, "")
    return info if info.version != "-" else replace(info, version="")
