"""One line over the diagram: why it shows the last run (the edited text does not parse), or a hint.

While the text does not parse, the diagram keeps the last recording that ran, dimmed: the banner names the
error (a click shows it in the editor). A program that stopped on a web page's name gets a hint instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel

STALE_OPACITY = 0.45     # the last good recording, while the text does not parse


class Banner(QLabel):
    clicked = Signal()

    def __init__(self, diagram, parent=None):
        super().__init__(parent, objectName="banner")
        self.diagram = diagram
        self.kind = ""                                   # "error", "hint" or "" (hidden)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._dim = QGraphicsOpacityEffect(diagram)
        self._dim.setOpacity(STALE_OPACITY)
        self._dim.setEnabled(False)
        diagram.setGraphicsEffect(self._dim)
        self.hide()

    @property
    def dimmed(self) -> bool:
        return self._dim.isEnabled()

    def show_stale(self, problem_text: str) -> None:
        """The edited text does not parse: the diagram (the last run) is dimmed, the error on one line (the editor
        marks it; the tooltip has it whole)."""
        self._dim.setEnabled(True)
        self._show(f"{problem_text} — showing the last run until the code parses again", "error")

    def show_hint(self, text: str) -> None:
        """A hint, read whole (two lines in a narrow panel); the diagram is the run's."""
        self._dim.setEnabled(False)
        self._show(text, "hint")

    def clear(self) -> None:
        self._dim.setEnabled(False)
        self.kind = ""
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.kind = kind
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(text)
        self.setWordWrap(kind == "hint")
        if kind == "hint":
            self.setText(text)
        else:
            width = max(120, self.diagram.width() - 24)
            self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.show()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
