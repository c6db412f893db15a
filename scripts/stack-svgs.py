#!/usr/bin/env python3
"""Stacks SVG files (Graphviz's) one above the other into one SVG, for README pictures.

    scripts/stack-svgs.py OUT.svg A.svg B.svg ...   then   rsvg-convert -w 1400 OUT.svg -o OUT.png

Each file is nested as an <svg> element at its own size, centred, on a white background.
"""
import re
import sys


def size(svg):
    width = float(re.search(r'<svg[^>]*\swidth="([0-9.]+)pt"', svg).group(1))
    height = float(re.search(r'<svg[^>]*\sheight="([0-9.]+)pt"', svg).group(1))
    return width, height


def main(out, paths):
    parts = [open(p, encoding="utf-8").read() for p in paths]
    sizes = [size(p) for p in parts]
    width = max(w for w, _ in sizes)
    height = sum(h for _, h in sizes)
    body, y = [], 0.0
    for svg, (w, h) in zip(parts, sizes):
        inner = svg[svg.index("<svg"):]
        # Sizes in the outer viewBox's units (points), not "pt", which would scale the drawing up.
        inner = re.sub(r'(<svg[^>]*\s)width="[0-9.]+pt"', rf'\1width="{w:.2f}"', inner, count=1)
        inner = re.sub(r'(<svg[^>]*\s)height="[0-9.]+pt"', rf'\1height="{h:.2f}"', inner, count=1)
        inner = re.sub(r'<svg', f'<svg x="{(width - w) / 2:.2f}" y="{y:.2f}"', inner, count=1)
        body.append(inner)
        y += h
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                f'width="{width:.2f}pt" height="{height:.2f}pt" viewBox="0 0 {width:.2f} {height:.2f}">\n')
        f.write(f'<rect width="{width:.2f}" height="{height:.2f}" fill="white"/>\n')
        f.write("\n".join(body))
        f.write("</svg>\n")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
