"""``closure-explorer export``: steps of a run as pictures, numbered frames, a GIF, a video or a one-file web page.

It draws with the same ``MemoryDiagram`` the window uses, offscreen, so a
slide shows exactly what the learner saw. Steps are counted from 1, as the
window's "Step i of n" counts them. ``export_steps`` does the work for the
command line and for the window's File > Export Steps… alike.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from explorer.lesson import merge_runs, parse_range, read_ms
from explorer.trace.model import Terms

KINDS = ("png", "svg", "frames", "gif", "video", "html")
READ_FPS = 4                       # --pace read: a step lasts a whole number of quarter seconds in a video
VIDEO_SUFFIXES = (".mp4", ".webm")
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
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
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


def _parser() -> argparse.ArgumentParser:
    from explorer.ui.lesson_frame import LAYOUTS
    from explorer.ui.theme import THEME_KEYS

    p = argparse.ArgumentParser(
        prog="closure-explorer export",
        description="Draw steps of a program without a window: a picture, numbered frames, a GIF, a video "
                    "(.mp4/.webm) or a one-file web page (.html) a student can step through.")
    p.add_argument("file", help="the .js program")
    p.add_argument("--step", type=int, default=None,
                   help="the step to draw in a .png/.svg, counted from 1 as the window shows it (default: the last)")
    p.add_argument("--steps", help="a range A-B of steps (A or B left out: from the first / to the last); "
                                   "default: the whole run")
    p.add_argument("--out", help="the file to write: .png or .svg (one step), .gif, .mp4, .webm or .html (a range)")
    p.add_argument("--out-dir", help="a folder for numbered PNG frames of the range")
    p.add_argument("--layout", choices=LAYOUTS, default="lesson",
                   help="lesson: code, diagram, narration, console and step counter (default); diagram: the memory "
                        "diagram alone")
    p.add_argument("--size", help="every frame this size in pixels, e.g. 1920x1080 (default: the largest diagram "
                                  "of the range decides, at full resolution)")
    p.add_argument("--merge-identical", action="store_true",
                   help="show neighbouring steps whose diagrams are identical as one frame")
    p.add_argument("--pace", default="900",
                   help="GIF/video: 'read' (each step as long as its narration takes to read) or milliseconds per "
                        "step (default 900)")
    p.add_argument("--frame-ms", type=int, default=None, help=argparse.SUPPRESS)   # the older name of --pace MS
    p.add_argument("--theme", choices=THEME_KEYS, default="light")
    p.add_argument("--terms", choices=[t.value for t in Terms], default=Terms.HARD_PARTS.value,
                   help="the words on the boxes and in the narration (default: hard-parts)")
    p.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 1.5 for slides seen from afar")
    return p


def export_command(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)

    def fail(message: str, code: int = 2) -> int:
        print(f"closure-explorer export: {message}", file=sys.stderr)
        return code

    if bool(args.out) == bool(args.out_dir):
        return fail("give --out FILE (.png, .svg, .gif, .mp4, .webm, .html) or --out-dir DIR for PNG frames")
    kind = "frames" if args.out_dir else kind_of(args.out)
    if kind is None:
        return fail("--out must end in .png, .svg, .gif, .mp4, .webm or .html")
    if kind in ("png", "svg") and args.steps is not None:
        return fail("a .png or .svg holds one step (--step N); for a range use --out-dir, .gif, a video or .html")
    opts = ExportOptions(layout=args.layout, theme=args.theme, terms=args.terms, scale=args.scale,
                         merge_identical=args.merge_identical)
    if args.size:
        from explorer.ui.lesson_frame import parse_size

        try:
            opts.size = parse_size(args.size)
        except ValueError:
            return fail(f"--size wants WIDTHxHEIGHT in pixels (16-8192), got {args.size!r}")
    if args.frame_ms is not None:
        opts.frame_ms = args.frame_ms
    elif args.pace == "read":
        opts.pace = "read"
    else:
        try:
            opts.frame_ms = int(args.pace)
        except ValueError:
            return fail(f"--pace wants 'read' or milliseconds, got {args.pace!r}")
    if opts.frame_ms <= 0:
        return fail("a step needs a positive number of milliseconds")
    if kind == "video" and not video_available():
        return fail(VIDEO_HELP)

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

    if kind in ("png", "svg"):
        step = count if args.step is None else args.step
        if not 1 <= step <= count:
            return fail(f"--step {step} is outside 1-{count}")
        start = end = step
    else:
        try:
            start, end = parse_range(args.steps or "-", count)
        except ValueError:
            return fail(f"--steps wants A-B, got {args.steps!r}")
        end = min(end, count)
        if not 1 <= start <= end:
            return fail(f"--steps {args.steps} is outside 1-{count}")
    try:
        print(export_steps(trace, kind, args.out or args.out_dir, start - 1, end - 1, opts))
    except ExportProblem as exc:
        return fail(str(exc), 1)
    return 0
