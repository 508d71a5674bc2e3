"""``closure-explorer export``: the memory panel of chosen steps as SVG, PNG, numbered PNG frames or a GIF.

It draws with the same ``MemoryDiagram`` the window uses, offscreen, so a
slide shows exactly what the learner saw. Steps are counted from 1, as the
window's "Step i of n" counts them.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path


def _parse_range(text: str, count: int) -> tuple[int, int]:
    """``A-B`` (B may be left out: to the last step) as 1-based inclusive bounds."""
    a, sep, b = text.partition("-")
    start = int(a) if a else 1
    end = (int(b) if b else count) if sep else start
    return start, end


def _diagram(theme: str, terms: str, scale: float):
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.trace import Terms
    from explorer.ui.diagram import MemoryDiagram
    from explorer.ui.theme import load_theme

    d = MemoryDiagram()
    d.set_animations(False)
    d.set_theme(load_theme(theme))
    d.set_terms(Terms(terms))
    if scale != 1.0:
        d.set_font_scale(scale)
    d.resize(1280, 800)
    return app, d


def _to_pil(qimage):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    qimage.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(buf.data()))).copy()


def _write_gif(images, path: Path, ms_per_frame: int) -> None:
    """One frame per step on a canvas as large as the largest diagram (identical neighbours merge)."""
    from PIL import Image

    width = max(im.width for im in images)
    height = max(im.height for im in images)
    frames = []
    for im in images:
        canvas = Image.new("RGB", (width, height), im.getpixel((0, 0)))
        canvas.paste(im.convert("RGB"), (0, 0))
        frames.append(canvas.convert("P", palette=Image.Palette.ADAPTIVE, colors=255))
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=ms_per_frame, loop=0, optimize=True)


def export_command(argv: list[str]) -> int:
    from explorer.trace.model import Terms
    from explorer.ui.theme import THEME_KEYS

    p = argparse.ArgumentParser(
        prog="closure-explorer export",
        description="Draw the memory panel at a step (or a range of steps) of a program, without a window.")
    p.add_argument("file", help="the .js program")
    p.add_argument("--step", type=int, default=None,
                   help="the step to draw, counted from 1 as the window shows it (default: the last step)")
    p.add_argument("--steps", help="a range A-B of steps (B left out: to the end), for --out-dir or a .gif")
    p.add_argument("--out", help="the file to write: .png or .svg for one step, .gif for a range")
    p.add_argument("--out-dir", help="with --steps: a folder for numbered PNG frames")
    p.add_argument("--theme", choices=THEME_KEYS, default="light")
    p.add_argument("--terms", choices=[t.value for t in Terms], default=Terms.HARD_PARTS.value,
                   help="the words on the boxes (default: hard-parts)")
    p.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 1.5 for slides seen from afar")
    p.add_argument("--frame-ms", type=int, default=900, help="GIF: milliseconds per step")
    args = p.parse_args(argv)

    def fail(message: str, code: int = 2) -> int:
        print(f"closure-explorer export: {message}", file=sys.stderr)
        return code

    if args.steps is None and (not args.out or Path(args.out).suffix.lower() not in (".png", ".svg")):
        return fail("--out must end in .png or .svg (or give --steps for frames or a .gif)")
    if args.steps is not None and not args.out_dir and not (args.out and args.out.lower().endswith(".gif")):
        return fail("--steps needs --out-dir DIR or --out FILE.gif")

    from explorer.engine.errors import SourceError
    from explorer.files import FileProblem, read_source
    from explorer.trace import record

    try:
        trace = record(read_source(args.file), filename=os.path.basename(args.file))
    except FileProblem as exc:
        return fail(str(exc))
    except SourceError as exc:
        return fail(str(exc), 1)
    count = len(trace)

    if args.steps is None:
        step = count if args.step is None else args.step
        if not 1 <= step <= count:
            return fail(f"--step {step} is outside 1-{count}")
        app, diagram = _diagram(args.theme, args.terms, args.scale)
        diagram.show_step(trace, step - 1)
        ok = diagram.export_svg(args.out) if args.out.lower().endswith(".svg") else diagram.export_png(args.out)
        if not ok:
            return fail(f"cannot write {args.out}", 1)
        print(f"step {step} of {count} drawn to {args.out}")
        return 0

    try:
        start, end = _parse_range(args.steps, count)
    except ValueError:
        return fail(f"--steps wants A-B, got {args.steps!r}")
    end = min(end, count)
    if not 1 <= start <= end:
        return fail(f"--steps {args.steps} is outside 1-{count}")
    app, diagram = _diagram(args.theme, args.terms, args.scale)
    if args.out_dir:
        out = Path(args.out_dir)
        out.mkdir(parents=True, exist_ok=True)
        width = len(str(end))
        for step in range(start, end + 1):
            diagram.show_step(trace, step - 1)
            if not diagram.export_png(str(out / f"step-{step:0{width}d}.png")):
                return fail(f"cannot write into {out}", 1)
        print(f"steps {start}-{end} of {count} drawn into {out}")
        return 0
    images = []
    for step in range(start, end + 1):
        diagram.show_step(trace, step - 1)
        images.append(_to_pil(diagram.render_image(scale=1.0)))
    _write_gif(images, Path(args.out), args.frame_ms)
    print(f"steps {start}-{end} of {count} drawn to {args.out}")
    return 0
