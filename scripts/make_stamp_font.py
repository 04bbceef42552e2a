"""Make resources/fonts/NotoSerif-Stamp.ttf: Noto Serif Regular cut down to Latin and
Vietnamese, for the visible stamp of digital signatures.

pyHanko embeds a subset of the stamp's font in every signature; cutting the 590 KB font
to the letters a stamp can use first makes each signature about twice as fast. Run it
again after changing the font:

    .venv/bin/python scripts/make_stamp_font.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
RANGES = (
    (0x20, 0x7E),      # ASCII
    (0xA0, 0xFF),      # Latin-1
    (0x100, 0x17F),    # Latin Extended-A (Đ đ, Ĩ ĩ, Ũ ũ)
    (0x1A0, 0x1B0),    # Ơ ơ Ư ư
    (0x300, 0x323),    # combining accents
    (0x1EA0, 0x1EF9),  # Latin Extended Additional: the Vietnamese letters with tones
    (0x2010, 0x2026),  # dashes, quotes, ellipsis
    (0x20AB, 0x20AB),  # ₫
)


def main() -> None:
    options = subset.Options()
    options.layout_features = []  # precomposed letters only: no shaping tables needed
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    font = TTFont(FONTS / "NotoSerif-Regular.ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={c for low, high in RANGES for c in range(low, high + 1)})
    subsetter.subset(font)
    font.save(FONTS / "NotoSerif-Stamp.ttf")


if __name__ == "__main__":
    main()
