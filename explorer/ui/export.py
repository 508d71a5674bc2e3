"""``closure-explorer export``: the memory diagram of chosen steps as SVG, PNG, numbered PNG frames or a GIF.

It draws with the same ``MemoryDiagram`` the window uses, offscreen, so a
slide shows exactly what the learner saw.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parse_range(text: str, last: int) -> tuple[int, int]:
    a, sep, b = text.partition("-")
    start = int(a) if a else 0
    end = int(b) if sep and b else (last if sep else start)
    return start, end


def _diagram(theme: str, terms: str, scale: float):
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.trace import Terms
    from explorer.ui.diagram import MemoryDiagram
    from explorer.ui.theme import load_theme

    d = MemoryDiagram()
    d.set_theme(load_theme(theme))
    d.set_terms(Terms(terms))
    d.set_animations(False)
    if scale != 1.0:
        d.set_font_scale(scale)
    d.resize(1280, 800)
    return app, d


def _frames_to_gif(images, path: Path, ms_per_frame: int) -> None:
    from PIL import Image

    width = max(im.width for im in images)
    height = max(im.height for im in images)
    frames = []
    for im in images:
        canvas = Image.new("RGB", (width, height), im.getpixel((0, 0)))
        canvas.paste(im.convert("RGB"), (0, 0))
        frames.append(canvas.convert("P", palette=Image.Palette.ADAPTIVE, colors=255))
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=ms_per_frame, loop=0, optimize=True)


def _qimage_to_pil(qimage):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    qimage.save(buf, "PNG")
    import io

    return Image.open(io.BytesIO(bytes(buf.data()))).copy()


def export_command(argv: list[str]) -> int:
    p = argparse.ArgumentParser(
        prog="closure-explorer export",
        description="Draw the memory panel of a step (or a range of steps) without opening a window.")
    p.add_argument("file", help="the JavaScript program")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--step", type=int, help="the step to draw (0 is the program start; -1 the last step)")
    g.add_argument("--steps", help="a range A-B of steps (B may be left out for 'to the end')")
    p.add_argument("--out", help="output file: .svg or .png for --step; .gif for --steps")
    p.add_argument("--out-dir", help="with --steps: write numbered PNG frames into this folder")
    p.add_argument("--theme", default="light", choices=["light", "dark", "contrast"])
    p.add_argument("--terms", default="hard-parts", choices=["hard-parts", "spec", "devtools"])
    p.add_argument("--scale", type=float, default=1.0, help="font scale (1.5 for slides read from afar)")
    p.add_argument("--frame-ms", type=int, default=900, help="GIF: milliseconds per frame")
    p.add_argument("--max-steps", type=int, default=1_000_000)
    a = p.parse_args(argv)

    from explorer.cli import read_source
    from explorer.engine import SourceError
    from explorer.trace import record

    try:
        source = read_source(a.file)
        trace = record(source, filename=Path(a.file).name, max_steps=a.max_steps)
    except (OSError, ValueError, SourceError) as e:
        print(f"closure-explorer export: {e}", file=sys.stderr)
        return 2
    last = len(trace) - 1
    app, diagram = _diagram(a.theme, a.terms, a.scale)

    if a.step is not None:
        step = last if a.step < 0 else a.step
        if not 0 <= step <= last:
            print(f"closure-explorer export: step {a.step} is outside 0-{last}", file=sys.stderr)
            return 2
        if not a.out or Path(a.out).suffix.lower() not in (".svg", ".png"):
            print("closure-explorer export: --step needs --out FILE.svg or FILE.png", file=sys.stderr)
            return 2
        diagram.show_step(trace, step)
        ok = diagram.export_svg(a.out) if a.out.lower().endswith(".svg") else diagram.export_png(a.out)
        if not ok:
            print(f"closure-explorer export: could not write {a.out}", file=sys.stderr)
            return 1
        print(f"step {step} of {last}: {a.out}")
        return 0

    try:
        start, end = _parse_range(a.steps, last)
    except ValueError:
        print(f"closure-explorer export: --steps wants A-B, got {a.steps!r}", file=sys.stderr)
        return 2
    end = min(end, last)
    if not 0 <= start <= end:
        print(f"closure-explorer export: steps {a.steps} are outside 0-{last}", file=sys.stderr)
        return 2
    if a.out_dir:
        out = Path(a.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        width = len(str(end))
        for i in range(start, end + 1):
            diagram.show_step(trace, i)
            diagram.export_png(str(out / f"step-{i:0{width}d}.png"))
        print(f"{end - start + 1} frames in {out}")
        return 0
    if a.out and a.out.lower().endswith(".gif"):
        images = []
        for i in range(start, end + 1):
            diagram.show_step(trace, i)
            images.append(_qimage_to_pil(diagram.render_image(scale=1.0)))
        _frames_to_gif(images, Path(a.out), a.frame_ms)
        print(f"{len(images)} frames: {a.out}")
        return 0
    print("closure-explorer export: --steps needs --out-dir DIR or --out FILE.gif", file=sys.stderr)
    return 2
