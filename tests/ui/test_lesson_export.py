"""Lesson exports: frames that all have one size and say what the step says; GIFs and videos with a frame per step."""

from __future__ import annotations

import re

import pytest
from PIL import Image

from explorer.cli import main
from explorer.lesson import DEFAULT_SAMPLE, console_lines, read_ms, slide
from explorer.trace import Terms, record
from explorer.ui.export import ExportOptions, export_steps, video_available

SAMPLES = DEFAULT_SAMPLE.parent


def export_command(argv: list[str]) -> int:
    return main(["export", *argv])
COUNTER = """function makeCounter() {
  let count = 0;
  return function () { count++; console.log("count is", count); return count; };
}
const c = makeCounter();
c();
c();
"""


@pytest.fixture
def counter_file(tmp_path):
    path = tmp_path / "counter.js"
    path.write_text(COUNTER, encoding="utf-8")
    return path


def _svg_texts(svg: str) -> str:
    """The words an SVG shows, in drawing order, HTML entities undone."""
    import html

    return " ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg))


def test_lesson_frames_of_one_export_all_have_one_size(qapp, tmp_path):
    """The diagram grows from one box to a call stack with backpacks; the frames do not jump on a slide."""
    sample = SAMPLES / "seed001_multiple_closure_instances.js"
    out = tmp_path / "frames"
    assert export_command([str(sample), "--out-dir", str(out)]) == 0
    frames = sorted(out.glob("step-*.png"))
    trace = record(sample.read_text(encoding="utf-8"))
    assert len(frames) == len(trace)
    sizes = {Image.open(f).size for f in frames}
    assert len(sizes) == 1
    out2 = tmp_path / "diagram"
    assert export_command([str(sample), "--steps", "1-12", "--out-dir", str(out2), "--layout", "diagram"]) == 0
    assert len({Image.open(f).size for f in out2.glob("*.png")}) == 1
    out3 = tmp_path / "fixed"
    assert export_command([str(sample), "--steps", "3-9", "--out-dir", str(out3), "--size", "1920x1080",
                           "--theme", "dark", "--terms", "spec"]) == 0
    assert [f.name for f in sorted(out3.glob("*.png"))] == [f"step-{k}.png" for k in range(3, 10)]
    assert {Image.open(f).size for f in out3.glob("*.png")} == {(1920, 1080)}


def test_a_lesson_frame_holds_the_line_the_narration_and_the_console_so_far(qapp, tmp_path, counter_file):
    trace = record(COUNTER)
    # the step after the second "count is" was printed, inside the second call
    step = next(i for i in range(len(trace)) if trace.kind(i).value == "return" and
                sum(1 for c in trace.console if c.step <= i) == 2)
    line = trace.step(step).range.start_line
    for terms in Terms:
        svg_path = tmp_path / f"s-{terms.value}.svg"
        assert export_command([str(counter_file), "--step", str(step + 1), "--out", str(svg_path),
                               "--terms", terms.value]) == 0
        texts = _svg_texts(svg_path.read_text(encoding="utf-8"))
        assert f"Step {step + 1} of {len(trace)} · line {line}" in texts
        narration = trace.narration(step, terms).replace("`", "")
        for word in narration.split():
            assert word.strip(".,:;") in texts
        assert texts.count("count is 1") == 1 and texts.count("count is 2") == 1
    # an earlier step has printed nothing yet: its frame says so and shows no output
    early = tmp_path / "early.svg"
    assert export_command([str(counter_file), "--step", "3", "--out", str(early)]) == 0
    texts = _svg_texts(early.read_text(encoding="utf-8"))
    assert "count is 1" not in texts and "nothing printed yet" in texts


def test_the_current_line_is_highlighted_in_the_frame(qapp, tmp_path, counter_file):
    """The row of the step's line has the editor's current-line colour; the row above it does not."""
    from explorer.ui.export import make_diagram
    from explorer.ui.lesson_frame import HEADER_H, PAD, FrameMaker
    from explorer.ui.theme import load_theme

    trace = record(COUNTER, filename="counter.js")
    _app, diagram = make_diagram("light", "hard-parts", 1.0)
    theme = load_theme("light")
    maker = FrameMaker(trace, diagram, theme)
    maker.prepare(list(range(len(trace))))
    for step in range(len(trace)):
        s = slide(trace, step)
        if s.line is None:
            continue
        image = maker.image(step)
        scale = maker.plan.scale
        rows = list(maker.code_window(s.line, 10_000))
        k = rows.index(s.line)
        x = (PAD + maker.plan.code_w - 4) * scale          # the right end of the row: past the range's highlight
        y = (HEADER_H + 10 + 22 + (k + 0.5) * maker.line_h) * scale
        assert image.pixelColor(int(x), int(y)).name() == theme.editor["current_line"]
        if s.range.start_line == s.range.end_line and k > 0:
            above = image.pixelColor(int(x), int(y - maker.line_h * scale))
            assert above.name() != theme.editor["current_line"]


def test_gif_has_a_frame_per_step_unless_merging_is_asked(qapp, tmp_path):
    sample = SAMPLES / "seed001_retaining_function_memory.js"
    n = len(record(sample.read_text(encoding="utf-8")))
    for layout in ("lesson", "diagram"):
        gif = tmp_path / f"{layout}.gif"
        assert export_command([str(sample), "--out", str(gif), "--layout", layout, "--size", "800x450"]) == 0
        im = Image.open(gif)
        assert im.n_frames == n and im.size == (800, 450)
    merged = tmp_path / "merged.gif"
    assert export_command([str(sample), "--out", str(merged), "--layout", "diagram", "--merge-identical",
                           "--pace", "500"]) == 0
    im = Image.open(merged)
    assert 1 < im.n_frames < n
    total = 0
    for k in range(im.n_frames):
        im.seek(k)
        total += im.info["duration"]
    assert total == 500 * n           # merged steps add their time up


def test_read_pace_gives_longer_sentences_more_time(qapp, tmp_path):
    trace = record((SAMPLES / "seed001_retaining_function_memory.js").read_text(encoding="utf-8"))
    gif = tmp_path / "read.gif"
    opts = ExportOptions(pace="read", size=(480, 270))
    export_steps(trace, "gif", str(gif), 0, 5, opts)
    im = Image.open(gif)
    got = []
    for k in range(im.n_frames):
        im.seek(k)
        got.append(im.info["duration"])
    want = [read_ms(trace.narration(i)) for i in range(6)]
    assert got == want and len(set(want)) > 1


@pytest.mark.skipif(not video_available(), reason="the video extra (imageio, imageio-ffmpeg) is not installed")
@pytest.mark.parametrize("suffix", [".mp4", ".webm"])
def test_video_plays_back_a_frame_per_step(qapp, tmp_path, suffix):
    import imageio.v2 as imageio

    sample = SAMPLES / "seed001_retaining_function_memory.js"
    n = len(record(sample.read_text(encoding="utf-8")))
    video = tmp_path / f"lesson{suffix}"
    assert export_command([str(sample), "--out", str(video), "--size", "640x360", "--pace", "250"]) == 0
    reader = imageio.get_reader(str(video))
    try:
        assert reader.count_frames() == n
        assert reader.get_meta_data()["size"] == (640, 360)
        assert reader.get_meta_data()["fps"] == pytest.approx(4.0)
    finally:
        reader.close()


def test_without_the_video_extra_the_export_says_how_to_get_it(qapp, tmp_path, monkeypatch, capsys):
    import explorer.ui.export as export

    monkeypatch.setattr(export, "video_available", lambda: False)
    assert export_command([str(DEFAULT_SAMPLE), "--out", str(tmp_path / "a.mp4")]) == 2
    assert "pip install 'closure-explorer[video]'" in capsys.readouterr().err
    assert not (tmp_path / "a.mp4").exists()


def test_slides_show_the_console_as_the_window_does():
    """An uncaught error ends the console at the last step, after what the program printed."""
    trace = record('console.log("a");\nnull.x;\n')
    lines = console_lines(trace)
    assert [(s, t[:9]) for s, _k, t in lines] == [(lines[0][0], "a"), (len(trace) - 1, "Uncaught ")]
    assert slide(trace, len(trace) - 2).console == (("stdout", "a"),)
    assert slide(trace, len(trace) - 1).console[-1][0] == "error"


def test_console_entries_show_as_typed_and_point_at_no_program_line():
    trace = record("let n = 0;\nfunction bump(k) {\n  n += k;\n  return n;\n}\n", entries=("bump(2)",))
    last = slide(trace, len(trace) - 1)
    assert last.console[-2:] == (("input", "> bump(2)"), ("result", "2"))
    entry = trace.entries[0]
    inside = [slide(trace, i) for i in range(entry.start, entry.end + 1)]
    assert {s.line for s in inside} >= {None, 3}         # the entry's own code has no line; bump's body has
