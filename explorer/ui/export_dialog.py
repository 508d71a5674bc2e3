"""File > Export Steps… and File > Export as Web Page…: the lesson exports, from the window.

The window hands over what it shows (its trace, step, breakpoints, theme, words
and diagram font size); the work is ``explorer.ui.export.export_steps``, the
same the command line does, with a progress dialog that can cancel it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.export import VIDEO_HELP, Cancelled, ExportOptions, ExportProblem, export_steps, video_available
from explorer.ui.lesson_frame import parse_size

FORMATS = (   # (key, label, suffix)
    ("frames", "Numbered PNG frames (a folder)", ""),
    ("gif", "Animated GIF", ".gif"),
    ("mp4", "Video: MP4 (H.264)", ".mp4"),
    ("webm", "Video: WebM (VP9)", ".webm"),
)
SIZES = (("Largest diagram of the range decides (full resolution)", ""), ("1920 × 1080", "1920x1080"),
         ("1280 × 720", "1280x720"))


def breakpoint_span(trace, index: int, lines: set[int]) -> tuple[int, int] | None:
    """The steps from the breakpoint at or before ``index`` to the next one after it (0-based, inclusive)."""
    if not lines or trace is None or len(trace) == 0:
        return None
    here = trace.step(index).range
    at_break = here is not None and trace.kind(index).value == "statement" and here.start_line in lines
    start = index if at_break else trace.next_breakpoint(index, lines, forward=False)
    end = trace.next_breakpoint(index, lines, forward=True)
    return (start, end) if start < end else None


class ExportStepsDialog(QDialog):
    """Which steps, as what, how they look and how fast: the choices of ``closure-explorer export``."""

    def __init__(self, parent, trace, index: int, breakpoints: set[int]):
        super().__init__(parent)
        self.setWindowTitle("Export Steps")
        self.trace = trace
        n = len(trace)
        self.span = breakpoint_span(trace, index, breakpoints)
        layout = QVBoxLayout(self)

        steps = QGroupBox("Steps")
        grid = QGridLayout(steps)
        self.range_choice = QButtonGroup(self)
        self.r_range = QRadioButton("From step")
        self.first = QSpinBox()
        self.last = QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, n)
            box.setGroupSeparatorShown(True)
        self.first.setValue(index + 1)
        self.last.setValue(n)
        row = QHBoxLayout()
        row.addWidget(self.first)
        row.addWidget(QLabel("to"))
        row.addWidget(self.last)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        span_text = (f"Breakpoint to breakpoint (steps {self.span[0] + 1:,}–{self.span[1] + 1:,})" if self.span
                     else "Breakpoint to breakpoint (set breakpoints with F9 first)")
        self.r_span = QRadioButton(span_text)
        self.r_span.setEnabled(self.span is not None)
        self.r_all = QRadioButton(f"The whole run ({n:,} steps)")
        for k, button in enumerate((self.r_range, self.r_span, self.r_all)):
            self.range_choice.addButton(button, k)
        grid.addWidget(self.r_range, 0, 0)
        grid.addWidget(holder, 0, 1)
        grid.addWidget(self.r_span, 1, 0, 1, 2)
        grid.addWidget(self.r_all, 2, 0, 1, 2)
        (self.r_span if self.span else self.r_all).setChecked(True)
        self.first.valueChanged.connect(lambda _v: self.r_range.setChecked(True))
        self.last.valueChanged.connect(lambda _v: self.r_range.setChecked(True))
        layout.addWidget(steps)

        form = QFormLayout()
        self.format = QComboBox()
        for key, label, _suffix in FORMATS:
            self.format.addItem(label, key)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem("Lesson: code, diagram, narration, console, step counter", "lesson")
        self.layout_choice.addItem("The memory diagram alone", "diagram")
        self.size = QComboBox()
        for label, size in SIZES:
            self.size.addItem(label, size)
        self.pace = QComboBox()
        self.pace.addItem("As long as each step's narration takes to read", "read")
        self.pace.addItem("A fixed time per step", "fixed")
        self.frame_ms = QSpinBox()
        self.frame_ms.setRange(100, 20_000)
        self.frame_ms.setSingleStep(100)
        self.frame_ms.setValue(900)
        self.frame_ms.setSuffix(" ms")
        pace_row = QHBoxLayout()
        pace_row.addWidget(self.pace, 1)
        pace_row.addWidget(self.frame_ms)
        pace_holder = QWidget()
        pace_holder.setLayout(pace_row)
        pace_row.setContentsMargins(0, 0, 0, 0)
        self.merge = QCheckBox("Show neighbouring steps whose diagrams are identical as one frame")
        form.addRow("Export as", self.format)
        form.addRow("Layout", self.layout_choice)
        form.addRow("Frame size", self.size)
        form.addRow("Each step lasts", pace_holder)
        form.addRow("", self.merge)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._update)
        self.pace.currentIndexChanged.connect(self._update)
        self._update()

    def kind(self) -> str:
        return self.format.currentData()

    def _update(self) -> None:
        kind = self.kind()
        animated = kind != "frames"
        self.pace.setEnabled(animated)
        self.frame_ms.setEnabled(animated and self.pace.currentData() == "fixed")
        video = kind in ("mp4", "webm")
        missing = video and not video_available()
        self.note.setText(VIDEO_HELP if missing else "")
        self.note.setVisible(missing)
        self.export_button.setEnabled(not missing)

    def steps(self) -> tuple[int, int]:
        """The chosen range, 0-based and inclusive."""
        if self.r_span.isChecked() and self.span is not None:
            return self.span
        if self.r_all.isChecked():
            return 0, len(self.trace) - 1
        a, b = sorted((self.first.value(), self.last.value()))
        return a - 1, b - 1

    def options(self, theme: str, terms: str, scale: float) -> ExportOptions:
        return ExportOptions(layout=self.layout_choice.currentData(), theme=theme, terms=terms, scale=scale,
                             size=parse_size(self.size.currentData()) if self.size.currentData() else None,
                             merge_identical=self.merge.isChecked(),
                             pace=self.pace.currentData(), frame_ms=self.frame_ms.value())


def _run(window, kind: str, out: str, first: int, last: int, opts: ExportOptions, title: str) -> None:
    """The export with a progress dialog; its outcome in the status bar, a problem in a message box."""
    progress = QProgressDialog(title, "Cancel", 0, last - first + 1, window)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def tick(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        return not progress.wasCanceled()

    try:
        message = export_steps(window.trace, kind, out, first, last, opts, progress=tick)
    except Cancelled:
        window.statusBar().showMessage("Export cancelled", 4000)
        return
    except ExportProblem as exc:
        QMessageBox.warning(window, title, f"The export could not be made: {exc}")
        return
    finally:
        progress.close()
    window.statusBar().showMessage(message[:1].upper() + message[1:], 8000)


def _ready(window, title: str) -> bool:
    trace = window.trace
    if trace is None or len(trace) == 0:
        QMessageBox.information(window, title, "There is no recording to export yet.")
        return False
    if trace.outcome.value == "preview":
        QMessageBox.information(window, title, "The whole run is still being recorded: export it once it is done.")
        return False
    return True


def _base_name(window) -> str:
    return Path(window.path).stem if getattr(window, "path", None) else "lesson"


def export_steps_dialog(window) -> None:
    """File > Export Steps…: a range, the breakpoint-to-breakpoint span or the whole run, as frames, GIF or video."""
    title = "Export Steps"
    if not _ready(window, title):
        return
    dialog = ExportStepsDialog(window, window.trace, window.index, set(window.editor.breakpoints()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    first, last = dialog.steps()
    key = dialog.kind()
    suffix = dict((k, s) for k, _label, s in FORMATS)[key]
    base = f"{_base_name(window)}-steps-{first + 1}-{last + 1}"
    if key == "frames":
        out = QFileDialog.getExistingDirectory(window, "A folder for the frames", str(Path.home()))
        if not out:
            return
        out = str(Path(out) / base)
        kind = "frames"
    else:
        out, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / (base + suffix)),
                                             f"{suffix[1:].upper()} (*{suffix})")
        if not out:
            return
        if not out.lower().endswith(suffix):
            out += suffix
        kind = "gif" if key == "gif" else "video"
    opts = dialog.options(window.theme.key, window.terms.value, window.diagram.fonts.scale)
    _run(window, kind, out, first, last, opts, title)


def export_web_page(window) -> None:
    """File > Export as Web Page…: the whole run as one HTML file a student opens in any browser."""
    title = "Export as Web Page"
    if not _ready(window, title):
        return
    out, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / (_base_name(window) + ".html")),
                                         "Web page (*.html)")
    if not out:
        return
    if not out.lower().endswith((".html", ".htm")):
        out += ".html"
    opts = ExportOptions(theme=window.theme.key, terms=window.terms.value, scale=window.diagram.fonts.scale)
    _run(window, "html", out, 0, len(window.trace) - 1, opts, title)


__all__ = ["ExportStepsDialog", "export_steps_dialog", "export_web_page", "breakpoint_span"]
