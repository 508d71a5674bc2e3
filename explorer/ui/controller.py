"""The window's session as signals: the views subscribe to the step and the trace shown, nobody calls them all.

The decisions live in ``explorer.session.Session`` (no Qt); this object only says what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.session import Session


class SessionController(QObject):
    traceChanged = Signal(object)     # the trace shown from now on (None: nothing recorded); stepChanged follows
    stepChanged = Signal(int)         # the step to show (also re-sent for the same number in a new trace)

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.session = session if session is not None else Session()
        # asked before a move within the trace shown: (current, target) -> the step to show instead (predict
        # mode stops a move forward before a question); None: every move goes where it was asked to
        self.gate = None

    def step(self):
        """The current step (a ``Step``), or None without a trace."""
        return self.session.trace.step(self.session.index) if self.session.has_steps() else None

    def go(self, index: int) -> None:
        if self.gate is not None and self.session.has_steps():
            index = self.gate(self.session.index, index)
        self._show(index)

    def _show(self, index: int) -> None:
        shown = self.session.go(index)
        if shown is not None:
            self.stepChanged.emit(shown)

    def navigate(self, name: str) -> None:
        target = self.session.target(name)
        if target is not None:
            self.go(target)

    def show_trace(self, trace, preview: bool = False) -> None:
        """A recording came back: every view takes the new trace, then the step the session chose is shown."""
        index = self.session.accept(trace, preview=preview)
        self.traceChanged.emit(trace)
        self._show(index)       # where the session put the learner: not a move, nothing to stop

    def clear(self) -> None:
        self.session.forget()
        self.traceChanged.emit(None)
