"""Drawing for ``closure-explorer export`` (its arguments are parsed in explorer/cli.py): the memory panel of chosen steps as SVG, PNG, numbered PNG frames or a GIF.

It draws with the same ``MemoryDiagram`` the window uses, offscreen, so a
slide shows exactly what the learner saw. Steps are counted from 1, as the
window's "Step i of n" counts them.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path


def _diagram(theme: str, terms: str, scale: float):
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"     # no window is shown: no display (or X11 library) needed
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


def draw_step(trace, step: int, out: str, *, theme: str = "light", terms: str = "hard-parts",
              scale: float = 1.0) -> bool:
    """Step ``step`` (from 1) as an SVG or a PNG (by ``out``'s suffix); False when it cannot be written."""
    app, diagram = _diagram(theme, terms, scale)
    diagram.show_step(trace, step - 1)
    return diagram.export_svg(out) if out.lower().endswith(".svg") else diagram.export_png(out)


def draw_frames(trace, start: int, end: int, out: Path, *, theme: str = "light", terms: str = "hard-parts",
                scale: float = 1.0) -> bool:
    """Steps ``start``..``end`` (from 1, inclusive) as ``step-N.png`` frames in the folder ``out``."""
    app, diagram = _diagram(theme, terms, scale)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    width = len(str(end))
    for step in range(start, end + 1):
        diagram.show_step(trace, step - 1)
        if not diagram.export_png(str(out / f"step-{step:0{width}d}.png")):
            return False
    return True


def draw_gif(trace, start: int, end: int, out: Path, ms_per_frame: int = 900, *, theme: str = "light",
             terms: str = "hard-parts", scale: float = 1.0) -> bool:
    """Steps ``start``..``end`` (from 1, inclusive) as an animated GIF."""
    app, diagram = _diagram(theme, terms, scale)
    images = []
    for step in range(start, end + 1):
        diagram.show_step(trace, step - 1)
        images.append(_to_pil(diagram.render_image(scale=1.0)))
    try:
        _write_gif(images, out, ms_per_frame)
    except OSError:
        return False
    return True
