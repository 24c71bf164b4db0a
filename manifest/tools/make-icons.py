#!/usr/bin/env python3
"""Draws the OrientationBot icons: a compass ("orientation") in UN blue.

    python3 manifest/tools/make-icons.py        # rewrites manifest/color.png and manifest/outline.png

Standard library only (zlib + struct), so it runs anywhere python3 does. Shapes are sampled 8x8 per pixel for
smooth edges. Teams wants the colour icon full-bleed on a solid square (it rounds the corners itself) and the
outline icon white on transparent, nothing else (protocol brief section 7.4).
"""
import math
import os
import struct
import zlib

UN_BLUE = (0x00, 0x9E, 0xDB)
NAVY = (0x0B, 0x3A, 0x5F)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 8


def ring(cx, cy, radius, width):
    return lambda x, y: abs(math.hypot(x - cx, y - cy) - radius) <= width / 2


def disc(cx, cy, radius):
    return lambda x, y: math.hypot(x - cx, y - cy) <= radius


def polygon(points):
    def inside(x, y):
        hit = False
        j = len(points) - 1
        for i, (xi, yi) in enumerate(points):
            xj, yj = points[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                hit = not hit
            j = i
        return hit
    return inside


def needle_halves(cx, cy, length, half_width, angle_degrees):
    """The two triangles of a compass needle: the one pointing at angle (clockwise from north) and its opposite."""
    a = math.radians(angle_degrees)
    ux, uy = math.sin(a), -math.cos(a)   # along the needle, screen y grows downwards
    px, py = -uy, ux                      # across it
    tip = (cx + ux * length, cy + uy * length)
    tail = (cx - ux * length, cy - uy * length)
    left = (cx + px * half_width, cy + py * half_width)
    right = (cx - px * half_width, cy - py * half_width)
    return polygon([tip, left, right]), polygon([tail, right, left])


def render(size, layers, background=None):
    """layers: (shape, rgb, opacity) painted in order over background (rgb or None for transparent)."""
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0 (None) for each scanline
        for px in range(size):
            r, g, b, a = (*background, 1.0) if background else (0, 0, 0, 0.0)
            for shape, rgb, opacity in layers:
                hits = sum(
                    shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    for sx in range(SAMPLES) for sy in range(SAMPLES))
                cover = hits / (SAMPLES * SAMPLES) * opacity
                if cover == 0:
                    continue
                out_a = cover + a * (1 - cover)
                r, g, b = ((c * cover + d * a * (1 - cover)) / out_a for c, d in zip(rgb, (r, g, b)))
                a = out_a
            row += bytes([round(r), round(g), round(b), round(a * 255)])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_icon():
    c = 96
    north, south = needle_halves(c, c, 36, 11, 45)
    return render(192, [
        (ring(c, c, 48, 7), WHITE, 1.0),
        (south, NAVY, 1.0),
        (north, WHITE, 1.0),
        (disc(c, c, 4), UN_BLUE, 1.0),
    ], background=UN_BLUE)


def outline_icon():
    c = 16
    north, south = needle_halves(c, c, 10, 3.6, 45)
    return render(32, [
        (ring(c, c, 14.4, 2.6), WHITE, 1.0),
        (north, WHITE, 1.0),
        (south, WHITE, 0.55),  # lighter half, still white: Teams allows only white and transparency here
    ])


if __name__ == "__main__":
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    for name, data in (("color.png", color_icon()), ("outline.png", outline_icon())):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        print(f"wrote manifest/{name} ({len(data)} bytes)")
