"""``python main.py central``: run the reference central server."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "central",
        help="chạy máy chủ trung tâm tham chiếu (reference central server)",
        description="Chạy máy chủ trung tâm: API đồng bộ /v1 (OpenAPI tại /docs).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="địa chỉ lắng nghe (mặc định 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8800, help="cổng (0: chọn cổng trống)")
    parser.add_argument(
        "--db",
        default=None,
        help="URL cơ sở dữ liệu, ví dụ postgresql://user@host/db "
        "(mặc định: tệp SQLite trong thư mục dữ liệu)",
    )
    parser.add_argument("--tls-cert", type=Path, default=None, help="chứng chỉ TLS (PEM)")
    parser.add_argument("--tls-key", type=Path, default=None, help="khóa bí mật TLS (PEM)")
    parser.add_argument(
        "--notify-every",
        type=int,
        default=0,
        metavar="SECONDS",
        help="gửi thông báo cho công dân mỗi SECONDS giây (1-3600; mặc định 0: không gửi, "
        "dùng central-admin notify)",
    )
    parser.set_defaults(run=run_central)


def run_central(args: argparse.Namespace) -> int:
    from counter.errors import ConfigurationError, InputError
    from sync.central.context import open_context
    from sync.central.notify.loop import MAX_INTERVAL, MIN_INTERVAL, NotifyLoop
    from sync.central.server import TlsFiles, bind_socket, make_server
    from sync.central.settings import load_settings

    if args.notify_every and not MIN_INTERVAL <= args.notify_every <= MAX_INTERVAL:
        raise InputError("--notify-every", f"từ {MIN_INTERVAL} đến {MAX_INTERVAL} giây.")
    if (args.tls_cert is None) != (args.tls_key is None):
        raise ConfigurationError("Cần cả --tls-cert và --tls-key để chạy HTTPS.")
    tls = TlsFiles(args.tls_cert, args.tls_key) if args.tls_cert else None
    settings = load_settings(args.data_dir, database_url=args.db)
    context = open_context(settings)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as error:
        context.close()
        raise ConfigurationError(
            f"Không mở được cổng {args.host}:{args.port}: {error.strerror}"
        ) from error
    host, port = sock.getsockname()[:2]
    scheme = "https" if tls else "http"
    print(f"Máy chủ trung tâm đang chạy tại {scheme}://{host}:{port}", flush=True)
    notifier = NotifyLoop(context, args.notify_every).start() if args.notify_every else None
    try:
        make_server(context, tls=tls).run(sockets=[sock])
    finally:
        if notifier is not None:
            notifier.stop()
        sock.close()
        context.close()
    return 0
