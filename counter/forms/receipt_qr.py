"""What the receipt's QR code carries (Circular 01/2023/TT-VPCP, Art. 26).

The circular lists the minimum data of the QR code on papers issued from a
one-stop information system: the dossier code, the procedure code, the
identifier of the person or organisation doing the procedure, the name of the
paper, the name of the information system that issued it and the time of
issue; on a receipt and appointment slip also the appointment date. The symbol
follows TCVN 7322:2009 (ISO/IEC 18004:2006, QR Code 2005).

Sources: Art. 26 of the circular as quoted by thuvienphapluat.vn ("Mã QR trong
quá trình tiếp nhận, giải quyết thủ tục hành chính phải bảo đảm những tiêu chuẩn
nào?") and summarised by english.luatvietnam.vn ("Application of QR codes in
receiving and handling administrative procedures").

NOT CONFIRMED: no published text found says how the fields are written inside
the symbol (order, separators, date format). This module writes one JSON object
(UTF-8) with the field names of the national portal's data exchange where one is
known (MaHoSo, MaTTHC, NgayHenTra ...) and times as ``yyyyMMddHHmmss`` in Vietnam
time, the format those exchanges use. :func:`read_receipt_qr` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from counter.clock import VN_TZ
from counter.clock import to_local as local
from counter.errors import InputError

TIME_FORMAT = "%Y%m%d%H%M%S"
KEYS = {
    "dossier_code": "MaHoSo",
    "procedure_code": "MaTTHC",
    "applicant_id": "SoGiayToChuHoSo",
    "document_name": "TenGiayTo",
    "issuing_system": "HeThong",
    "issued_at": "ThoiGianCap",
    "appointment_at": "NgayHenTra",
    "lookup_url": "TraCuu",
}



@dataclass(frozen=True)
class ReceiptQr:
    dossier_code: str
    procedure_code: str
    applicant_id: str
    document_name: str
    issuing_system: str
    issued_at: datetime
    appointment_at: datetime
    lookup_url: str | None = None


def receipt_qr_text(qr: ReceiptQr) -> str:
    """The text put in the QR symbol: a compact JSON object, fields in the order above."""
    values: dict[str, str] = {
        KEYS["dossier_code"]: qr.dossier_code,
        KEYS["procedure_code"]: qr.procedure_code,
        KEYS["applicant_id"]: qr.applicant_id,
        KEYS["document_name"]: qr.document_name,
        KEYS["issuing_system"]: qr.issuing_system,
        KEYS["issued_at"]: local(qr.issued_at).strftime(TIME_FORMAT),
        KEYS["appointment_at"]: local(qr.appointment_at).strftime(TIME_FORMAT),
    }
    if qr.lookup_url:
        values[KEYS["lookup_url"]] = qr.lookup_url
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def read_receipt_qr(text: str) -> ReceiptQr:
    """The fields of a receipt's QR text; anything else raises ``InputError``."""
    try:
        data = json.loads(text)
    except ValueError:
        raise InputError("Mã QR giấy tiếp nhận", "không phải nội dung JSON.") from None
    if not isinstance(data, dict):
        raise InputError("Mã QR giấy tiếp nhận", "phải là một đối tượng JSON.")
    missing = [key for name, key in KEYS.items() if name != "lookup_url" and key not in data]
    if missing:
        raise InputError("Mã QR giấy tiếp nhận", f"thiếu trường {', '.join(missing)}.")
    return ReceiptQr(
        dossier_code=str(data[KEYS["dossier_code"]]),
        procedure_code=str(data[KEYS["procedure_code"]]),
        applicant_id=str(data[KEYS["applicant_id"]]),
        document_name=str(data[KEYS["document_name"]]),
        issuing_system=str(data[KEYS["issuing_system"]]),
        issued_at=_moment(data[KEYS["issued_at"]], KEYS["issued_at"]),
        appointment_at=_moment(data[KEYS["appointment_at"]], KEYS["appointment_at"]),
        lookup_url=data.get(KEYS["lookup_url"]),
    )


def _moment(value: object, key: str) -> datetime:
    try:
        return datetime.strptime(str(value), TIME_FORMAT).replace(tzinfo=VN_TZ)
    except ValueError:
        raise InputError(f"Mã QR, trường {key}", "phải có dạng yyyyMMddHHmmss.") from None
