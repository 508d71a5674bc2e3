"""Starting the window: the application object, themes, the crash guard and the recovery of unsaved text."""

from __future__ import annotations

import datetime
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from explorer.lesson import DEFAULT_SAMPLE
from explorer.recovery import read_recovery

ORG, APP = "ClosureExplorer", "Closure Explorer"


def data_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    path = Path(base) if base else Path.home() / ".closure-explorer"
    return path


def log_path() -> Path:
    return data_dir() / "closure-explorer.log"


def recovery_path() -> Path:
    return data_dir() / "recovery.json"


def log_problem(title: str, detail: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')} {title}\n{detail}\n")
    except OSError:
        return None
    return path


class ProblemDialog(QDialog):
    """Something went wrong inside Closure Explorer: say so plainly, with details to copy."""

    def __init__(self, summary: str, detail: str, log: Path | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        text = QLabel(f"<b>Closure Explorer hit a problem it did not expect.</b><br>{summary}<br><br>"
                      "Your program and your edits are still there; you can keep working. "
                      "If it happens again, please report it with the details below.")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        if log is not None:
            where = QLabel(f"The details were also written to: {log}")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        self.details = QPlainTextEdit(detail)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy details", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(detail))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


_showing = False


def excepthook(exc_type, exc, tb) -> None:
    """Every uncaught Python exception ends here: logged, shown in a dialog, and the window lives on."""
    global _showing
    detail = "".join(traceback.format_exception(exc_type, exc, tb))
    log = log_problem("uncaught exception", detail)
    if exc_type is KeyboardInterrupt:
        QApplication.quit()
        return
    app = QApplication.instance()
    if app is None or _showing or os.environ.get("CLOSURE_EXPLORER_NO_DIALOG"):
        sys.stderr.write(detail)
        return
    _showing = True
    try:
        ProblemDialog(f"{exc_type.__name__}: {exc}", detail, log, app.activeWindow()).exec()
    finally:
        _showing = False


def _offer_recovery(window) -> bool:
    kept = read_recovery(recovery_path())
    if kept is None:
        return False
    path, text = kept
    name = Path(path).name if path else "an untitled program"
    answer = QMessageBox.question(
        window, "Recover unsaved edits?",
        f"Closure Explorer did not close properly last time. Unsaved edits of {name} were kept.\n"
        "Restore them?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        window.clear_recovery()
        return False
    window.set_source(text, path, modified=True)
    return True


def run_app(path: str | None) -> int:
    """Open the window (on ``path``, or on the first sample) and run until it closes."""
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP)
    sys.excepthook = excepthook

    from explorer.ui.mainwindow import MainWindow
    from explorer.ui.theme import sans_font

    app.setFont(sans_font(10.5))
    ini = os.environ.get("CLOSURE_EXPLORER_SETTINGS")
    settings = QSettings(ini, QSettings.Format.IniFormat) if ini else QSettings()
    window = MainWindow(settings, recovery_path=recovery_path())
    window.show()
    if not _offer_recovery(window):
        opened = window.open_path(path, ask=False) if path else window.reopen_last()
        if not opened:
            window.open_path(str(DEFAULT_SAMPLE), ask=False)
    QTimer.singleShot(0, window.raise_)
    run_app.window = window      # for tests and for the crash guard's parent
    return app.exec()
