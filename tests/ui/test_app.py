"""Starting the app: the default sample, a file from the command line, and recovery after a crash."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.ui import app
from explorer.lesson import DEFAULT_SAMPLE

pytest.importorskip("explorer.trace")


@pytest.fixture
def start(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("CLOSURE_EXPLORER_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(app, "recovery_path", lambda: tmp_path / "recovery.json")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    opened = []

    def run(path=None):
        assert app.run_app(path) == 0
        window = app.run_app.window
        opened.append(window)
        window.recorder.wait()
        return window

    yield run
    for window in opened:
        window.editor.document().setModified(False)
        window.close()
        window.recorder.wait()
        window.deleteLater()


def test_without_a_file_the_first_sample_opens(start):
    window = start()
    assert window.path == str(DEFAULT_SAMPLE.resolve())
    assert sys.excepthook is app.excepthook


def test_a_file_on_the_command_line_opens(start, tmp_path):
    path = tmp_path / "mine.js"
    path.write_text("let a = 1;\n", encoding="utf-8")
    window = start(str(path))
    assert window.path == str(path.resolve()) and window.editor.toPlainText() == "let a = 1;\n"


def test_a_file_that_cannot_be_opened_falls_back_to_the_sample(start, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("explorer.ui.mainwindow.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    window = start(str(tmp_path / "missing.js"))
    assert shown and "does not exist" in shown[0]
    assert window.path == str(DEFAULT_SAMPLE.resolve())


def test_unsaved_text_from_a_crash_is_offered_back(start, tmp_path, monkeypatch):
    (tmp_path / "recovery.json").write_text(json.dumps({"path": None, "text": "let kept = 1;\n", "time": 0}),
                                            encoding="utf-8")
    monkeypatch.setattr("explorer.ui.app.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = start()
    assert window.editor.toPlainText() == "let kept = 1;\n"
    assert window.is_modified() and window.path is None


def _close(window) -> None:
    """Close as a user does: the settings (and the file left last) are written."""
    window.close()
    window.recorder.wait()


def test_a_second_start_opens_the_file_left_last_at_its_step(start, tmp_path, qtbot):
    path = tmp_path / "mine.js"
    path.write_text("let n = 0;\nfor (let i = 0; i < 5; i++) {\n  n += i;\n}\nconsole.log(n);\n", encoding="utf-8")
    first = start(str(path))
    qtbot.waitUntil(lambda: first.trace is not None and not first.recorder.busy(), timeout=10000)
    first.go(9)
    left = (first.index, first.trace.step(9).range)
    _close(first)
    second = start()                                      # no file on the command line
    assert second.path == str(path.resolve())
    qtbot.waitUntil(lambda: second.trace is not None and not second.recorder.busy(), timeout=10000)
    assert (second.index, second.trace.step(second.index).range) == left
    assert second.step_label.text().startswith("Step 10 of ")
    # the file changed since: it opens at its first step
    _close(second)
    path.write_text("let n = 1;\nconsole.log(n);\n", encoding="utf-8")
    third = start()
    assert third.path == str(path.resolve())
    qtbot.waitUntil(lambda: third.trace is not None and not third.recorder.busy(), timeout=10000)
    assert third.index == 0
    # the file is gone: the first sample opens
    _close(third)
    path.unlink()
    assert start().path == str(DEFAULT_SAMPLE.resolve())


def test_the_file_dialogs_start_in_the_open_files_folder(start, tmp_path, monkeypatch, qtbot):
    folder = tmp_path / "lessons"
    folder.mkdir()
    path = folder / "mine.js"
    path.write_text("let a = 1;\n", encoding="utf-8")
    window = start(str(path))
    qtbot.waitUntil(lambda: window.trace is not None and not window.recorder.busy(), timeout=10000)
    asked = []

    def dialog(_parent, _title, start_at, *_rest):
        asked.append(start_at)
        return "", ""

    from explorer.ui import mainwindow
    monkeypatch.setattr(mainwindow.QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(mainwindow.QFileDialog, "getSaveFileName", dialog)
    window.open_dialog()
    window.save_as()
    window.export_png()
    assert asked[0] == str(folder)
    assert [str(Path(a).parent) for a in asked[1:]] == [str(folder), str(folder)]
    # a sample's folder (maybe inside the installed package) is not offered for saving: the folder used last is
    window.open_path(str(DEFAULT_SAMPLE), ask=False)
    asked.clear()
    window.save_as()
    window.export_svg()
    assert [str(Path(a).parent) for a in asked] == [str(folder), str(folder)]
