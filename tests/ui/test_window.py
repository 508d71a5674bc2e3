"""The main window: keys and buttons, breakpoints, files, prompts, errors, settings, presentation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCharFormat
from PySide6.QtWidgets import QMessageBox

import fake_trace
from explorer.engine.errors import JSSyntaxError, NotSupported
from explorer.trace.model import StepKind, Terms
from explorer.ui.mainwindow import MainWindow
from explorer.lesson import DEFAULT_SAMPLE, GROUPS, list_samples, read_sample


def fake_record(source, **kwargs):
    if "missing()" in source:
        return fake_trace.objects_and_errors()
    if "let x = ;" in source:
        raise JSSyntaxError("Unexpected token ';'", 1, 8)
    if "with (o)" in source:
        raise NotSupported("the with statement", source.splitlines().index("with (o) {}") + 1, 0)
    return fake_trace.retaining_function_memory()


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, record_fn=fake_record, recovery_path=tmp_path / "recovery.json")
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    yield w
    w.editor.document().setModified(False)     # no "unsaved changes" prompt on the way out
    w.close()
    w.recorder.wait()
    w.deleteLater()


def recorded(window, qtbot):
    qtbot.waitUntil(lambda: not window.recorder.busy() and window.trace is not None, timeout=5000)
    return window.trace


def open_seed(window, qtbot):
    assert window.open_path(str(DEFAULT_SAMPLE), ask=False)
    return recorded(window, qtbot)


def test_opening_a_sample_records_and_shows_the_first_step(window, qtbot):
    trace = open_seed(window, qtbot)
    assert window.index == 0
    assert window.step_label.text().startswith(f"Step 1 of {len(trace)}")
    assert "seed001_retaining_function_memory.js" in window.windowTitle()
    assert window.diagram.drawn()["boxes"][0]["title"] == "Global Memory"
    assert "Global Execution Context" in window.narration.text()


def test_keys_step_over_into_out_and_back(window, qtbot):
    trace = open_seed(window, qtbot)
    window.editor.setFocus()
    call = next(s.index for s in trace.steps if s.kind == StepKind.CALL)
    window.go(call - 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)                 # into the call
    assert window.index == trace.step_into(call - 1) == call
    qtbot.keyClick(window.editor, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)   # out of it
    assert window.index == trace.step_out(call)
    out = window.index
    qtbot.keyClick(window.editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)   # back one step
    assert window.index == trace.step_back(out)
    window.go(call - 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_F10)                 # over the call
    assert window.index == trace.step_over(call - 1)
    assert trace.step(window.index).depth <= trace.step(call - 1).depth


def test_toolbar_buttons_first_last_and_timeline(window, qtbot):
    trace = open_seed(window, qtbot)
    button = window.toolbar.widgetForAction(window.act_last)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.index == len(trace) - 1
    assert not window.act_step_over.isEnabled()
    qtbot.mouseClick(window.toolbar.widgetForAction(window.act_first), Qt.MouseButton.LeftButton)
    assert window.index == 0 and not window.act_step_back.isEnabled()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert window.index == 1
    tl = window.timeline
    qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, pos=tl.rect().center())
    assert window.index == tl.value() and abs(window.index - (len(trace) - 1) / 2) <= 1.5
    marks = tl.marks()
    assert marks["call"] == [s.index for s in trace.steps if s.kind == StepKind.CALL]


def test_editor_shows_the_current_step_range(window, qtbot):
    trace = open_seed(window, qtbot)
    i = next(s.index for s in trace.steps if s.kind == StepKind.CALL)
    window.go(i)
    assert window.editor.current_range() == trace.step(i).range
    selected = [s.cursor.selectedText() for s in window.editor.extraSelections() if s.cursor.hasSelection()]
    assert "outer()" in selected


def test_breakpoints_stop_navigation_and_autoplay(window, qtbot):
    trace = open_seed(window, qtbot)
    line = next(s.range.start_line for s in trace.steps if s.kind == StepKind.STATEMENT and s.index > 8)
    window.editor.toggle_breakpoint(line)
    window.go(0)
    window.act_next_breakpoint.trigger()
    expected = trace.next_breakpoint(0, {line})
    assert window.index == expected and trace.step(expected).range.start_line == line
    assert expected in window.timeline.marks()["breakpoint"]
    window.act_prev_breakpoint.trigger()
    assert window.index == trace.next_breakpoint(expected, {line}, forward=False)
    # autoplay pauses at the breakpoint
    window.go(0)
    window.speed.setValue(20)
    window.act_play.trigger()
    assert window.play_timer.isActive()
    qtbot.waitUntil(lambda: not window.play_timer.isActive(), timeout=5000)
    assert window.index == expected


def test_autoplay_plays_to_the_end_and_pause_stops_it(window, qtbot):
    trace = open_seed(window, qtbot)
    window.speed.setValue(20)
    window.toggle_play()
    qtbot.waitUntil(lambda: window.index >= 2, timeout=3000)
    window.toggle_play()
    stopped = window.index
    qtbot.wait(150)
    assert window.index == stopped
    window.toggle_play()
    qtbot.waitUntil(lambda: not window.play_timer.isActive(), timeout=5000)
    assert window.index == len(trace) - 1


def test_console_click_jumps_to_the_printing_step_and_errors_are_red(window, qtbot, tmp_path):
    path = tmp_path / "err.js"
    path.write_text("const team = { owner: 'Ada', members: ['Bo', 'Cy'] };\nconsole.log(team.owner);\n"
                    "setTimeout(function later() {}, 10);\nmissing();\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    trace = recorded(window, qtbot)
    lines = window.console.lines()
    assert lines[0] == ("Ada", 3, "stdout")
    assert any("missing is not defined" in text and kind in ("stderr", "error") for text, _s, kind in lines)
    window.go(0)
    window.console.jump.emit(3)
    assert window.index == 3
    item = window.console.item(0)
    qtbot.mouseClick(window.console.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.console.visualItemRect(item).center())
    assert window.index == 3
    # the runtime error is underlined where it happened
    errors = window.editor.errors()
    assert errors and errors[0][0] == trace.error_range and "missing is not defined" in errors[0][1]


def test_syntax_error_is_shown_at_its_position(window, qtbot, tmp_path):
    path = tmp_path / "bad.js"
    path.write_text("let x = ;\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not window.recorder.busy() and bool(window.editor.errors()), timeout=5000)
    (rng, message), = window.editor.errors()
    assert (rng.start_line, rng.start_column) == (1, 8)
    assert "Unexpected token" in message
    assert window.console.lines()[0][2] == "error"
    assert "cannot run" in window.diagram.drawn()["message"]
    assert not window.act_step_over.isEnabled()


def test_a_program_that_cannot_run_says_what_and_where_and_the_window_goes_on(window, qtbot, tmp_path):
    path = tmp_path / "bad.js"
    path.write_text("let x = ;\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not window.recorder.busy() and bool(window.editor.errors()), timeout=5000)
    problem = window.diagram._problem
    assert problem[:4] == ("SyntaxError", "Unexpected token ';'", 1, 8)   # the card: what, line, column
    assert "line 1, column 9" in window.narration.text() and "SyntaxError" in window.narration.text()
    assert window.step_label.text() == "Not recorded"
    # the underline has a tint as well as the wavy line
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    sel = next(s for s in window.editor.extraSelections() if s.format.underlineStyle() == wavy)
    assert sel.format.background().color().alpha() > 0
    # fixing the code records it again: the window goes on as before
    window.editor.setPlainText("let x = 1;\n")
    recorded(window, qtbot)
    assert window.diagram._problem is None and not window.editor.errors()
    assert window.diagram.drawn()["boxes"] and window.act_step_over.isEnabled()


def test_unsupported_syntax_is_named_plainly(window, qtbot, tmp_path):
    path = tmp_path / "with.js"
    path.write_text("var o = { a: 1 };\nwith (o) {}\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    qtbot.waitUntil(lambda: not window.recorder.busy() and bool(window.editor.errors()), timeout=5000)
    title, message, line, column, source, hint = window.diagram._problem
    assert (title, message, line, column) == ("Not supported yet", "The with statement", 2, 0)
    assert "with (o)" in source and "unsupported" in hint
    assert "cannot run yet: the with statement (line 2, column 1)" in window.narration.text()
    assert window.console.lines()[0][0].startswith("Not supported yet: the with statement (line 2, column 1)")
    assert window.editor.errors()[0][0].start_line == 2


def test_an_uncaught_error_gives_its_place_at_the_last_step(window, qtbot, tmp_path):
    path = tmp_path / "err.js"
    path.write_text("missing();\n", encoding="utf-8")
    window.open_path(str(path), ask=False)
    trace = recorded(window, qtbot)
    window.go(len(trace) - 1)
    rng = trace.error_range
    assert f"line {rng.start_line}, column {rng.start_column + 1}" in window.narration.text()
    assert window.console.lines()[-1][0].startswith("Uncaught ReferenceError")


def test_a_step_limit_is_not_called_an_uncaught_error(qtbot):
    from explorer.trace.model import Outcome
    from explorer.ui.console import ConsoleView

    console = ConsoleView()
    qtbot.addWidget(console)
    trace = fake_trace.objects_and_errors()
    trace.console = ()
    trace.outcome = Outcome.STEP_LIMIT
    trace.error_message = "Stopped after 1,000,000 steps while running line 4: the program may be stuck in an endless loop."
    console.set_trace(trace)
    text, _step, kind = console.lines()[-1]
    assert text.startswith("Stopped after 1,000,000 steps") and "Uncaught" not in text
    assert "(line 4, column 1)" in text and kind == "error"


def test_editing_rerecords_after_a_pause_and_keeps_the_step(window, qtbot):
    trace = open_seed(window, qtbot)
    window.go(10)
    first = window.trace
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n// a note\n")
    assert window.record_timer.isActive()
    assert window.windowTitle().startswith("seed001_retaining_function_memory.js[*]")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: window.trace is not first, timeout=5000)
    assert window.index == 10 and len(trace) == len(window.trace)


def test_save_and_open_round_trip(window, qtbot, tmp_path, monkeypatch):
    open_seed(window, qtbot)
    target = tmp_path / "mine.js"
    monkeypatch.setattr("explorer.ui.mainwindow.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.editor.appendPlainText("// edited")
    assert window.is_modified()
    assert window.save()                    # a sample is saved elsewhere: Save As
    assert target.read_text(encoding="utf-8").endswith("// edited")
    assert not window.is_modified() and window.path == str(target.resolve())
    assert window.recent_files()[0] == str(target.resolve())
    window.editor.appendPlainText("// more")
    assert window.save()
    assert target.read_text(encoding="utf-8").endswith("// edited\n// more")
    window.new_file()
    assert window.path is None
    assert window.open_path(str(target))
    assert window.editor.toPlainText().endswith("// more")


@pytest.mark.parametrize("answer, kept", [(QMessageBox.StandardButton.Cancel, True),
                                          (QMessageBox.StandardButton.Discard, False)])
def test_unsaved_edits_prompt_before_discarding(window, qtbot, monkeypatch, answer, kept):
    open_seed(window, qtbot)
    window.editor.appendPlainText("// unsaved")
    asked = []
    monkeypatch.setattr("explorer.ui.mainwindow.QMessageBox.question", lambda *a, **k: asked.append(a) or answer)
    window.new_file()
    assert asked
    assert ("// unsaved" in window.editor.toPlainText()) == kept


def test_closing_with_unsaved_edits_asks(window, qtbot, monkeypatch):
    open_seed(window, qtbot)
    window.editor.appendPlainText("// unsaved")
    monkeypatch.setattr("explorer.ui.mainwindow.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()


@pytest.mark.parametrize("content, words", [
    (b"\x00\x01\x02binary", "binary"),
    ("caf\u00e9".encode("latin-1") + b"\n", "not UTF-8"),
    (b"x" * (5 * 1024 * 1024 + 1), "larger than 5 MB"),
])
def test_files_that_cannot_be_opened_give_a_readable_message(window, monkeypatch, tmp_path, content, words):
    path = tmp_path / "f.js"
    path.write_bytes(content)
    shown = []
    monkeypatch.setattr("explorer.ui.mainwindow.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    assert not window.open_path(str(path), ask=False)
    assert shown and words in shown[0]


def test_dropping_a_js_file_opens_it(window, qtbot, tmp_path):
    path = tmp_path / "dropped.js"
    path.write_text("outer();\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.path == str(path.resolve())
    assert window.editor.toPlainText() == "outer();\n"


def test_samples_menu_lists_the_groups_with_titles():
    groups = list_samples()
    assert list(groups) == list(GROUPS)
    titles = [s.title for s in groups["From the documents"]]
    assert "Retaining Function Memory" in titles
    assert all(s.summary for g in groups.values() for s in g)


def test_samples_menu_opens_a_sample(window, qtbot):
    menu = window.samples_menu
    sub = next(a.menu() for a in menu.actions() if a.text() == "Patterns")
    act = next(a for a in sub.actions() if a.text().startswith("memoize"))
    act.trigger()
    assert window.path.endswith("pattern_memoize.js")
    recorded(window, qtbot)


def test_terminology_and_theme_are_remembered(window, qtbot, settings):
    open_seed(window, qtbot)
    window.go(10)
    window.term_actions[Terms.SPEC].trigger()
    assert window.narration.text().startswith("[spec]")
    assert any(b["title"] == "Global Environment Record" for b in window.diagram.drawn()["boxes"])
    window.theme_actions["dark"].trigger()
    assert window.theme.key == "dark"
    window.top_split.setSizes([400, 880])
    window.save_settings()
    again = MainWindow(settings, record_fn=fake_record)
    qtbot.addWidget(again)
    assert again.terms == Terms.SPEC and again.theme.key == "dark"
    assert again.top_split.saveState() == window.top_split.saveState()
    window.theme_actions["light"].trigger()


def test_zoom_keys_change_editor_and_diagram_and_are_remembered(window, qtbot, settings):
    open_seed(window, qtbot)
    size = window.editor.font_size()
    window.act_zoom_in.trigger()
    assert window.editor.font_size() == size + 1 and not window.diagram.auto_fit
    assert float(settings.value("editor/font")) == size + 1
    window.act_zoom_reset.trigger()
    assert window.editor.font_size() == size and window.diagram.auto_fit


def test_presentation_mode_enlarges_and_hides_chrome(window, qtbot):
    open_seed(window, qtbot)
    size = window.editor.font_size()
    qtbot.keyClick(window.editor, Qt.Key.Key_F12)
    assert window.presentation
    assert window.editor.font_size() > size
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    window.act_contrast.setChecked(True)
    assert window.theme.key == "contrast"
    qtbot.keyClick(window.editor, Qt.Key.Key_F12)
    assert not window.presentation and window.editor.font_size() == size
    assert window.theme.key == "light"
    window.act_contrast.setChecked(False)


def test_presentation_mode_enlarges_the_diagram_and_restores_it(window, qtbot):
    trace = open_seed(window, qtbot)
    window.go(len(trace) // 2)
    d = window.diagram

    def fonts():
        return {k: getattr(d.fonts, k).pixelSize() for k in ("title", "row", "chip", "small", "header")}

    before = fonts()
    box = next(b for b in d._drawing.boxes if b.key == "global")
    row_h, width = box.rows[0].y, box.w
    splits = window.top_split.sizes()
    window.act_presentation.trigger()
    assert all(size > before[k] for k, size in fonts().items())
    box = next(b for b in d._drawing.boxes if b.key == "global")
    assert box.rows[0].y > row_h and box.w > width          # the boxes grow with their text
    assert window.top_split.sizes()[1] > splits[1]             # and the memory panel gets more room
    window.act_presentation.trigger()
    assert fonts() == before
    box = next(b for b in d._drawing.boxes if b.key == "global")
    assert box.rows[0].y == row_h and box.w == width
    assert window.top_split.sizes() == splits


def test_opening_a_sample_shows_its_summary_and_what_to_watch(window, qtbot, tmp_path):
    sample = read_sample(DEFAULT_SAMPLE)
    assert sample.summary and sample.watch
    open_seed(window, qtbot)
    note = window.sample_note
    assert note.isVisible() and not note.close_button.isHidden()
    assert note.folded                      # a 1280x720 window: one line, a click unfolds it
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    words = note.text()
    assert sample.title in words and sample.summary in words
    assert all(w in words for w in sample.watch)
    assert window.editor.firstVisibleBlock().text().startswith("function")   # the code, not the header, in view
    assert not window.act_show_notes.isEnabled()
    note.body.linkActivated.emit("fold")                                     # "Watch (3) ▾ hide" folds the list
    assert sample.summary in note.text() and not any(w in note.text() for w in sample.watch)
    assert "show" in note.body.text()
    note.body.linkActivated.emit("fold")
    assert all(w in note.text() for w in sample.watch)
    qtbot.mouseClick(note.close_button, Qt.MouseButton.LeftButton)          # dismissed: no dialog, just gone
    assert not note.isVisible() and window.act_show_notes.isEnabled()
    window.act_show_notes.trigger()
    assert note.isVisible()
    plain = tmp_path / "plain.js"
    plain.write_text("let a = 1;\n", encoding="utf-8")
    assert window.open_path(str(plain), ask=False)
    assert not note.isVisible() and not window.act_show_notes.isEnabled()


def test_unsaved_text_is_kept_for_recovery(window, qtbot, tmp_path):
    open_seed(window, qtbot)
    window.editor.appendPlainText("// precious")
    window.save_recovery()
    data = json.loads((tmp_path / "recovery.json").read_text(encoding="utf-8"))
    assert data["text"].endswith("// precious") and data["path"].endswith("seed001_retaining_function_memory.js")
    window.editor.document().setModified(False)
    window.save_recovery()
    assert not (tmp_path / "recovery.json").exists()


def test_recording_failure_inside_the_recorder_is_reported_not_raised(qtbot, settings):
    def broken(source, **kwargs):
        raise RuntimeError("boom")

    w = MainWindow(settings, record_fn=broken)
    qtbot.addWidget(w)
    w.set_source("1;\n", None)
    qtbot.waitUntil(lambda: not w.recorder.busy(), timeout=5000)
    assert "Internal error" in w.console.lines()[0][0]
    assert w.trace is None


def test_cancel_keeps_the_window_usable(qtbot, settings):
    import threading

    release = threading.Event()

    def slow(source, cancel=None, **kwargs):
        while not cancel.is_set() and not release.is_set():
            cancel.wait(0.01)
        return fake_trace.retaining_function_memory()

    w = MainWindow(settings, record_fn=slow)
    qtbot.addWidget(w)
    w.show()
    w.set_source("1;\n", None)
    assert w.recorder.busy() and w.cancel_button.isVisible()
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    assert not w.recorder.busy() and not w.cancel_button.isVisible()
    release.set()
    w.recorder.wait()


def test_excepthook_logs_and_does_not_raise(monkeypatch, tmp_path):
    from explorer.ui import app

    monkeypatch.setattr(app, "log_path", lambda: tmp_path / "log.txt")
    try:
        raise ValueError("kaput")
    except ValueError as exc:
        app.excepthook(type(exc), exc, exc.__traceback__)
    assert "kaput" in (tmp_path / "log.txt").read_text(encoding="utf-8")


def test_problem_dialog_shows_copyable_details(qtbot):
    from explorer.ui.app import ProblemDialog

    d = ProblemDialog("ValueError: kaput", "Traceback...\nValueError: kaput", Path("/tmp/x.log"))
    qtbot.addWidget(d)
    assert "kaput" in d.details.toPlainText() and d.details.isReadOnly()


def test_samples_browser_lists_groups_and_opens_the_choice(qtbot):
    from explorer.ui.samples import SamplesDialog

    d = SamplesDialog()
    qtbot.addWidget(d)
    groups = [d.tree.topLevelItem(n).text(0) for n in range(d.tree.topLevelItemCount())]
    assert groups == list(GROUPS)
    first = d.current_sample()
    assert first is not None and first.title in d.details.toPlainText() and first.summary in d.details.toPlainText()
    with qtbot.waitSignal(d.chosen) as blocker:
        d._accept()
    assert blocker.args[0] == first.path


def test_hovering_a_function_in_the_diagram_marks_its_source(window, qtbot):
    trace = open_seed(window, qtbot)
    window.go(len(trace) - 1)
    fn_id = next(h.id for h in trace.state_at(window.index).heap.values()
                 if h.kind == "function" and h.name == "incrementCounter")
    before = len(window.editor.extraSelections())
    window.diagram.set_hovered_function(fn_id)
    sels = window.editor.extraSelections()
    assert len(sels) == before + 1
    assert any("incrementCounter" in s.cursor.selectedText() for s in sels)
    window.diagram.set_hovered_function(None)
    assert len(window.editor.extraSelections()) == before


def test_the_timeline_keeps_its_length_from_step_to_step(window, qtbot):
    """The step label keeps room for its longest text ("Step 9 of 23 · line 16", "Step 23 of 23"): no twitching."""
    from PySide6.QtWidgets import QApplication

    trace = open_seed(window, qtbot)
    lengths = set()
    for i in range(len(trace)):
        window.go(i)
        QApplication.processEvents()
        lengths.add(window.timeline.width())
    assert len(lengths) == 1


def test_presentation_mode_keeps_the_console_from_telling_what_comes_later(window, qtbot):
    trace = open_seed(window, qtbot)
    window.console.set_trace(trace)
    window.console.clear()
    window.console._add("later", len(trace) - 1, "stdout")
    window.go(0)
    assert not window.console.item(0).isHidden()          # greyed out while preparing the lesson
    window.act_presentation.trigger()
    assert window.console.item(0).isHidden()              # not on the screen the class sees
    window.go(len(trace) - 1)
    assert not window.console.item(0).isHidden()
    window.act_presentation.trigger()


def test_presentation_mode_folds_the_watch_list_and_shows_the_code(window, qtbot):
    open_seed(window, qtbot)
    assert window.sample_note.watch_open
    window.act_presentation.trigger()
    assert not window.sample_note.watch_open
    assert window.editor.firstVisibleBlock().text().startswith("function")
    window.act_presentation.trigger()
    assert window.sample_note.watch_open


def test_a_narration_starting_with_the_starts_with_a_capital(window, qtbot):
    from dataclasses import replace

    trace = fake_trace.retaining_function_memory()
    first = trace.steps[0]
    trace.steps = (replace(first, narration={Terms.HARD_PARTS: "the anonymous function from line 9 returns 1."}),
                   *trace.steps[1:])
    window._record_finished(trace)
    window.go(0)
    assert "The anonymous function from line 9 returns 1." in window.narration.text()


LONG_RUN = """function makeCounter() {
  let count = 0;
  return function () { count = count + 1; return count; };
}
const counter = makeCounter();
for (let i = 0; i < 400; i++) {
  counter();
}
console.log(counter());
"""


def test_a_long_run_shows_its_opening_steps_at_once_then_the_whole_run_in_place(qtbot, settings, tmp_path):
    import threading

    from explorer.trace import record
    from explorer.trace.model import Outcome

    full_may_finish = threading.Event()
    previews = []

    def gated_record(source, preview=False, **kwargs):
        if preview:
            previews.append(kwargs["max_steps"])
        else:
            full_may_finish.wait(10)
        return record(source, preview=preview, **kwargs)

    w = MainWindow(settings, record_fn=gated_record, recovery_path=tmp_path / "recovery.json")
    qtbot.addWidget(w)
    w.recorder.preview_steps = 300
    w.act_animations.setChecked(False)
    w.show()
    with qtbot.waitSignal(w.recorder.previewed, timeout=10_000):
        w.set_source(LONG_RUN, None)
    preview = w.trace
    assert previews == [300] and preview.outcome == Outcome.PREVIEW and len(preview) == 301
    assert w.recorder.busy() and w.cancel_button.isVisible()      # the whole run is still recording
    assert "first 300 steps" in w.statusBar().currentMessage()
    assert [w.console.item(n).text() for n in range(w.console.count())] == []   # no step-limit message
    w.go(150)
    assert w.step_label.text().startswith("Step 151 of 300+ ")
    shown = w.narration.text()
    full_may_finish.set()
    qtbot.waitUntil(lambda: not w.recorder.busy(), timeout=10_000)
    full = w.trace
    assert full is not preview and full.outcome == Outcome.COMPLETED and len(full) > 2000
    assert w.index == 150                                        # the learner keeps their place
    assert full.narration(150) == preview.narration(150) and w.narration.text() == shown
    assert full.state_at(150) == preview.state_at(150)
    assert w.step_label.text().startswith(f"Step 151 of {len(full):,} ")
    assert [w.console.item(n).text() for n in range(w.console.count())] == ["401"]
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()


def test_cancelling_a_recording_shows_the_steps_recorded_until_then(qtbot, settings, tmp_path):
    from explorer.trace.model import Outcome

    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
    qtbot.addWidget(w)
    w.recorder.preview_steps = 0
    w.recorder.max_steps = 50_000_000       # far out of reach: only the cancel can end this run
    w.show()
    with qtbot.waitSignal(w.recorder.progress, timeout=10_000):      # 10,000 steps in
        w.set_source("let n = 0;\nwhile (true) {\n  n++;\n}\n", None)
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    assert not w.recorder.busy() and not w.cancel_button.isVisible()
    qtbot.waitUntil(lambda: w.trace is not None, timeout=10_000)
    trace = w.trace
    assert trace.outcome == Outcome.CANCELLED and len(trace) > 10_000, (len(trace), trace.error_message)
    assert trace.kind(len(trace) - 1) == StepKind.PROGRAM_END and w.index == trace.first()
    assert w.statusBar().currentMessage() == f"Cancelled after {len(trace):,} steps. What was recorded can be explored."
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()


def test_the_views_follow_the_session_controller(window, qtbot):
    """Moving the timeline goes through the controller: one stepChanged, and every view shows that step."""
    trace = open_seed(window, qtbot)
    seen = []
    window.controller.stepChanged.connect(seen.append)
    window.timeline.moved.emit(7)
    assert seen == [7] and window.index == 7
    assert window.editor.current_range() == trace.step(7).range
    assert window.step_label.text().startswith("Step 8 of ")
    from explorer.ui.mainwindow import narration_html

    assert window.narration.text() == narration_html(trace.narration(7, window.terms)[:1].upper()
                                                     + trace.narration(7, window.terms)[1:])
    assert window.diagram._index == 7 and window.timeline._value == 7
