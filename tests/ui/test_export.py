"""Exporting the diagram: SVG/PNG files are valid and show the step's names and values; the headless CLI works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from explorer.trace import Ref, record

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "seed001_retaining_function_memory.js"


def _step_after_outer_returns(trace) -> int:
    """The first step at which myNewFunction holds a function (outer() has returned)."""
    for i in range(len(trace)):
        for b in trace.state_at(i).global_memory:
            if b.name == "myNewFunction" and isinstance(b.value, Ref):
                return i
    raise AssertionError("myNewFunction never got its function")


def test_svg_and_png_from_the_cli(tmp_path: Path) -> None:
    """`closure-explorer export --step N` writes an SVG whose text has the step's bindings, and a PNG."""
    trace = record(SAMPLE.read_text(encoding="utf-8"))
    step = _step_after_outer_returns(trace)
    svg, png = tmp_path / "d.svg", tmp_path / "d.png"
    for out in (svg, png):
        r = subprocess.run([sys.executable, "-m", "explorer", "export", str(SAMPLE), "--step", str(step),
                            "--out", str(out)], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
    root = ElementTree.parse(svg).getroot()
    text = " ".join(t.strip() for t in root.itertext() if t.strip())
    for word in ("myNewFunction", "counter", "Backpack", "Global Memory"):
        assert word in text, f"{word!r} missing from the SVG text: {text[:300]}"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    with Image.open(png) as im:
        assert im.width > 300 and im.height > 150


def test_gif_and_frames_from_the_cli(tmp_path: Path) -> None:
    """A range of steps becomes numbered PNG frames, or one animated GIF with a frame per step."""
    frames = tmp_path / "frames"
    r = subprocess.run([sys.executable, "-m", "explorer", "export", str(SAMPLE), "--steps", "2-6",
                        "--out-dir", str(frames)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in frames.iterdir()) == [f"step-{i}.png" for i in range(2, 7)]
    gif = tmp_path / "lesson.gif"
    r = subprocess.run([sys.executable, "-m", "explorer", "export", str(SAMPLE), "--steps", "0-9",
                        "--out", str(gif)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    from PIL import Image

    with Image.open(gif) as im:
        assert im.format == "GIF"
        # identical consecutive steps are merged into one longer frame; the time adds up
        total = 0
        for i in range(im.n_frames):
            im.seek(i)
            total += im.info["duration"]
        assert 2 <= im.n_frames <= 10
        assert total == 10 * 900


def test_export_refuses_bad_requests(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "explorer", "export", str(SAMPLE), "--step", "100000",
                        "--out", str(tmp_path / "x.svg")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "outside" in r.stderr


def test_painting_does_not_over_release_none(qtbot) -> None:
    """PySide6 6.12.0 drops a reference to None on every overridden paint(); on Python 3.11 the app
    then aborts after enough repaints. The pinned PySide6 must paint the diagram without that leak."""
    from explorer.ui.diagram import MemoryDiagram

    trace = record(SAMPLE.read_text(encoding="utf-8"))
    d = MemoryDiagram()
    qtbot.addWidget(d)
    d.set_animations(False)
    d.show_step(trace, len(trace) - 1)
    d.render_image()
    before = sys.getrefcount(None)
    for _ in range(30):
        d.render_image()
    assert sys.getrefcount(None) - before > -200
