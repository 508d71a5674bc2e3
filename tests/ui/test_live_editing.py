"""Live editing: while the text does not parse the last good recording stays (dimmed, the error underlined,
one line above the diagram); when it parses again the learner is on the same line, the same time it runs.
And a program using a browser page's names gets Node's ReferenceError with a hint in the window."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QTextCursor

from explorer.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()
    w.deleteLater()


PROGRAM = """function makeCounter() {
  let count = 0;
  return function increment() {
    count += 1;
    return count;
  };
}
const next = makeCounter();
next();
next();
next();
console.log(next());
"""


def settled(window, qtbot):
    qtbot.waitUntil(lambda: not window.recorder.busy() and not window.record_timer.isActive(), timeout=20000)


def open_program(window, qtbot, tmp_path, text=PROGRAM):
    path = tmp_path / "counter.js"
    path.write_text(text, encoding="utf-8")
    assert window.open_path(str(path), ask=False)
    settled(window, qtbot)
    assert window.trace is not None
    return window.trace


def type_at_end(window, text: str) -> None:
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)


def visit(trace, index) -> tuple[int, int]:
    """(line, how many earlier steps were on that line) of a step."""
    line = trace.step(index).range.start_line
    return line, sum(1 for j in range(index) if trace.step(j).range and trace.step(j).range.start_line == line)


def test_a_broken_edit_keeps_the_last_run_and_the_fix_keeps_the_place(window, qtbot, tmp_path):
    trace = open_program(window, qtbot, tmp_path)
    # the third time line 4 (count += 1) runs
    index = [s.index for s in trace.steps if s.range and s.range.start_line == 4][2]
    window.go(index)
    place = visit(trace, index)
    type_at_end(window, "let broken = ;\n")
    settled(window, qtbot)
    assert window.trace is trace and window.index == index          # still the last good recording, same step
    assert window.diagram.graphicsEffect().isEnabled()              # dimmed
    assert window.banner.isVisible() and "SyntaxError" in window.banner.toolTip()
    ((rng, message),) = window.editor.errors()
    assert rng.start_line == 13 and "SyntaxError" in message        # underlined where it is
    assert window.diagram.drawn()["boxes"]                          # the diagram is there, not an error card
    assert "(last run)" in window.step_label.text()
    # keep typing: still broken, still the same place
    type_at_end(window, "x")
    settled(window, qtbot)
    assert window.trace is trace and window.index == index
    # fixed: a new recording, the same line the same time it runs
    text = window.editor.toPlainText()
    window.editor.setPlainText(text.replace("let broken = ;\nx", "let fixed = 1;"))
    settled(window, qtbot)
    assert window.trace is not trace
    assert visit(window.trace, window.index) == place
    assert not window.banner.isVisible() and not window.diagram.graphicsEffect().isEnabled()
    assert window.editor.errors() == [] and "(last run)" not in window.step_label.text()


def test_a_file_that_does_not_parse_when_opened_shows_the_problem(window, qtbot, tmp_path):
    open_program(window, qtbot, tmp_path)
    bad = tmp_path / "bad.js"
    bad.write_text("let = ;\n", encoding="utf-8")
    assert window.open_path(str(bad), ask=False)
    settled(window, qtbot)
    assert window.trace is None and not window.diagram.graphicsEffect().isEnabled()
    assert window.step_label.text() == "Not recorded" and not window.banner.isVisible()
    assert "SyntaxError" in window.narration.text()


@pytest.mark.parametrize("name, code", [
    ("alert", 'alert("hi");\n'),
    ("prompt", 'const answer = prompt("name?");\n'),
    ("confirm", 'if (confirm("sure?")) console.log(1);\n'),
    ("document", 'document.getElementById("x");\n'),
    ("window", "window.counter = 1;\n"),
])
def test_browser_names_get_nodes_reference_error_and_a_hint(window, qtbot, tmp_path, name, code):
    trace = open_program(window, qtbot, tmp_path, "let n = 1;\n" + code)
    assert trace.error_message == f"ReferenceError: {name} is not defined"
    if shutil.which("node"):
        done = subprocess.run(["node", str(tmp_path / "counter.js")], capture_output=True, text=True, timeout=60)
        assert f"ReferenceError: {name} is not defined" in done.stderr
    assert window.banner.isVisible()
    hint = window.banner.toolTip()
    assert "browser" in hint and "console.log" in hint and name in hint
    window.go(0)
    assert window.banner.isVisible()                                # at every step
    # a program without them has no hint
    window.editor.setPlainText("let n = 1;\nconsole.log(n);\n")
    settled(window, qtbot)
    assert not window.banner.isVisible()
