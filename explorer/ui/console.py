"""The console: what the program printed, line by line (clicking a line goes to the step that printed it),
and under it an input line that continues the run, as Node's REPL does (issue 14).

``ConsolePanel`` = the sample's ``// Try:`` chips, the output (``ConsoleView``) and the input
(``ConsoleInput``: Enter runs, Shift+Enter adds a line, Up/Down go through the history). The panel
only says what the learner asked for (``submitted``, ``clearRequested``); the window decides what it
means: a new entry at the end of the run, or an answer at the step shown. ``EntryBook`` keeps each
file's entries for the session.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.theme import Theme, load_theme, mono_font

STEP_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsoleView(QListWidget):
    jump = Signal(int)      # step index

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("console")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._points = 11.0
        self.setFont(mono_font(self._points))
        self.setToolTip("Console output. Lines printed later are greyed out; click a line to go to the step that printed it.")
        self.theme = load_theme("light")
        self._step = 0
        self._steps: list[int] = []     # each line's step: ascending, as lines are added in the order printed
        self.hide_future = False      # presentation mode: no spoilers of what the program prints later
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setFont(mono_font(self._points))     # a new style sheet resets the font
        self._restyle()

    def set_font_size(self, points: float) -> None:
        self._points = points
        self.setFont(mono_font(points))
        self._restyle()       # each line has a font of its own

    def font_size(self) -> float:
        return self._points

    def clear(self) -> None:
        super().clear()
        self._steps = []

    def set_trace(self, trace) -> None:
        self.clear()
        if trace is None:
            return
        entries = getattr(trace, "entries", ())
        # the program's own uncaught error is told at its end, before any console entry
        program_end = entries[0].start - 1 if entries else len(trace) - 1
        told = False
        message = getattr(trace, "error_message", None)
        if not message or any(message in line.text for line in trace.console if line.stream == "stderr"):
            told = True
        for line in trace.console:
            if not told and line.step > program_end:
                self._program_error(trace, message, program_end)
                told = True
            self._add(line.text, line.step, line.stream)
        if not told:
            self._program_error(trace, message, program_end)
        self._restyle()

    def _program_error(self, trace, message: str, step: int) -> None:
        where = trace.error_range
        uncaught = getattr(getattr(trace, "outcome", None), "value", "uncaught-error") == "uncaught-error"
        # a step limit is not a JavaScript error: say what happened without "Uncaught"
        text = f"Uncaught {message}" if uncaught and not message.startswith("Uncaught") else message
        if where is not None:
            text += f"    (line {where.start_line}, column {where.start_column + 1})"
        self._add(text, step, "error")

    def add_note(self, text: str, kind: str = "note") -> None:
        """A line that is no part of the recording (an answer at a step, a hint): after the others."""
        self._add(text, self._steps[-1] if self._steps else 0, kind)
        self._restyle(self.count() - len(text.split("\n")))
        self.scrollToBottom()

    def show_problem(self, text: str) -> None:
        """A program that could not run at all: its syntax error, in red."""
        self.clear()
        self._add(text, 0, "error")
        self._restyle()

    def _add(self, text: str, step: int, kind: str) -> None:
        for n, part in enumerate(text.split("\n") or [""]):
            if kind == "input":
                part = ("> " if n == 0 else "… ") + part      # an entry, as the REPL echoes it
            item = QListWidgetItem(part)
            item.setData(STEP_ROLE, step)
            item.setData(KIND_ROLE, kind)
            item.setToolTip(f"printed at step {step + 1}: click to go there")
            self.addItem(item)
            self._steps.append(step)

    def set_step(self, step: int) -> None:
        low, high = sorted((self._step, step))
        self._step = step
        # only the lines printed from the earlier of the two steps to the later one look different now
        self._restyle(bisect_left(self._steps, low), bisect_right(self._steps, high))

    def set_hide_future(self, on: bool) -> None:
        """Hide the lines printed after the current step (shown greyed out otherwise)."""
        self.hide_future = on
        self._restyle()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._steps and (not self.hide_future or self._steps[0] <= self._step):
            return
        # an empty white box says nothing: say what will appear here
        p = QPainter(self.viewport())
        p.setFont(self.font())
        p.setPen(QColor(self.theme.palette["placeholder"]))
        p.drawText(self.viewport().rect().adjusted(10, 6, -10, -6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   "Nothing printed yet." if self.count() else "What the program prints appears here.")
        p.end()

    def lines(self) -> list[tuple[str, int, str]]:
        return [(self.item(n).text(), self.item(n).data(STEP_ROLE), self.item(n).data(KIND_ROLE))
                for n in range(self.count())]

    def _restyle(self, first: int = 0, end: int | None = None) -> None:
        """Style lines first to end (all of them by default) for the current step, and scroll to the last line
        printed so far."""
        t = self.theme
        for n in range(first, self.count() if end is None else end):
            item = self.item(n)
            step = item.data(STEP_ROLE)
            kind = item.data(KIND_ROLE)
            future = step > self._step and kind not in ("note", "input-at", "error-at")    # answers are not the trace's
            item.setHidden(future and self.hide_future)
            if kind in ("stderr", "error", "error-at"):
                color = QColor(t.editor["error"])
            elif kind in ("input", "input-at"):
                color = QColor(t.palette["link"])
            else:
                color = QColor(t.editor["text"])
            if future:
                color.setAlpha(90)
            item.setForeground(color)
            font = QFont(self.font())
            font.setItalic(future)
            font.setBold(step == self._step and not future)
            item.setFont(font)
        last_shown = bisect_right(self._steps, self._step) - 1
        if last_shown >= 0:
            self.scrollToItem(self.item(last_shown))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.jump.emit(int(item.data(STEP_ROLE)))


class EntryBook:
    """Each file's console entries for the session (a file is its path; an untitled program is "")."""

    def __init__(self):
        self._entries: dict[str, list[str]] = {}

    def entries(self, path: str | None) -> list[str]:
        return list(self._entries.get(path or "", ()))

    def add(self, path: str | None, code: str) -> None:
        self._entries.setdefault(path or "", []).append(code)

    def clear(self, path: str | None) -> None:
        self._entries.pop(path or "", None)


class ConsoleInput(QPlainTextEdit):
    """The input line: Enter runs, Shift+Enter adds a line, Up/Down walk the history (at the first/last line)."""

    submitted = Signal(str)
    MAX_LINES = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("consoleInput")
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history: list[str] = []
        self._at = 0                 # where Up/Down are in the history (len: the line being written)
        self._draft = ""             # what was being written before Up
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _line_height(self) -> int:
        return self.fontMetrics().lineSpacing()

    def _fit(self) -> None:
        lines = min(self.MAX_LINES, max(1, self.document().blockCount()))
        margins = self.contentsMargins()
        h = lines * self._line_height() + 2 * self.document().documentMargin() + margins.top() + margins.bottom()
        self.setFixedHeight(int(h) + 2)

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & Qt.KeyboardModifier.ShiftModifier:
            self.submit()
            return
        cursor = self.textCursor()
        if key == Qt.Key.Key_Up and cursor.blockNumber() == 0 and self._at > 0:
            if self._at == len(self.history):
                self._draft = self.toPlainText()
            self._at -= 1
            self._show(self.history[self._at])
            return
        if key == Qt.Key.Key_Down and cursor.blockNumber() == self.document().blockCount() - 1 \
                and self._at < len(self.history):
            self._at += 1
            self._show(self.history[self._at] if self._at < len(self.history) else self._draft)
            return
        super().keyPressEvent(event)

    def _show(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)

    def submit(self) -> None:
        code = self.toPlainText()
        if not code.strip():
            return
        if not self.history or self.history[-1] != code:
            self.history.append(code)
        self._at = len(self.history)
        self._draft = ""
        self.clear()
        self.submitted.emit(code)


class ConsolePanel(QWidget):
    """The sample's exercises as chips, the console output, and the input line with its ``>`` prompt."""

    submitted = Signal(str)         # what the learner typed and ran (an entry at the end, an answer at a step)
    exercise = Signal(str)          # a chip's exercise: always an entry, run after the program
    clearRequested = Signal()       # the learner asks to clear the entries (the window confirms)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("consolePanel")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(3)
        self.view = ConsoleView()
        v.addWidget(self.view, 1)
        self.chips_row = QWidget(objectName="consoleChips")
        self._chips_layout = QHBoxLayout(self.chips_row)
        self._chips_layout.setContentsMargins(0, 0, 0, 0)
        self._chips_layout.setSpacing(6)
        self.chips: list[QPushButton] = []
        v.addWidget(self.chips_row)
        self.chips_row.hide()
        row = QHBoxLayout()
        row.setSpacing(4)
        self.prompt = QLabel(">", objectName="consolePrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.prompt)
        self.input = ConsoleInput()
        self.input.submitted.connect(self.submitted)
        row.addWidget(self.input, 1)
        self.clear_button = QToolButton(objectName="consoleClear")
        self.clear_button.setText("Clear entries")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip("Remove this file's console entries and record the program alone again")
        self.clear_button.clicked.connect(self.clearRequested)
        self.clear_button.setEnabled(False)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        v.addLayout(row)
        self.set_mode(None)

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)
        self.input.setFont(mono_font(self.view.font_size()))
        self.prompt.setFont(mono_font(self.view.font_size()))
        self.prompt.setStyleSheet(f"color: {theme.palette['link']}; font-weight: bold; padding-top: 4px;")
        self.input._fit()

    def set_font_size(self, points: float) -> None:
        self.view.set_font_size(points)
        self.input.setFont(mono_font(points))
        self.prompt.setFont(mono_font(points))
        self.input._fit()

    def set_tries(self, tries) -> None:
        """The sample's ``// Try:`` exercises: a chip each, which types the code and runs it."""
        layout = self._chips_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.chips = []
        if tries:
            layout.addWidget(QLabel("Try:", objectName="paneTitle"))
            for code in tries:
                chip = QPushButton(code, objectName="consoleChip")
                chip.setCursor(Qt.CursorShape.PointingHandCursor)
                chip.setToolTip(f"Type {code} into the console and run it")
                chip.clicked.connect(lambda _c=False, text=code: self.run(text))
                layout.addWidget(chip)
                self.chips.append(chip)
            layout.addStretch(1)
        self.chips_row.setVisible(bool(self.chips))

    def run(self, code: str) -> None:
        """A chip: ``code`` goes into the history, as if typed, and runs after the program."""
        history = self.input.history
        if not history or history[-1] != code:
            history.append(code)
        self.input._at = len(history)
        self.exercise.emit(code)

    def set_entry_count(self, n: int) -> None:
        self.clear_button.setEnabled(n > 0)
        self.clear_button.setText(f"Clear entries ({n})" if n else "Clear entries")

    def set_mode(self, step: int | None) -> None:
        """Where Enter evaluates: at the end of the run (``None``: a new entry) or at step ``step``."""
        if step is None:
            self.input.setPlaceholderText("Type JavaScript and press Enter to run it after the program "
                                          "(Shift+Enter: new line, Up/Down: history)")
            self.prompt.setToolTip("Runs after the program, in the same memory (as Node's REPL)")
        else:
            self.input.setPlaceholderText(f"Evaluate at step {step + 1}, in the scope running there "
                                          "(Enter); nothing it changes is kept")
            self.prompt.setToolTip(f"Evaluates at step {step + 1} (as DevTools at a breakpoint)")


def newly_failing(before, after) -> list:
    """The entries (``Entry``) that ended without an error in ``before`` and end in one in ``after``: an edit of
    the program broke them."""
    out = []
    for old, new in zip(before, after):
        if old.code == new.code and not old.error and new.error:
            out.append(new)
    return out


class _Answering(QThread):
    """Evaluate at a step off the GUI thread and in a process of its own (explorer.recording): the program
    runs again up to the step, which may take a while, and whatever it does (a slow regular expression
    included) cannot hold the window; closing the window ends that process at once."""

    answered = Signal(object)        # StepAnswer

    def __init__(self, program: str, index: int, code: str, filename: str, entries):
        super().__init__()
        from explorer.recording import EvaluateJob, RecordingProcess

        self.job = EvaluateJob(program, index, code, filename, tuple(entries))
        self.process = RecordingProcess()

    def run(self) -> None:
        from explorer.recording import Answered
        from explorer.trace.evaluate import StepAnswer

        try:
            self.process.submit(self.job)
            message = self.process.receive()
        except (EOFError, OSError, ValueError):
            message = None
        finally:
            self.process.close()
        if isinstance(message, Answered):
            answer = message.answer
        else:
            answer = StepAnswer(self.job.step, (("error", "The program could not run again to this step "
                                                          "(its process ended)."),), True)
        self.answered.emit(answer)

    def kill(self) -> None:
        self.process.kill()


class ConsoleController(QObject):
    """What the console's input means in the window: at the end of the run, a new entry (kept in the
    window's ``EntryBook`` for this file, recorded with the program); elsewhere, an answer at that step.

    The window passes itself: its ``path``, ``session``, ``controller``, ``entry_book``, ``console_panel``,
    ``record()`` and status bar are what this uses.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = window.console_panel
        self._go_to_end = False          # the recording under way was asked for by a new entry
        self._entries_seen: dict[str, tuple] = {}    # the entries of the last trace shown, per file
        self._jobs: list = []            # answers at a step being computed

    def _key(self) -> str:
        return self.window.path or ""

    def at_end(self) -> bool:
        session = self.window.session
        return not session.has_steps() or session.at_end()

    def submit(self, code: str) -> None:
        if self.at_end():
            self.add_entry(code)
            return
        self.evaluate_here(code)

    def add_entry(self, code: str) -> None:
        """A new console entry for this file: recorded with the program, shown at its end."""
        w = self.window
        w.entry_book.add(w.path, code)
        self.panel.set_entry_count(len(w.entry_book.entries(w.path)))
        self._go_to_end = True
        w.record()

    def evaluate_here(self, code: str) -> None:
        """An answer at the step shown (see explorer.trace.evaluate), computed off the GUI thread (the
        program runs again up to that step); the recording does not change."""
        w = self.window
        index = w.session.index
        trace = w.session.trace
        program, entries = self._recorded_program(trace)
        self.panel.view.add_note(f"> {code}".replace("\n", "\n… ") + f"    (at step {index + 1})", "input-at")
        job = _Answering(program, index, code, trace.filename, entries)
        job.answered.connect(self._answered)
        job.finished.connect(lambda j=job: self._reap(j))
        self._jobs.append(job)
        self.panel.prompt.setText("…")
        job.start()

    def _answered(self, answer) -> None:
        view = self.panel.view
        for stream, text in answer.printed:
            view.add_note(text, "error-at" if stream in ("error", "stderr") else "note")
        if answer.note:
            view.add_note(answer.note, "note")

    def _reap(self, job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.panel.prompt.setText(">")
        job.deleteLater()

    def busy(self) -> bool:
        """An answer at a step is being computed."""
        return bool(self._jobs)

    def wait(self, ms: int = 10_000) -> None:
        for job in list(self._jobs):
            job.wait(ms)

    def shutdown(self) -> None:
        """The window closes: answers still being computed are not waited for."""
        for job in list(self._jobs):
            job.kill()

    def _recorded_program(self, trace) -> tuple[str, list[str]]:
        """The program text and the entries the trace shown was recorded from."""
        return trace.source, [e.code for e in trace.entries]

    def clear_entries(self) -> None:
        w = self.window
        entries = w.entry_book.entries(w.path)
        if not entries:
            return
        answer = QMessageBox.question(
            w, "Clear the console entries",
            f"Remove the {len(entries)} console entr{'y' if len(entries) == 1 else 'ies'} typed for this file "
            "and record the program alone again?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        w.entry_book.clear(w.path)
        self.panel.set_entry_count(0)
        w.record()

    def trace_shown(self, trace) -> None:
        if trace is None:
            return
        key = self._key()
        before = self._entries_seen.get(key, ())
        self._entries_seen[key] = tuple(trace.entries)
        broken = newly_failing(before, trace.entries)
        for e in broken:
            self.panel.view.add_note(f"Entry {e.index + 1} ({e.code.splitlines()[0]}) now fails after the edit: "
                                     f"{e.result.splitlines()[0]}", "error")
        if broken:
            self.window.statusBar().showMessage(
                f"{len(broken)} console entr{'y' if len(broken) == 1 else 'ies'} now fail{'s' if len(broken) == 1 else ''}"
                " after the edit: see the console.", 8000)

    def recording_finished(self, trace) -> None:
        """After the window has shown a recording a new entry asked for: its last step, the entry's end."""
        if self._go_to_end and trace is not None and len(trace):
            self._go_to_end = False
            self.window.controller.go(len(trace) - 1)
        w = self.window
        if trace is not None and len(trace.entries) < len(w.entry_book.entries(w.path)):
            # entries continue a program that finished (or stopped at an uncaught error), as a REPL would
            self.panel.view.add_note("The console entries did not run: the program did not finish "
                                     f"({trace.outcome.value.replace('-', ' ')}).", "error-at")

    def step_shown(self, index: int) -> None:
        self.panel.set_mode(None if self.at_end() else index)
