"""Writes the app icons (a sunrise over hills in a round window) as palette PNGs: python3 web/icons/make_icons.py"""

import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEAL = (31, 95, 91)  # the theme colour
SKY = (46, 124, 117)
FAR_HILL = (70, 142, 132)
HILL = (112, 172, 160)
SUN = (246, 236, 214)
SAMPLES = 4  # 4x4 supersampling for smooth edges
LEVELS = 16  # coverage steps: keeps the palette (and the files) small


def coverage(inside, x, y, scale):
    """Fraction of pixel (x, y) inside the shape, with `inside` working in 0..1 units."""
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            hits += inside((x + (sx + 0.5) / SAMPLES) / scale, (y + (sy + 0.5) / SAMPLES) / scale)
    return round(hits / SAMPLES**2 * LEVELS) / LEVELS


def mix(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def draw(size, *, maskable):
    # Maskable icons: full bleed, the motif inside the central 80% safe circle.
    # "any" icons: a rounded square on transparency, the motif a little larger.
    zoom = 0.8 if maskable else 0.92
    cx = cy = 0.5

    def to_motif(u, v):
        return (u - cx) / zoom + 0.5, (v - cy) / zoom + 0.5

    def disc(x0, y0, r):
        def inside(u, v):
            mu, mv = to_motif(u, v)
            return (mu - x0) ** 2 + (mv - y0) ** 2 <= r * r and (mu - 0.5) ** 2 + (
                mv - 0.5
            ) ** 2 <= 0.46**2

        return inside

    window = disc(0.5, 0.5, 0.46)
    sun = disc(0.5, 0.56, 0.19)
    far_hill = disc(0.2, 1.25, 0.58)
    hill = disc(0.62, 1.6, 0.92)

    def tile(u, v):
        if maskable:
            return True
        r, m = 0.2, 0.02  # corner radius and margin
        qx, qy = min(max(u, m + r), 1 - m - r), min(max(v, m + r), 1 - m - r)
        return m <= u <= 1 - m and m <= v <= 1 - m and (u - qx) ** 2 + (v - qy) ** 2 <= r * r

    palette, index, rows = [], {}, []
    for y in range(size):
        row = bytearray([0])  # filter: none
        for x in range(size):
            alpha = coverage(tile, x, y, size)
            colour = TEAL
            if alpha:
                for layer, paint in ((window, SKY), (sun, SUN), (far_hill, FAR_HILL), (hill, HILL)):
                    colour = mix(colour, paint, coverage(layer, x, y, size))
            key = colour + (round(alpha * 255),) if alpha else (0, 0, 0, 0)
            if key not in index:
                index[key] = len(palette)
                palette.append(key)
            row.append(index[key])
        rows.append(bytes(row))
    assert len(palette) <= 256, len(palette)
    return palette, b"".join(rows)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(size, palette, pixels):
    header = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)  # 8-bit palette
    plte = b"".join(bytes(c[:3]) for c in palette)
    alphas = bytes(c[3] for c in palette)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", plte)
    if any(a != 255 for a in alphas):
        out += chunk(b"tRNS", alphas.rstrip(b"\xff"))
    return out + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    for size in (192, 512):
        for maskable, name in ((False, f"icon-{size}.png"), (True, f"maskable-{size}.png")):
            data = png(size, *draw(size, maskable=maskable))
            (HERE / name).write_bytes(data)
            print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
