"""Drawing for ``closure-explorer export`` (its arguments are parsed in explorer/cli.py) and for the window's
File > Export Steps… / Export as Web Page…: steps of a run as pictures, numbered frames, a GIF, a video or a
one-file web page (``export_steps`` does the work for both).

It draws with the same ``MemoryDiagram`` the window uses, offscreen, so a
slide shows exactly what the learner saw.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from explorer.lesson import merge_runs, read_ms
from explorer.trace.model import Terms

KINDS = ("png", "svg", "frames", "gif", "video", "html")
READ_FPS = 4                       # --pace read: a step lasts a whole number of quarter seconds in a video
VIDEO_HELP = ("Video export needs the optional video extra: pip install 'closure-explorer[video]' "
              "(imageio with its own ffmpeg). GIF and PNG frames work without it.")


class ExportProblem(Exception):
    """An export that cannot be done, in words for the user."""


class Cancelled(Exception):
    pass


@dataclass
class ExportOptions:
    layout: str = "lesson"               # "lesson" or "diagram"
    theme: str = "light"
    terms: str = Terms.HARD_PARTS.value
    scale: float = 1.0                   # the diagram's font scale, as the window's
    size: tuple[int, int] | None = None  # a fixed frame size in pixels; None: the largest diagram decides
    merge_identical: bool = False
    pace: str = "fixed"                  # "fixed" (frame_ms each) or "read" (from the narration's length)
    frame_ms: int = 900


def video_available() -> bool:
    try:
        import imageio.v2  # noqa: F401
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return False
    return True


def kind_of(path: str) -> str | None:
    """The export a file name asks for, from its suffix (a folder: numbered frames)."""
    suffix = Path(path).suffix.lower()
    return {".png": "png", ".svg": "svg", ".gif": "gif", ".mp4": "video", ".webm": "video",
            ".html": "html", ".htm": "html"}.get(suffix)


def make_diagram(theme: str, terms: str, scale: float):
    """An offscreen ``MemoryDiagram`` (and the QApplication it needs), as the window would draw it."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"     # no window is shown: no display (or X11 library) needed
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
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
    from PySide6.QtGui import QImage

    rgb = qimage.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                           rgb.bytesPerLine())


def _digest(qimage) -> bytes:
    return hashlib.blake2b(bytes(qimage.constBits())).digest()


def durations(trace, steps: list[int], opts: ExportOptions) -> list[int]:
    """Milliseconds each step stays up in a GIF or a video."""
    if opts.pace == "read":
        return [read_ms(trace.narration(i, Terms(opts.terms))) for i in steps]
    return [opts.frame_ms] * len(steps)


def _frames(trace, steps: list[int], opts: ExportOptions, diagram, strip: bool, check: Callable[[int], None]):
    """(step shown, milliseconds, QImage) for each frame: one per step, or one per run of identical diagrams."""
    from explorer.ui.lesson_frame import FrameMaker
    from explorer.ui.theme import load_theme

    maker = FrameMaker(trace, diagram, load_theme(opts.theme), Terms(opts.terms), opts.layout, opts.size,
                       strip=strip)
    maker.prepare(steps)
    times = durations(trace, steps, opts)
    groups = [(k, k) for k in range(len(steps))]
    if opts.merge_identical:
        keys = []
        for k, i in enumerate(steps):
            check(k)
            diagram.show_step(trace, i)
            keys.append(_digest(diagram.render_image(scale=1.0)))
        groups = merge_runs(keys)
    for n, (a, b) in enumerate(groups):
        check(n)
        yield steps[b], sum(times[a:b + 1]), maker.image(steps[b])


def _write_gif(frames, path: Path) -> int:
    images, times = [], []
    for _step, ms, image in frames:
        images.append(_to_pil(image).convert("P", palette=1, colors=255))   # 1: Image.Palette.ADAPTIVE
        times.append(ms)
    images[0].save(path, save_all=True, append_images=images[1:], duration=times, loop=0, optimize=False)
    return len(images)


def _write_video(frames, path: Path, fps: float) -> int:
    if not video_available():
        raise ExportProblem(VIDEO_HELP)
    import imageio.v2 as imageio
    import numpy

    codec = "libvpx-vp9" if path.suffix.lower() == ".webm" else "libx264"
    writer = None
    written = 0
    try:
        for _step, ms, image in frames:
            pil = _to_pil(image)
            if pil.width % 2 or pil.height % 2:            # yuv420p wants even sides
                from PIL import Image

                even = Image.new("RGB", (pil.width + pil.width % 2, pil.height + pil.height % 2), pil.getpixel((0, 0)))
                even.paste(pil, (0, 0))
                pil = even
            if writer is None:
                speed = ["-deadline", "good", "-cpu-used", "5", "-row-mt", "1"] if codec == "libvpx-vp9" else []
                writer = imageio.get_writer(str(path), fps=fps, codec=codec, macro_block_size=2,
                                            pixelformat="yuv420p", output_params=["-loglevel", "error", *speed])
            data = numpy.asarray(pil)
            for _ in range(max(1, round(ms * fps / 1000))):
                writer.append_data(data)
                written += 1
    finally:
        if writer is not None:
            writer.close()
    return written


def export_steps(trace, kind: str, out: str, first: int, last: int, opts: ExportOptions,
                 progress: Callable[[int, int], bool] | None = None) -> str:
    """Steps ``first``..``last`` (0-based, inclusive) of ``trace`` to ``out``; a sentence saying what was written.

    ``progress(done, total)`` is called as frames are made; returning False cancels (``Cancelled``).
    Raises ``ExportProblem`` with a message for the user when the export cannot be done.
    """
    count = len(trace)
    steps = list(range(first, last + 1))
    if not steps:
        raise ExportProblem("there are no steps in that range")
    total = len(steps)

    def check(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    if kind == "html":
        from explorer.ui.webpage import write_page

        size = write_page(trace, Path(out), steps, theme=opts.theme, terms=opts.terms, scale=opts.scale,
                          progress=check)
        return f"steps {first + 1}-{last + 1} of {count} written to {out} ({size / 1024:,.0f} KiB)"
    if kind == "video" and not video_available():
        raise ExportProblem(VIDEO_HELP)
    _app, diagram = make_diagram(opts.theme, opts.terms, opts.scale)
    diagram.set_trace(trace)
    try:
        if kind in ("png", "svg"):
            from explorer.ui.lesson_frame import FrameMaker
            from explorer.ui.theme import load_theme

            maker = FrameMaker(trace, diagram, load_theme(opts.theme), Terms(opts.terms), opts.layout, opts.size)
            maker.prepare([first])
            if kind == "svg":
                Path(out).write_bytes(maker.svg(first))
            elif not maker.image(first).save(out, "PNG"):
                raise OSError(out)
            return f"step {first + 1} of {count} drawn to {out}"
        if kind == "frames":
            folder = Path(out)
            folder.mkdir(parents=True, exist_ok=True)
            width = len(str(last + 1))
            n = 0
            for step, _ms, image in _frames(trace, steps, opts, diagram, False, check):
                if not image.save(str(folder / f"step-{step + 1:0{width}d}.png"), "PNG"):
                    raise OSError(folder)
                n += 1
            return f"steps {first + 1}-{last + 1} of {count} drawn into {out} ({n} frames)"
        strip = opts.layout == "diagram"       # a plain diagram in an animation says which step it shows
        frames = _frames(trace, steps, opts, diagram, strip, check)
        if kind == "gif":
            n = _write_gif(frames, Path(out))
        else:      # a fixed pace is one video frame per step; read pace repeats a frame as long as it is read
            n = _write_video(frames, Path(out), READ_FPS if opts.pace == "read" else 1000 / opts.frame_ms)
        return f"steps {first + 1}-{last + 1} of {count} drawn to {out} ({n} frames)"
    except OSError as exc:
        raise ExportProblem(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        diagram.deleteLater()
