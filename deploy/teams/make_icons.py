"""Draw the Teams app icons with Pillow: color.png (192x192, full colour) and outline.png
(32x32, white on transparent), as the app manifest requires. Run: python deploy/teams/make_icons.py"""
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BLUE = (29, 112, 184, 255)        # the manifest's accentColor, #1D70B8
WHITE = (255, 255, 255, 255)


def speech_bubble_with_tick(size: int, ink, background=None) -> Image.Image:
    """A speech bubble holding a tick: "ask, and get an answer you can rely on"."""
    scale = 4                                   # draw large, then shrink: smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), background or (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    m = s * 0.16 if background else s * 0.06   # margin (the colour icon has room around the glyph)
    w = max(scale, round(s * (0.07 if background else 0.09)))
    box = (m, m, s - m, s - m - s * 0.18)
    d.rounded_rectangle(box, radius=s * 0.14, outline=ink, width=w)
    tail = [(s * 0.28, box[3] - w), (s * 0.28, s - m), (s * 0.48, box[3] - w)]
    d.polygon(tail, fill=ink)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    d.line([(cx - s * 0.17, cy), (cx - s * 0.04, cy + s * 0.12), (cx + s * 0.19, cy - s * 0.13)], fill=ink,
           width=w, joint="curve")
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    speech_bubble_with_tick(192, WHITE, BLUE).convert("RGB").save(HERE / "color.png", optimize=True)
    speech_bubble_with_tick(32, WHITE).save(HERE / "outline.png", optimize=True)


if __name__ == "__main__":
    main()
