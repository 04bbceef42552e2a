"""Pages of one document into one PDF, compressed by kind of page.

Line art (black and white) is kept lossless: one bit per pixel, Flate-compressed. Colour and
grey pages are JPEG at the profile's quality. Each page is as large as the paper scanned
(pixels at the scan's dpi). The writer is small on purpose: no re-encoding by a library
that might pick a lossy filter for line art.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from counter.errors import InputError

ROTATIONS = (0, 90, 180, 270)
JPEG_QUALITY = 75


@dataclass(frozen=True)
class PdfPage:
    png: bytes
    dpi: int
    rotation: int = 0  # degrees clockwise, one of ROTATIONS


def _image_object(page: PdfPage, quality: int) -> tuple[dict[str, str], bytes, float, float]:
    from PIL import Image

    image: Image.Image = Image.open(io.BytesIO(page.png))
    image.load()
    if page.rotation:
        image = image.rotate(-page.rotation, expand=True)
    width, height = image.size
    if image.mode == "1":
        entries = {"ColorSpace": "/DeviceGray", "BitsPerComponent": "1",
                   "Filter": "/FlateDecode"}
        data = zlib.compress(image.tobytes(), 6)
    else:
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB" if "A" in image.mode or image.mode in ("P", "CMYK")
                                  else "L")
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=False)
        entries = {"ColorSpace": "/DeviceGray" if image.mode == "L" else "/DeviceRGB",
                   "BitsPerComponent": "8", "Filter": "/DCTDecode"}
        data = out.getvalue()
    entries.update(Type="/XObject", Subtype="/Image", Width=str(width), Height=str(height))
    return entries, data, width * 72.0 / page.dpi, height * 72.0 / page.dpi


def _dictionary(entries: dict[str, str]) -> bytes:
    return ("<< " + " ".join(f"/{k} {v}" for k, v in entries.items()) + " >>").encode("ascii")


def pages_to_pdf(pages: Sequence[PdfPage], quality: int = JPEG_QUALITY,
                 title: str = "") -> bytes:
    """One PDF holding ``pages`` in order."""
    if not pages:
        raise InputError("pages", "chưa có trang nào để tạo tệp PDF.")
    if any(p.rotation not in ROTATIONS for p in pages):
        raise InputError("rotation", "chỉ xoay được 0, 90, 180 hoặc 270 độ.")
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    kids = []
    for page in pages:
        entries, data, width, height = _image_object(page, quality)
        image = add(_dictionary({**entries, "Length": str(len(data))})
                    + b"\nstream\n" + data + b"\nendstream")
        content = f"q {width:.2f} 0 0 {height:.2f} 0 0 cm /Im0 Do Q".encode("ascii")
        stream = add(_dictionary({"Length": str(len(content))})
                     + b"\nstream\n" + content + b"\nendstream")
        kids.append(add(_dictionary({
            "Type": "/Page", "Parent": f"{tree} 0 R",
            "MediaBox": f"[0 0 {width:.2f} {height:.2f}]",
            "Resources": f"<< /XObject << /Im0 {image} 0 R >> >>",
            "Contents": f"{stream} 0 R",
        })))
    objects[catalog - 1] = _dictionary({"Type": "/Catalog", "Pages": f"{tree} 0 R"})
    objects[tree - 1] = _dictionary({
        "Type": "/Pages", "Count": str(len(kids)),
        "Kids": "[" + " ".join(f"{k} 0 R" for k in kids) + "]",
    })
    info = add(_dictionary({"Producer": "(onestop-counter)",
                            **({"Title": _text_string(title)} if title else {})}))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("ascii"))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode("ascii"))
    return out.getvalue()


def _text_string(text: str) -> str:
    """A PDF text string in UTF-16BE (Vietnamese titles)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"
