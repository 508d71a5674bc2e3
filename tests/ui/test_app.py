"""Starting the app: the default sample, a file from the command line, and recovery after a crash."""

from __future__ import annotations

import json
import sys

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
