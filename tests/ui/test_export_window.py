"""File > Export Steps… and File > Export as Web Page… in the window, on a real recording."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialog, QFileDialog

from explorer.lesson import DEFAULT_SAMPLE
from explorer.ui import export_dialog
from explorer.ui.export_dialog import ExportStepsDialog, breakpoint_span
from explorer.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    assert w.open_path(str(DEFAULT_SAMPLE), ask=False)
    qtbot.waitUntil(lambda: not w.recorder.busy() and w.trace is not None
                    and w.trace.outcome.value != "preview", timeout=20000)
    yield w
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()
    w.deleteLater()


def _file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text().replace("&", "") for a in menu.actions()]


def test_the_file_menu_offers_the_lesson_exports(window):
    texts = _file_menu_texts(window)
    assert "Export Steps…" in texts and "Export as Web Page…" in texts
    assert window.act_export_steps.isEnabled() and window.act_export_page.isEnabled()


def test_export_steps_writes_the_breakpoint_span_as_a_gif(window, qtbot, tmp_path, monkeypatch):
    trace = window.trace
    lines = {17, 18}                      # the two myNewFunction() calls
    window.editor.set_breakpoints(lines)
    at = trace.next_breakpoint(0, lines, forward=True)
    window.go(at + 2)
    span = breakpoint_span(trace, window.index, lines)
    assert span == (at, trace.next_breakpoint(at, lines, forward=True))
    out = tmp_path / "span.gif"

    def run_dialog(dialog):
        assert dialog.r_span.isEnabled() and dialog.r_span.isChecked()
        dialog.format.setCurrentIndex(dialog.format.findData("gif"))
        dialog.size.setCurrentIndex(dialog.size.findData("1280x720"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportStepsDialog, "exec", run_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.act_export_steps.trigger()
    im = Image.open(out)
    assert im.n_frames == span[1] - span[0] + 1 and im.size == (1280, 720)
    assert "drawn to" in window.statusBar().currentMessage()


def test_video_formats_say_how_to_get_the_video_extra(window, qtbot, monkeypatch):
    monkeypatch.setattr(export_dialog, "video_available", lambda: False)
    dialog = ExportStepsDialog(window, window.trace, 0, set())
    qtbot.addWidget(dialog)
    assert not dialog.r_span.isEnabled()                   # no breakpoints: no span to export
    dialog.format.setCurrentIndex(dialog.format.findData("mp4"))
    assert not dialog.note.isHidden() and "pip install 'closure-explorer[video]'" in dialog.note.text()
    assert not dialog.export_button.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("gif"))
    assert dialog.note.isHidden() and dialog.export_button.isEnabled()


def test_export_as_web_page_from_the_window(window, tmp_path, monkeypatch):
    window.set_theme("dark")
    out = tmp_path / "page"                                    # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.act_export_page.trigger()
    text = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert DEFAULT_SAMPLE.name in text and 'data-theme="dark"' in text
    assert f'"count":{len(window.trace)}' in text
