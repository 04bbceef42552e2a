"""A generated face portrait for DG2: drawn, never a real person's photo."""

from __future__ import annotations

import io
import random

WIDTH, HEIGHT = 240, 320


def portrait(seed: int, image_format: str = "jpeg") -> tuple[bytes, int, int]:
    """A small ICAO-like portrait (plain background, frontal) as JPEG or JPEG 2000."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 240, 245))
    draw = ImageDraw.Draw(image)
    skin = (rng.randint(205, 240), rng.randint(170, 200), rng.randint(140, 170))
    hair = (rng.randint(10, 50),) * 3
    draw.rectangle((40, 250, 200, 320), fill=(rng.randint(30, 90), 60, rng.randint(90, 160)))
    draw.rectangle((100, 215, 140, 260), fill=skin)
    draw.ellipse((55, 40, 185, 230), fill=skin)
    draw.chord((50, 25, 190, 150), 180, 360, fill=hair)
    for x in (90, 150):
        draw.ellipse((x - 10, 115, x + 10, 127), fill=(250, 250, 250))
        draw.ellipse((x - 4, 116, x + 4, 126), fill=(40, 30, 20))
    draw.line((120, 130, 114, 165, 124, 167), fill=(150, 110, 90), width=2)
    draw.arc((95, 170, 145, 200), 20, 160, fill=(160, 70, 70), width=3)
    buffer = io.BytesIO()
    if image_format == "jpeg2000":
        image.save(buffer, "JPEG2000", quality_mode="rates", quality_layers=[40])
    else:
        image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue(), WIDTH, HEIGHT
