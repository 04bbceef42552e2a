"""Reading rendered PDFs back with poppler (pdftotext, pdftoppm, pdffonts) and zbar."""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

TIMEOUT = 60
_SPACES = re.compile(r"\s+")
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass(frozen=True)
class PageBox:
    width: float
    height: float


@contextmanager
def pdf_file(pdf: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(pdf)
        yield path


def _run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, timeout=TIMEOUT, check=True)
    return done.stdout.decode("utf-8")


def page_texts(pdf: bytes, *, mode: str = "-raw") -> list[str]:
    """Text of every page, whitespace (no-break spaces too) collapsed to one space."""
    with pdf_file(pdf) as path:
        raw = _run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"])
    return [_SPACES.sub(" ", page).strip() for page in raw.split("\f")[:-1]]


def text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def words(pdf: bytes) -> tuple[list[PageBox], list[Word]]:
    """Every word with its box (points, origin top left), from ``pdftotext -bbox``."""
    with pdf_file(pdf) as path:
        html = _run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"])
    root = ET.fromstring(html)
    pages, found = [], []
    for number, page in enumerate(root.iter(f"{_XHTML}page"), 1):
        pages.append(PageBox(float(page.attrib["width"]), float(page.attrib["height"])))
        found += [
            Word(
                word.text or "",
                number,
                float(word.attrib["xMin"]),
                float(word.attrib["yMin"]),
                float(word.attrib["xMax"]),
                float(word.attrib["yMax"]),
            )
            for word in page.iter(f"{_XHTML}word")
        ]
    return pages, found


ZBARIMG_READ = (0, 4)


def decode_codes(pdf: bytes, *, page: int = 1, dpi: int = 300) -> set[tuple[str, str]]:
    """(symbology, data) of every barcode zbar finds on ``page`` rasterised at ``dpi``."""
    with pdf_file(pdf) as path:
        prefix = path.parent / "page"
        pages = ["-f", str(page), "-l", str(page)]
        _run(["pdftoppm", "-r", str(dpi), "-png", *pages, "-singlefile", str(path), str(prefix)])
        done = subprocess.run(
            ["zbarimg", "-q", f"{prefix}.png"], capture_output=True, timeout=TIMEOUT
        )
    # zbarimg exits 0 when it found codes and 4 when the image has none; anything else
    # (a missing or unreadable image, a crash) is a broken test, not "no code".
    if done.returncode not in ZBARIMG_READ:
        raise AssertionError(
            f"zbarimg failed ({done.returncode}): {done.stderr.decode('utf-8', 'replace')}"
        )
    found = set()
    for line in done.stdout.decode("utf-8").splitlines():
        symbology, _, data = line.partition(":")
        found.add((symbology, data))
    return found


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def fonts_used(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font, from ``pdffonts``."""
    with pdf_file(pdf) as path:
        lines = _run(["pdffonts", str(path)]).splitlines()[2:]
    result = []
    for line in lines:
        columns = line.split()
        # name type [type...] encoding emb sub uni object id: "emb" is 5th from the end
        result.append((columns[0], columns[-5] == "yes"))
    return result


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Each needle occurs in ``haystack`` after the previous one."""
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"not found after position {position}: {needle!r}\n{haystack}"
        position = found + len(needle)
