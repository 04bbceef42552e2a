"""``main.py card ...``: read a chip ID card or passport, list readers, parse the QR code.

card read --id-number 001090123456 --birth 1990-01-31 --expiry 2030-01-31 --json
card read --id-number 001090123456   (PACE with the CAN, its last 6 digits, when the chip offers it)
card read --doc-number C1234567 --birth ... --expiry ... [--reader NAME] [--trust PATH]
card read --qr "001090123456|...|15042021" --json
card readers
card qr "TEXT"
card virtual [--seed N] [--passport] [--vpcd 127.0.0.1:35963]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from counter.cli._output import shown
from counter.clock import parse_day
from counter.errors import InputError

READ_TIMEOUT_SECONDS = 120


def register(subparsers: Any) -> None:
    card = subparsers.add_parser("card", help="đọc thẻ căn cước gắn chip / hộ chiếu (PC/SC)")
    commands = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)

    read = commands.add_parser("read", help="đọc chip qua đầu đọc PC/SC")
    number = read.add_mutually_exclusive_group(required=True)
    number.add_argument("--id-number", help="số định danh 12 chữ số (CCCD)")
    number.add_argument("--doc-number", help="số giấy tờ trong MRZ (9 ký tự của CCCD, số hộ chiếu)")
    number.add_argument("--qr", help="nội dung mã QR trên thẻ (thay cho số, ngày sinh, hạn)")
    read.add_argument("--birth", help="ngày sinh YYYY-MM-DD hoặc dd/mm/yyyy")
    read.add_argument("--expiry", help="ngày hết hạn YYYY-MM-DD hoặc dd/mm/yyyy")
    read.add_argument("--reader", help="tên đầu đọc (mặc định: đầu đọc đầu tiên có thẻ)")
    read.add_argument("--trust", type=Path, help="thư mục chứng chỉ CSCA hoặc tệp master list")
    read.add_argument("--no-photo", action="store_true", help="không đọc ảnh (DG2)")
    read.add_argument("--all-groups", action="store_true", help="đọc cả DG14, DG15 nếu có")
    read.add_argument("--extended", action="store_true", help="dùng APDU độ dài mở rộng")
    read.add_argument("--save-photo", type=Path, help="lưu ảnh khuôn mặt vào tệp")
    read.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    read.set_defaults(run=run_read)

    readers = commands.add_parser("readers", help="liệt kê đầu đọc thẻ")
    readers.add_argument("--json", action="store_true")
    readers.set_defaults(run=run_readers)

    qr = commands.add_parser("qr", help="phân tích nội dung mã QR trên thẻ (in JSON)")
    qr.add_argument("text", help="nội dung mã QR; '-' để đọc từ đầu vào chuẩn")
    qr.set_defaults(run=run_qr)

    virtual = commands.add_parser("virtual", help="đưa thẻ ảo (demo) vào đầu đọc vpcd")
    virtual.add_argument("--seed", type=int, default=1, help="chọn công dân demo")
    virtual.add_argument("--passport", action="store_true", help="hộ chiếu thay vì CCCD")
    virtual.add_argument("--vpcd", default="127.0.0.1:35963", help="HOST:PORT của vpcd")
    virtual.add_argument("--seconds", type=float, default=0, help="dừng sau N giây (0: Ctrl-C)")
    virtual.set_defaults(run=run_virtual)


def access_keys(args: argparse.Namespace) -> list[Any]:
    from counter.idcard.access_keys import chip_access_keys
    from counter.idcard.qr import parse_cccd_qr

    qr = parse_cccd_qr(args.qr) if args.qr else None
    return chip_access_keys(
        id_number=args.id_number or "",
        birth=parse_day(args.birth, "--birth") if args.birth else None,
        expiry=parse_day(args.expiry, "--expiry") if args.expiry else None,
        qr=qr,
        document_number=args.doc_number or "",
    )


def trust_store(args: argparse.Namespace) -> Any:
    from counter.idcard.trust import TrustStore

    if args.trust:
        return TrustStore.from_path(args.trust)
    default = Path(args.data_dir) / "csca"
    return TrustStore.from_path(default) if default.is_dir() else TrustStore.empty()


def run_read(args: argparse.Namespace) -> int:
    from counter.idcard.pcsc import PcscBackend
    from counter.idcard.reading import ReadOptions
    from counter.idcard.result import result_to_dict
    from counter.idcard.service import CardService
    from counter.idcard.session import ReadSettings

    keys = access_keys(args)
    settings = ReadSettings(extended_block_size=0x400 if args.extended else None)
    options = ReadOptions(include_security_groups=args.all_groups, settings=settings)
    with CardService(PcscBackend(), trust_store(args), options) as service:
        future = service.read_identity(keys, reader=args.reader, include_photo=not args.no_photo)
        result = future.result(timeout=READ_TIMEOUT_SECONDS)
    if args.save_photo and result.photo:
        args.save_photo.write_bytes(result.photo.data)
    if args.json:
        print(shown(json.dumps(result_to_dict(result), ensure_ascii=False, indent=2)))
    else:
        print_summary(result_to_dict(result))
    return 0


def print_summary(data: dict[str, Any]) -> None:
    from counter.idcard.dg13 import FIELD_LABELS

    mrz, vn, pa = data["mrz"], data["vn"] or {}, data["passive_authentication"]
    status = {"verified": "ĐÃ XÁC THỰC", "failed": "KHÔNG HỢP LỆ", "not_checked": "CHƯA KIỂM TRA"}
    lines = [
        f"Họ tên:        {vn.get('full_name') or (mrz['surname'] + ' ' + mrz['given_names'])}",
        f"Số định danh:  {vn.get('id_number') or mrz['document_number']}",
        f"Ngày sinh:     {vn.get('date_of_birth') or mrz['birth_date']}",
        f"Giới tính:     {vn.get('sex') or mrz['sex']}",
        f"Quê quán:      {vn.get('place_of_origin', '')}",
        f"Nơi thường trú:{' ' + vn.get('place_of_residence', '')}",
        f"Có giá trị đến:{' ' + (vn.get('date_of_expiry') or mrz['expiry_date'])}",
    ]
    shown_already = {"full_name", "id_number", "date_of_birth", "sex", "place_of_origin",
                     "place_of_residence", "date_of_expiry"}
    for name, value in vn.items():
        if name in shown_already:
            continue
        label = FIELD_LABELS.get(name) or f"Trường {name.removeprefix('field_')} (chưa rõ nghĩa)"
        lines.append(f"{label}: {value}")
    lines += [
        f"Xác thực chip: {status[pa['status']]} – {pa['reason']}",
        f"({data['apdus']} APDU, {data['elapsed_ms']} ms)",
    ]
    print(shown("\n".join(lines)))


def run_readers(args: argparse.Namespace) -> int:
    from counter.idcard.pcsc import PcscBackend

    backend = PcscBackend()
    try:
        states = backend.reader_states()
    finally:
        backend.close()
    if args.json:
        print(shown(json.dumps([{"reader": r, "card": c} for r, c in states.items()],
                               ensure_ascii=False)))
    elif not states:
        print("Không có đầu đọc thẻ nào.")
    else:
        for reader, card in states.items():
            print(shown(f"{reader}\t{'có thẻ' if card else 'trống'}"))
    return 0


def run_qr(args: argparse.Namespace) -> int:
    from counter.idcard.qr import parse_cccd_qr

    text = sys.stdin.read() if args.text == "-" else args.text
    qr = parse_cccd_qr(text)
    out = {
        "variant": qr.variant,
        "id_number": qr.id_number,
        "old_id_number": qr.old_id_number,
        "full_name": qr.full_name,
        "birth_date": qr.birth_date.isoformat(),
        "sex": qr.sex,
        "address": qr.address,
        "issue_date": qr.issue_date.isoformat() if qr.issue_date else None,
        # the 2024 card's further fields (household, family members, old and cancelled IDs),
        # as scanned: their layout is not published, so they are not named
        "family_raw": list(qr.family_raw),
    }
    print(shown(json.dumps(out, ensure_ascii=False, indent=2)))
    return 0


def run_virtual(args: argparse.Namespace) -> int:
    import time

    from counter.idcard.virtual.identity import demo_identity, demo_passport
    from counter.idcard.virtual.pki import TestPki
    from counter.idcard.virtual.vpcd import loopback_connector, start_virtual_card

    host, _, port = args.vpcd.rpartition(":")
    if not port.isdigit():
        raise InputError("--vpcd", "cần dạng HOST:PORT, ví dụ 127.0.0.1:35963")
    identity = demo_passport(args.seed) if args.passport else demo_identity(args.seed)
    pki = TestPki.load_or_generate(Path(args.data_dir) / "idcard" / "test-pki")
    try:
        link = start_virtual_card(identity, pki=pki, connect=loopback_connector(host, int(port)))
    except OSError as error:
        raise InputError("--vpcd", f"không kết nối được tới vpcd ({error})") from error
    print(
        f"Thẻ ảo của {identity.full_name}: số giấy tờ {identity.document_number}, "
        f"sinh {identity.birth_date}, hết hạn {identity.expiry_date}. CSCA thử nghiệm: "
        f"{Path(args.data_dir) / 'idcard' / 'test-pki' / 'csca.crt'}",
        flush=True,
    )
    deadline = time.monotonic() + args.seconds if args.seconds else None
    try:
        while link.inserted and (deadline is None or time.monotonic() < deadline):
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        link.remove()
    return 0
