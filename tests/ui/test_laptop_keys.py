"""Keys without Fn: Right/Left step, Down/Up step over / back over, Space plays, except while typing.

And autoplay's pace down to one step every 3 s, and playing by line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from explorer.lesson import DEFAULT_SAMPLE
from explorer.trace.model import StepKind
from explorer.ui.mainwindow import MainWindow
from explorer.ui.pace import PACES, pace_text, reading_ms


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    assert w.open_path(str(DEFAULT_SAMPLE), ask=False)
    qtbot.waitUntil(lambda: not w.recorder.busy() and w.trace is not None, timeout=20000)
    yield w
    w.stop_play()
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()
    w.deleteLater()


def press(qtbot, window, key) -> None:
    """A key press as the user makes it: to the widget that has the focus."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, key)


def test_arrows_step_and_space_plays_when_not_typing(window, qtbot):
    trace = window.trace
    assert window.focusWidget() is window.diagram        # after opening, the keys step at once
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.index == 2
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.index == 1
    # Down is step over: from a call, to the step after the call at the same depth (what the trace says)
    call = next(s.index for s in trace.steps if s.kind == StepKind.CALL)
    window.go(call)
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.index == trace.step_over(call) and window.index > call + 1
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.index == trace.step_back_over(trace.step_over(call))
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.play_timer.isActive()
    press(qtbot, window, Qt.Key.Key_Space)
    assert not window.play_timer.isActive()
    # the timeline has the focus: the keys still step
    window.timeline.setFocus()
    at = window.index
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.index == at + 1


def test_typing_keeps_its_keys(window, qtbot):
    window.go(3)
    window.editor.setFocus()
    cursor_at = window.editor.textCursor().position()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left):
        press(qtbot, window, key)
    assert window.index == 3
    assert window.editor.textCursor().position() != cursor_at          # the cursor moved instead
    window.editor_pane.find_bar.open_bar()
    find = window.focusWidget()
    assert find is not window.editor and find.isVisible()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space):
        press(qtbot, window, key)
    assert window.index == 3 and not window.play_timer.isActive()


def test_the_keys_are_shown_in_tooltips_and_the_help_table(window, monkeypatch):
    for act, key in ((window.act_step_into, "Right"), (window.act_step_back, "Left"), (window.act_step_over, "Down"),
                     (window.act_step_back_over, "Up"), (window.act_play, "Space")):
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert native in act.toolTip(), act.toolTip()
        assert any(k.toString() == key for k in act.shortcuts())
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window.show_shortcuts()
    assert all(k in shown[0] for k in ("Right", "Left", "Down", "Up", "Space", "Fn"))


def test_the_slowest_pace_is_one_step_every_three_seconds(window):
    window.speed.setValue(window.speed.minimum())
    assert window._play_interval() == 3000 and window.speed_label.text() == "1 step / 3 s"
    window.speed.setValue(window.speed.maximum())
    assert window._play_interval() == 50 and pace_text(PACES[-1]) == "Speed 20/s"


def test_by_line_plays_statement_by_statement_with_time_to_read(window, qtbot):
    trace = window.trace
    window.act_by_line.setChecked(True)
    window.speed.setValue(window.speed.maximum())
    assert window._play_interval() >= reading_ms(window.session.narration(window.terms)) >= 2000
    seen = [window.index]
    window.start_play()
    window.play_timer.setInterval(1)                     # the test does not wait to read
    window.play_timer.timeout.connect(lambda: window.play_timer.setInterval(1))
    window.play_timer.timeout.connect(lambda: seen.append(window.index))
    qtbot.waitUntil(lambda: not window.play_timer.isActive(), timeout=20000)
    statements = [s.index for s in trace.steps if s.kind == StepKind.STATEMENT]
    visited = [i for i in dict.fromkeys(seen) if i != 0]
    assert visited[:-1] == statements and visited[-1] == len(trace) - 1


def test_the_pace_is_kept_between_starts(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "r.json")
    w.speed.setValue(0)
    w.act_by_line.setChecked(True)
    w.save_settings()
    w.close()
    again = MainWindow(settings, recovery_path=tmp_path / "r.json")
    assert PACES[again.speed.value()] == PACES[0] and again.act_by_line.isChecked()
    again.close()


def test_the_samples_menu_and_browser_follow_the_documents_order(window, qtbot):
    """000, then 001's examples as 001 shows them, ..., then patterns and pitfalls; whole titles."""
    from explorer.lesson import GROUPS, list_samples
    from explorer.ui.samples import SamplesDialog

    groups = list_samples()
    documents = [s.title for s in groups["From the documents"]]
    assert [s.source.split(",")[0][:3] for s in groups["From the documents"]] == sorted(
        s.source.split(",")[0][:3] for s in groups["From the documents"])
    ones = [s.path.stem for s in groups["From the documents"] if s.source.startswith("001_")]
    assert ones == ["seed001_returning_functions", "seed001_nested_function_scope",
                    "seed001_nested_function_scope_fixed", "seed001_retaining_function_memory",
                    "seed001_multiple_closure_instances"]
    menus = [a for a in window.samples_menu.actions() if a.menu() is not None]
    assert [a.text() for a in menus] == list(GROUPS)
    assert [a.text() for a in menus[0].menu().actions()] == documents
    d = SamplesDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.tree.doItemsLayout()
    qtbot.wait(20)
    top = d.tree.topLevelItem(0)
    assert [top.child(n).text(0) for n in range(top.childCount())] == documents
    longest = max(range(top.childCount()), key=lambda n: len(top.child(n).text(0)))
    item = top.child(longest)
    shown = d.tree.visualItemRect(item)
    needed = d.tree.fontMetrics().horizontalAdvance(item.text(0))
    # the whole title is drawn, in the list's visible width
    assert shown.width() >= needed and shown.right() <= d.tree.viewport().width()
    assert item.text(0) in item.toolTip(0)
