"""The console: what the program printed, line by line. Clicking a line goes to the step that printed it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

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
        for line in trace.console:
            self._add(line.text, line.step, line.stream)
        message = getattr(trace, "error_message", None)
        if message and not any(message in line.text for line in trace.console if line.stream == "stderr"):
            where = trace.error_range
            uncaught = getattr(getattr(trace, "outcome", None), "value", "uncaught-error") == "uncaught-error"
            # a step limit is not a JavaScript error: say what happened without "Uncaught"
            text = f"Uncaught {message}" if uncaught and not message.startswith("Uncaught") else message
            if where is not None:
                text += f"    (line {where.start_line}, column {where.start_column + 1})"
            self._add(text, len(trace) - 1, "error")
        self._restyle()

    def show_problem(self, text: str) -> None:
        """A program that could not run at all: its syntax error, in red."""
        self.clear()
        self._add(text, 0, "error")
        self._restyle()

    def _add(self, text: str, step: int, kind: str) -> None:
        for part in text.split("\n") or [""]:
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
            future = step > self._step
            item.setHidden(future and self.hide_future)
            if kind in ("stderr", "error"):
                color = QColor(t.editor["error"])
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
