"""The code a step points into when it is not the program's own text: what was given to ``eval`` or
``Function``. Shown read-only under the editor, with the step's range highlighted, while the
current step is inside it (the editor then marks the line that called it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..trace.model import SourceRange
from .editor import CodeEditor

KIND_WORDS = {"eval": "Code given to eval", "Function": "Code given to Function", "console": "Console entry"}


class PieceView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel("", objectName="paneTitle")
        self.code = CodeEditor(self)
        self.code.setReadOnly(True)
        layout.addWidget(self.title)
        layout.addWidget(self.code)
        self._piece: tuple | None = None
        self.hide()

    def show_step(self, trace, index: int, rng: SourceRange | None) -> SourceRange | None:
        """Show the piece of ``rng`` (or hide when it is the program's own text). Returns the range the
        program's editor should mark: ``rng``, or for a step inside a piece the last step in the program
        before it (the call that gave the code)."""
        piece = rng.piece if rng is not None else 0
        if not piece or trace is None or piece >= len(trace.pieces):
            self.hide()
            return rng
        label, text = trace.pieces[piece]
        if self._piece != (label, text):
            self._piece = (label, text)
            self.code.setPlainText(text)
            lines = min(8, max(2, text.count("\n") + 1))
            self.code.setFixedHeight(self.code.fontMetrics().lineSpacing() * lines + 14)
        if label == "console":
            # a console entry is called by nobody: the program's editor marks nothing meanwhile
            entry = trace.entry_of_step(index) if hasattr(trace, "entry_of_step") else None
            self.title.setText(f"Console entry {entry.index + 1 if entry is not None else ''} (read-only)")
            self.code.set_current_range(rng)
            self.show()
            return None
        caller = None
        j = index - 1
        while j >= 0 and index - j < 20_000:
            r = trace.step(j).range
            if r is not None and not r.piece:
                caller = r
                break
            j -= 1
        where = f", called at line {caller.start_line}" if caller is not None else ""
        self.title.setText(f"{KIND_WORDS.get(label, label)}{where} (read-only)")
        self.code.set_current_range(rng)
        self.show()
        return caller

    def text(self) -> str:
        return self.code.toPlainText()
