"""Demo images drawn with Pillow, so the demo needs no downloads and ships no binaries."""

import math
import random
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter, ImageFont

PALETTE = {
    "ink": (16, 36, 74),
    "deep": (11, 58, 112),
    "sea": (0, 114, 160),
    "sky": (128, 200, 230),
    "sun": (255, 196, 61),
    "coral": (232, 93, 76),
    "paper": (246, 248, 251),
}


def _gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        ratio = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * ratio) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def draw_network(size=(1600, 1200), seed=1999):
    """Points joined by lines: the hotline network as an abstract map."""
    rng = random.Random(seed)
    image = _gradient(size, PALETTE["deep"], PALETTE["ink"])
    draw = ImageDraw.Draw(image, "RGBA")
    width, height = size
    points = [(rng.uniform(0.06, 0.94) * width, rng.uniform(0.08, 0.92) * height) for _ in range(52)]
    for index, (x1, y1) in enumerate(points):
        nearest = sorted(points, key=lambda p: (p[0] - x1) ** 2 + (p[1] - y1) ** 2)[1:4]
        for x2, y2 in nearest:
            draw.line([(x1, y1), (x2, y2)], fill=(128, 200, 230, 90), width=3)
        radius = 9 if index % 7 else 16
        colour = PALETTE["sun"] if index % 7 == 0 else PALETTE["sky"]
        draw.ellipse([x1 - radius, y1 - radius, x1 + radius, y1 + radius], fill=colour)
    return image


def draw_shield(size=(1200, 900), seed=2010):
    """A soft shield shape over rings: protection and care."""
    rng = random.Random(seed)
    image = _gradient(size, PALETTE["sea"], PALETTE["deep"])
    draw = ImageDraw.Draw(image, "RGBA")
    width, height = size
    cx, cy = width / 2, height / 2
    for ring in range(9, 0, -1):
        radius = ring * min(width, height) / 16
        alpha = 18 + ring * 4
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=(255, 255, 255, alpha), width=4)
    shield_w, shield_h = width * 0.26, height * 0.42
    top = cy - shield_h / 2
    outline = [
        (cx - shield_w / 2, top),
        (cx + shield_w / 2, top),
        (cx + shield_w / 2, top + shield_h * 0.55),
        (cx, top + shield_h),
        (cx - shield_w / 2, top + shield_h * 0.55),
    ]
    draw.polygon(outline, fill=(*PALETTE["sun"], 235))
    for _ in range(40):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=(255, 255, 255, 120))
    return image.filter(ImageFilter.SMOOTH)


def draw_waves(size=(1200, 630), seed=2024):
    """Layered waves: used as the default social sharing image."""
    rng = random.Random(seed)
    image = _gradient(size, PALETTE["paper"], PALETTE["sky"])
    draw = ImageDraw.Draw(image, "RGBA")
    width, height = size
    colours = [PALETTE["sea"], PALETTE["deep"], PALETTE["ink"]]
    for layer, colour in enumerate(colours):
        phase = rng.uniform(0, math.pi)
        base = height * (0.55 + layer * 0.14)
        points = [(x, base + math.sin(x / width * math.pi * 2 + phase) * 28) for x in range(0, width + 20, 20)]
        draw.polygon([(0, height), *points, (width, height)], fill=(*colour, 220))
    draw.ellipse([width * 0.75, height * 0.12, width * 0.75 + 110, height * 0.12 + 110], fill=PALETTE["sun"])
    return image


DRAWINGS = {
    "network": draw_network,
    "shield": draw_shield,
    "waves": draw_waves,
}


def render_jpeg(name):
    """The named drawing encoded as JPEG bytes."""
    buffer = BytesIO()
    DRAWINGS[name]().save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def draw_avatar(initials, colour, size=480):
    """A placeholder portrait: initials on a coloured square with a simple head and
    shoulders, so that nobody mistakes a demo speaker for a real person's photo."""
    image = _gradient((size, size), PALETTE[colour], PALETTE["ink"])
    draw = ImageDraw.Draw(image, "RGBA")
    centre = size / 2
    draw.ellipse([centre - size * 0.16, size * 0.2, centre + size * 0.16, size * 0.52], fill=(255, 255, 255, 60))
    draw.ellipse([centre - size * 0.32, size * 0.58, centre + size * 0.32, size * 1.15], fill=(255, 255, 255, 60))
    font = ImageFont.load_default(size=round(size * 0.3))
    draw.text((centre, size * 0.5), initials, font=font, fill=PALETTE["paper"], anchor="mm")
    return image


def render_avatar(initials, colour):
    """A placeholder portrait encoded as JPEG bytes."""
    buffer = BytesIO()
    draw_avatar(initials, colour).save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()
