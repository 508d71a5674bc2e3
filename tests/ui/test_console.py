"""The console's input line in the window: entries continue the run, answers come at a step; what the window
shows is what the trace says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from checks import check_drawn
from explorer.lesson import SAMPLES_DIR, read_sample
from explorer.trace.model import StepKind
from explorer.ui.mainwindow import MainWindow

import pytest

SET_COUNTER = SAMPLES_DIR / "seed002_set_counter.js"


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


def _recorded(window, qtbot, entries: int = 0, end: bool = True):
    """The recording with ``entries`` entries, shown at its last step (where Enter adds an entry)."""
    qtbot.waitUntil(lambda: not window.recorder.busy() and window.trace is not None
                    and len(window.trace.entries) == entries, timeout=20000)
    if end:
        window.go(len(window.trace) - 1)
    return window.trace


def _type(window, qtbot, code: str) -> None:
    box = window.console_panel.input
    box.setFocus()
    lines = code.split("\n")
    for n, line in enumerate(lines):
        qtbot.keyClicks(box, line)
        if n < len(lines) - 1:
            qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _texts(window, kinds=None) -> list[str]:
    return [t for t, _s, k in window.console.lines() if kinds is None or k in kinds]


def test_typing_an_entry_continues_the_run_and_the_window_shows_what_the_trace_says(window, qtbot):
    window.open_path(str(SET_COUNTER), ask=False)
    _recorded(window, qtbot)
    window.go(len(window.trace) - 1)
    _type(window, qtbot, "increment()")
    trace = _recorded(window, qtbot, 1)
    entry = trace.entries[0]
    assert window.index == len(trace) - 1 == entry.end
    # the console shows the trace's lines: the echo, the output, the value
    assert window.console.lines() == [(("> " + c.text) if c.stream == "input" else c.text, c.step, c.stream)
                                      for c in trace.console]
    assert _texts(window)[-3:] == ["> increment()", "4", "undefined"]
    # the diagram shows the trace's state: the backpack's counter is 4 now
    check_drawn(window.diagram.drawn(), trace.state_at(window.index))
    backpack = [b for b in window.diagram.drawn()["boxes"] if b["kind"] == "backpack"][0]
    assert ("counter", "4") in [(name, text) for name, text in backpack["rows"]]
    # the timeline flags the entry, and stepping back into it shows its call
    assert window.timeline.marks()["entry"] == [entry.start]
    call = next(i for i in range(entry.start, entry.end) if trace.kind(i) == StepKind.CALL)
    window.go(call + 2)
    check_drawn(window.diagram.drawn(), trace.state_at(call + 2))
    assert "console entry 1" in window.step_label.text() or window.editor.current_range() is not None


def test_errors_history_and_multi_line_entries(window, qtbot):
    window.open_path(str(SET_COUNTER), ask=False)
    _recorded(window, qtbot)
    _type(window, qtbot, "counter")
    trace = _recorded(window, qtbot, 1)
    assert (trace.entries[0].result, trace.entries[0].error) == ("Uncaught ReferenceError: counter is not defined", True)
    assert window.console.lines()[-1][1:] == (trace.entries[0].end, "error")
    # the next entry still runs; a multi-line one (Shift+Enter) too
    _type(window, qtbot, "function twice() {\n  increment(); increment()\n}\ntwice()")
    trace = _recorded(window, qtbot, 2)
    assert _texts(window)[-7:] == ["> function twice() {", "…   increment(); increment()", "… }", "… twice()",
                                   "4", "6", "undefined"]
    assert trace.entries[1].result == "undefined"
    # Up brings the earlier entries back, Down returns to what was being written
    box = window.console_panel.input
    qtbot.keyClicks(box, "draft")
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText().startswith("function twice()")
    box.moveCursor(box.textCursor().MoveOperation.Start)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText() == "counter"
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.toPlainText() == "draft"


def test_try_chips_run_the_samples_exercises_after_the_program(window, qtbot):
    window.open_path(str(SET_COUNTER), ask=False)
    _recorded(window, qtbot, end=False)       # even from the first step: an exercise continues the run
    tries = read_sample(SET_COUNTER).tries
    assert [c.text() for c in window.console_panel.chips] == list(tries) and tries
    window.console_panel.chips[0].click()
    trace = _recorded(window, qtbot, 1)
    assert trace.entries[0].code == tries[0]
    assert window.console_panel.input.history[-1] == tries[0]


def test_editing_the_program_replays_the_entries_and_says_which_now_fail(window, qtbot):
    window.open_path(str(SET_COUNTER), ask=False)
    _recorded(window, qtbot)
    _type(window, qtbot, "increment()")
    _recorded(window, qtbot, 1)
    text = window.editor.toPlainText()
    assert "const increment = setCounter(2)" in text and "\nincrement()" in text
    window.editor.setPlainText(text.replace("const increment = setCounter(2)", "const inc = setCounter(5)")
                               .replace("\nincrement()", "\ninc()"))
    qtbot.waitUntil(lambda: window.trace is not None and len(window.trace.entries) == 1
                    and window.trace.entries[0].error, timeout=20000)
    assert "now fails" in " ".join(_texts(window, ("error",)))
    # the entries are kept for the file; clearing asks first
    assert window.entry_book.entries(window.path) == ["increment()"]


def test_clearing_the_entries_asks_first(window, qtbot, monkeypatch):
    window.open_path(str(SET_COUNTER), ask=False)
    _recorded(window, qtbot)
    _type(window, qtbot, "increment()")
    _recorded(window, qtbot, 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.console_panel.clear_button.click()
    assert window.entry_book.entries(window.path) == ["increment()"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.console_panel.clear_button.click()
    trace = _recorded(window, qtbot, 0)
    assert window.entry_book.entries(window.path) == [] and not trace.entries


def test_at_an_earlier_step_enter_answers_there_and_the_recording_stays(window, qtbot):
    window.open_path(str(SET_COUNTER), ask=False)
    trace = _recorded(window, qtbot)
    assert "after the program" in window.console_panel.input.placeholderText()
    inside = next(i for i in range(len(trace)) if trace.kind(i) == StepKind.ASSIGNED)
    window.go(inside)
    assert "step" in window.console_panel.input.placeholderText()
    state = trace.state_at(inside)
    counter = next(b.value.text for e in state.environments.values() for b in e.bindings if b.name == "counter")
    _type(window, qtbot, "counter")
    qtbot.waitUntil(lambda: not window.console_control.busy(), timeout=20000)
    assert window.trace is trace and len(trace.entries) == 0 and not window.recorder.busy()
    lines = window.console.lines()
    assert lines[-2][0] == f"> counter    (at step {inside + 1})" and lines[-1][0] == counter
    _type(window, qtbot, "counter = 50")
    qtbot.waitUntil(lambda: not window.console_control.busy(), timeout=20000)
    assert "discarded" in window.console.lines()[-1][0]
    assert window.trace is trace


def test_after_an_uncaught_error_the_realm_is_still_there(window, qtbot, tmp_path):
    path = tmp_path / "crash.js"
    path.write_text("let k = 1\nfunction inc() { return ++k }\nnull.x\nk = 100\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    trace = _recorded(window, qtbot)
    assert trace.outcome.value == "uncaught-error"
    _type(window, qtbot, "inc()")
    trace = _recorded(window, qtbot, 1)
    assert trace.entries[0].result == "2" and trace.outcome.value == "uncaught-error"
    lines = window.console.lines()
    # the program's error comes first, at the program's end; the entry after it
    errors = [n for n, (text, _s, kind) in enumerate(lines) if kind == "error" and "null" in text]
    echo = [n for n, (text, _s, kind) in enumerate(lines) if kind == "input"]
    assert errors and echo and errors[0] < echo[0] and lines[errors[0]][1] == trace.entries[0].start - 1
    assert lines[-1][:1] == ("2",)
    state = trace.state_at(window.index)
    assert next(b.value.text for b in state.global_memory if b.name == "k") == "2"
    check_drawn(window.diagram.drawn(), state)


def test_an_answer_at_a_step_runs_the_program_again_in_its_own_process_so_the_window_stays_live(window, qtbot):
    """The program runs again up to the step; a slow regular expression there holds Python's lock for
    seconds, which a thread of the window's process would take from the window."""
    import time

    from PySide6.QtCore import QTimer

    source = "let x = 1;\nconst slow = /(a+)+b/.test('a'.repeat(25) + 'c');\nx = 2;\nconsole.log(slow, x);\n"
    window.set_source(source, None)
    trace = _recorded(window, qtbot)
    after = next(i for i in range(len(trace)) if trace.kind(i) == StepKind.ASSIGNED and trace.step(i).range.start_line == 3)
    window.go(after)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    _type(window, qtbot, "x")
    qtbot.waitUntil(lambda: not window.console_control.busy(), timeout=60000)
    took = time.monotonic() - started
    timer.stop()
    assert window.console.lines()[-1][0] == "2"
    assert took > 0.5, took                     # the regex really ran again
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:]))
    assert gaps and gaps[int(len(gaps) * 0.95)] < 0.3, gaps[-5:]       # a loaded machine may delay a rare tick
