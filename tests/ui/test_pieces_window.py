"""Eval and with in the window: a step inside eval code shows that code (not the program's text) with
the step's range, the editor marks the line that called eval, and a with's object environment is
drawn with the object's properties; what the window shows is what the trace says."""

from __future__ import annotations

import re

import pytest

from checks import check_drawn
from explorer.lesson import SAMPLES_DIR
from explorer.trace.model import StepKind
from explorer.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")    # the real recorder
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    yield w
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()
    w.deleteLater()


def _open(window, qtbot, name: str):
    window.open_path(str(SAMPLES_DIR / name), ask=False)
    qtbot.waitUntil(lambda: not window.recorder.busy() and window.trace is not None, timeout=20000)
    return window.trace


def test_a_step_inside_eval_shows_the_eval_code_and_marks_the_calling_line(window, qtbot):
    trace = _open(window, qtbot, "pitfall_eval_injects_var.js")
    inside = [i for i in range(len(trace)) if trace.kind(i) == StepKind.STATEMENT and trace.step(i).range.piece]
    assert inside
    i = inside[0]
    window.go(i)
    view = window.piece_view
    rng = trace.step(i).range
    assert view.isVisible() and view.text() == trace.pieces[rng.piece][1] == "var name = 'Ada';"
    assert view.code.current_range() == rng
    caller = window.editor.current_range()
    assert caller is not None and not caller.piece
    assert window.editor.document().findBlockByNumber(caller.start_line - 1).text().strip().startswith("eval(code)")
    assert f"called at line {caller.start_line}" in view.title.text()
    check_drawn(window.diagram.drawn(), trace.state_at(i))
    window.go(i - 2)     # back in the program's own text: the piece is hidden, the editor marks the step
    assert not view.isVisible() and window.editor.current_range() == trace.step(i - 2).range


def test_a_with_box_lists_the_object_s_properties(window, qtbot):
    trace = _open(window, qtbot, "pitfall_with_leaks_global.js")
    leak = [i for i in range(len(trace)) if "was not found on `options`" in trace.narration(i)][0]
    window.go(leak)
    state = trace.state_at(leak)
    check_drawn(window.diagram.drawn(), state)
    boxes = window.diagram.drawn()["boxes"]
    rows = [r for b in boxes for r in b["rows"]]
    assert ("color", "'red'") in rows
    shown = re.sub(r"<[^>]+>", "", window.narration.text())       # the label renders code in <code> tags
    assert shown == trace.narration(leak).replace("`", "")
    assert "size was not found on options, so it was created in Global Memory" in shown
    assert not window.piece_view.isVisible()
