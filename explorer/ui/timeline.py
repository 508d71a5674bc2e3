"""The timeline: a slider over the steps with marks for calls, console output, errors, breakpoints and the
start of each console entry."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.trace.model import StepKind

MARK_KINDS = ("call", "console", "error", "breakpoint", "entry")


def marks_of(trace) -> dict[str, list[int]]:
    """Step indexes worth a mark, by kind (computed once per trace)."""
    marks: dict[str, list[int]] = {k: [] for k in MARK_KINDS}
    for i in range(len(trace)):
        kind = trace.kind(i)          # not trace.steps: a Step carries its narration, slow to make for every step
        if kind == StepKind.CALL:
            marks["call"].append(i)
        elif kind == StepKind.THROWN:
            marks["error"].append(i)
    seen = set()
    for line in trace.console:
        if line.step not in seen and line.stream != "input":
            seen.add(line.step)
            marks["error" if line.stream in ("stderr", "error") else "console"].append(line.step)
    entries = getattr(trace, "entries", ())
    marks["entry"] = [e.start for e in entries]
    if len(trace) and trace.outcome.value == "uncaught-error":
        marks["error"].append(entries[0].start - 1 if entries else len(trace) - 1)
    return marks


class Timeline(QWidget):
    """Drag or click to scrub; arrows and Home/End move one step / to the ends."""

    moved = Signal(int)

    COLORS = {"call": "#3f73c9", "console": "#2c8a3e", "error": "#d1242f", "breakpoint": "#d73a49",
              "entry": "#7d5ac4"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)
        self.setToolTip("Timeline: drag to scrub through the steps.\n"
                        "Blue: calls · green: console output · red: errors · dots: breakpoints · "
                        "purple flags: console entries")
        self._count = 0
        self._value = 0
        self._marks: dict[str, list[int]] = {k: [] for k in MARK_KINDS}
        self._layer: QPixmap | None = None      # the marks, painted once (see _marks_layer)
        self._layer_key: tuple | None = None
        self._dragging = False
        self._accent = QColor("#2f6fdb")
        self._track = QColor("#c5cad3")

    def sizeHint(self) -> QSize:
        return QSize(400, 30)

    def set_colors(self, accent: QColor, track: QColor) -> None:
        self._accent, self._track = QColor(accent), QColor(track)
        self.update()

    def set_trace(self, trace) -> None:
        self._count = len(trace) if trace is not None else 0
        breakpoints = self._marks.get("breakpoint", [])
        self._marks = marks_of(trace) if trace is not None else {k: [] for k in MARK_KINDS}
        self._marks["breakpoint"] = breakpoints
        self._layer = None
        self._value = min(self._value, max(0, self._count - 1))
        self.update()

    def set_breakpoint_steps(self, steps: list[int]) -> None:
        self._marks["breakpoint"] = list(steps)
        self.update()

    def marks(self) -> dict[str, list[int]]:
        return {k: list(v) for k, v in self._marks.items()}

    def count(self) -> int:
        return self._count

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        if self._count:
            value = max(0, min(self._count - 1, value))
        if value != self._value:
            self._value = value
            self.update()

    # -- geometry
    def _marks_layer(self) -> QPixmap:
        """The marks, painted once per trace and size: a long run has 100,000 calls in a few hundred
        pixel columns, too many lines to draw again at every step."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), self._count, dpr)
        if self._layer is not None and self._layer_key == key:
            return self._layer
        layer = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        layer.setDevicePixelRatio(dpr)
        layer.fill(Qt.GlobalColor.transparent)
        p = QPainter(layer)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._track_rect()
        cy = r.center().y()
        for kind, top, bottom in (("call", -11, -5), ("console", 5, 11), ("error", -12, 12)):
            xs = sorted({round(self._x_of(step)) for step in self._marks.get(kind, [])})
            color = QColor(self.COLORS[kind])
            if len(xs) > r.width() / 4:
                # marks a pixel or two apart merge into a band: faint, so it does not read as progress
                color.setAlphaF(0.3)
            p.setPen(QPen(color, 2 if kind == "error" else 1.4))
            for x in xs:
                p.drawLine(QPointF(x, cy + top), QPointF(x, cy + bottom))
        p.end()
        self._layer, self._layer_key = layer, key
        return layer

    def _track_rect(self) -> QRectF:
        return QRectF(10, self.height() / 2 - 3, max(1, self.width() - 20), 6)

    def _x_of(self, step: int) -> float:
        r = self._track_rect()
        if self._count <= 1:
            return r.left()
        return r.left() + r.width() * step / (self._count - 1)

    def _step_at(self, x: float) -> int:
        r = self._track_rect()
        if self._count <= 1:
            return 0
        frac = (x - r.left()) / r.width()
        return max(0, min(self._count - 1, round(frac * (self._count - 1))))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._track_rect()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._track)
        p.drawRoundedRect(r, 3, 3)
        if self._count:
            done = QRectF(r.left(), r.top(), self._x_of(self._value) - r.left(), r.height())
            p.setBrush(self._accent)
            p.drawRoundedRect(done, 3, 3)
        cy = r.center().y()
        p.drawPixmap(0, 0, self._marks_layer())
        entry = QColor(self.COLORS["entry"])
        for step in self._marks.get("entry", []):
            # a flag where a console entry starts: a pole across the track and a pennant on top
            x = self._x_of(step)
            p.setPen(QPen(entry, 2))
            p.drawLine(QPointF(x, cy - 13), QPointF(x, cy + 12))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(entry)
            p.drawPolygon([QPointF(x, cy - 14), QPointF(x + 7, cy - 11), QPointF(x, cy - 8)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.COLORS["breakpoint"]))
        for step in self._marks.get("breakpoint", []):
            p.drawEllipse(QPointF(self._x_of(step), cy - 9), 3, 3)
        if self._count:
            x = self._x_of(self._value)
            p.setBrush(self.palette().base())
            p.setPen(QPen(self._accent, 2.5))
            p.drawEllipse(QPointF(x, cy), 8, 8)
        if self.hasFocus():
            p.setPen(QPen(self._accent, 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        p.end()

    # -- input
    def _emit_at(self, x: float) -> None:
        step = self._step_at(x)
        if step != self._value:
            self._value = step
            self.update()
            self.moved.emit(step)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._count:
            self._dragging = True
            self._emit_at(event.position().x())

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self._emit_at(event.position().x())
        elif self._count:
            step = self._step_at(event.position().x())
            self.setToolTip(f"step {step + 1} of {self._count}")

    def mouseReleaseEvent(self, event) -> None:
        self._dragging = False

    def keyPressEvent(self, event) -> None:
        key = event.key()
        target = {
            Qt.Key.Key_Left: self._value - 1,
            Qt.Key.Key_Right: self._value + 1,
            Qt.Key.Key_PageUp: self._value - 10,
            Qt.Key.Key_PageDown: self._value + 10,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: self._count - 1,
        }.get(key)
        if target is None or not self._count:
            super().keyPressEvent(event)
            return
        target = max(0, min(self._count - 1, target))
        if target != self._value:
            self._value = target
            self.update()
            self.moved.emit(target)
