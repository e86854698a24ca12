#!/usr/bin/env python3
"""Draws the Liftshift window icons (a package lifted into a cloud) as PNGs, without third-party
libraries, so they can be regenerated anywhere: python3 releng/tools/draw-icons.py"""
import math, os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'bundles', 'org.liftshift.ui', 'icons')
BLUE, WHITE, AMBER = (0, 120, 212), (255, 255, 255), (255, 185, 0)


def inside_rounded(x, y, r):
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def shade(x, y):
    """Colour at normalised point (x, y) in [0, 1], or None for transparent."""
    if not inside_rounded(x, y, 0.2):
        return None
    # cloud: three circles and a base
    cloud = ((x - 0.38) ** 2 + (y - 0.36) ** 2 < 0.028 or (x - 0.58) ** 2 + (y - 0.30) ** 2 < 0.040
             or (x - 0.74) ** 2 + (y - 0.39) ** 2 < 0.020 or (0.30 < x < 0.80 and 0.33 < y < 0.47))
    if cloud:
        return WHITE
    # upward arrow shaft and head
    if 0.47 < x < 0.55 and 0.50 < y < 0.70:
        return WHITE
    if 0.50 <= y <= 0.60 and abs(x - 0.51) < (0.60 - y) * 1.1:
        return WHITE
    # the package being lifted
    if 0.34 < x < 0.68 and 0.70 < y < 0.86:
        return AMBER
    return BLUE


def png(size):
    samples = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = samples * samples
            alpha = acc[3] // n
            cov = max(acc[3] // 255, 1)
            row += bytes([acc[0] // cov, acc[1] // cov, acc[2] // cov, alpha])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9))
            + chunk(b'IEND', b''))


for s in (16, 32, 48, 64, 128, 256):
    with open(os.path.join(OUT, 'liftshift%d.png' % s), 'wb') as f:
        f.write(png(s))
