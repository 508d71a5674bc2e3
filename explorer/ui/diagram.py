"""The memory panel: paints the ``Drawing`` of the current step in a QGraphicsView.

The layout (what goes where) is ``diagram_layout``; this module only paints
it, animates boxes between steps, answers hovering, zooms and exports.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QPointF, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem,
                               QGraphicsView)

from explorer.trace.model import Outcome, StepKind, Terms
from explorer.ui.diagram_layout import Arrow, Box, Drawing, Layout, Metrics, Thrown, legend
from explorer.ui.terms import labels
from explorer.ui.theme import MONO_FAMILIES, SANS_FAMILIES, Theme, load_theme

ANIMATION_MS = 280
READABLE_ZOOM = 0.6      # the automatic fit shows the whole diagram down to this size (a laptop's panel),
                         # below it the panel scrolls instead
WIDTH_FIT_ZOOM = 0.5     # ... except a little below it to spare a sideways scroll bar
WHOLE_MIN_ZOOM = 0.3     # "fit whole diagram" goes this far
FIT_MAX_ZOOM = 1.6
SURVEY_STEPS = 120       # steps of a new trace laid out ahead of time, so that sizes and zoom hold still
SURVEY_SCAN_LIMIT = 50_000   # past this many steps the survey does not read every step's kind
SURVEY_SECONDS = 0.25    # the survey's time budget: a runaway recursion has steps with thousands of contexts
MEASURED_TEXTS = 20_000  # text widths the diagram's fonts remember
_ROUTINE_KINDS = frozenset({StepKind.STATEMENT, StepKind.CONSOLE, StepKind.ASSIGNED})   # they rarely add a box


class Fonts:
    """The diagram's fonts, in pixels so the layout does not depend on the screen's DPI."""

    def __init__(self, scale: float = 1.0):
        self.scale = scale
        self.title = self._font(SANS_FAMILIES, 15, bold=True)
        self.row = self._font(MONO_FAMILIES, 14)
        self.chip = self._font(MONO_FAMILIES, 13.5)
        self.small = self._font(SANS_FAMILIES, 12.5)
        self.header = self._font(SANS_FAMILIES, 13, bold=True)
        self.header.setCapitalization(QFont.Capitalization.AllUppercase)
        self.header.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
        self.note = QFont(self.small)
        self.note.setItalic(True)
        self.row_italic = QFont(self.row)         # `this` and `arguments`
        self.row_italic.setItalic(True)
        self.chip_italic = QFont(self.chip)       # <uninitialized>
        self.chip_italic.setItalic(True)
        self.font_metrics = {k: QFontMetricsF(getattr(self, k)) for k in ("title", "row", "chip", "small", "note")}
        self._widths: dict[tuple[str, str], float] = {}

    def _font(self, families, px, bold=False) -> QFont:
        f = QFont()
        f.setFamilies(families)
        f.setPixelSize(max(6, round(px * self.scale)))
        f.setBold(bold)
        return f

    def measure(self, text: str, kind: str) -> float:
        """The width of ``text`` in a font; remembered, as the same names and values are laid out step after step."""
        key = (text, kind)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= MEASURED_TEXTS:     # a long run of ever new values: start again
                self._widths.clear()
            width = self._widths[key] = self.font_metrics[kind].horizontalAdvance(text) if text else 0.0
        return width


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` with a little of ``tint``: an opaque pale fill, so arrows behind a box stay hidden."""
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))


def _value_color(theme: Theme, vkind: str) -> QColor:
    return {
        "string": theme.c("string"),
        "number": theme.c("number"),
        "bigint": theme.c("number"),
        "boolean": theme.c("keyword"),
        "undefined": theme.c("dim"),
        "null": theme.c("keyword"),
        "symbol": theme.c("keyword"),
        "tdz": theme.c("tdz"),
        "more": theme.c("dim"),
        "queue": theme.c("text"),
    }.get(vkind, theme.c("text"))


class BoxItem(QGraphicsObject):
    """One box: Global Memory, an execution context, a backpack, an object or a queue."""

    def __init__(self, box: Box, diagram: "MemoryDiagram"):
        super().__init__()
        self.box = box
        self.diagram = diagram
        self.emphasis = False
        self.setPos(box.x, box.y)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        # painted once into a pixmap and reused while boxes slide and fade between steps
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if box.ghost:
            self.setOpacity(0.5)

    def paints_like(self, box: Box) -> bool:
        """Whether ``box`` paints the same picture as this item's box, where it is or a whole number of screen
        pixels away: then the item, and the pixmap it was painted into, serve the next step too. A box that moved
        by a fraction of a pixel is painted afresh, as the pixmap's antialiasing holds the fraction of a pixel it
        was painted at; a ghost's note is painted at the opacity of the moment, so a ghost is never kept."""
        if box.ghost or self.box.ghost or replace(self.box, x=box.x, y=box.y, origin=box.origin) != box:
            return False
        # the zoom of the moment: a new zoom has every pixmap painted afresh anyway
        pixels = self.diagram.transform().m11() * self.diagram.devicePixelRatioF()
        return _whole((box.x - self.box.x) * pixels) and _whole((box.y - self.box.y) * pixels)

    def take(self, box: Box) -> None:
        """Show ``box`` (which paints like this item's box) where it sits now, at full opacity: a fade cut short
        by the step before does not linger."""
        self.box = box
        self.setPos(box.x, box.y)
        self.setOpacity(1.0)

    def boundingRect(self) -> QRectF:
        handle = self.diagram.metrics.handle_h + 4
        return QRectF(-4, -handle, self.box.w + 8, self.box.h + handle + 4)

    def row_anchor(self, index: int) -> QPointF:
        b = self.box
        m = self.diagram.metrics
        if index < 0 or index >= len(b.rows):
            return self.pos() + QPointF(b.w, m.title_h / 2)
        row = b.rows[index]
        return self.pos() + QPointF(row.chip_x + row.chip_w + 2, row.y + m.row_h / 2)

    def _colors(self) -> tuple[QColor, QColor]:
        t = self.diagram.theme
        kind = self.box.kind
        if kind == "global":
            return t.c("global_fill"), t.c("global_border")
        if kind == "context":
            return t.c("context_fill"), t.c("context_border")
        if kind == "global-context":
            return t.c("context_global_fill"), t.c("context_border")
        if kind == "backpack":
            return t.c("backpack_fill"), t.c("backpack_border")
        if kind == "queue":
            return t.c("queue_fill"), t.c("queue_border")
        if kind == "exception":
            return _blend(t.c("background"), t.e("error"), 0.12), t.e("error")
        return t.c("object_fill"), t.c("object_border")

    def paint(self, p: QPainter, option, widget=None) -> None:
        b = self.box
        t = self.diagram.theme
        f = self.diagram.fonts
        m = self.diagram.metrics
        k = m.scale
        fill, border = self._colors()
        if b.ghost:
            fill = QColor(fill)
            fill.setAlpha(120)
        rect = QRectF(0, 0, b.w, b.h)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)

        if b.kind == "backpack" and b.bag:    # the handle on top makes it a bag
            p.setPen(QPen(border, 3.0 * k))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(b.w / 2 - 26 * k, -m.handle_h, 52 * k, 2 * m.handle_h + 2 * k), 0, 180 * 16)

        pen = QPen(t.c("hover") if self.emphasis else border, (3.0 if self.emphasis else 1.6) * k)
        if b.ghost:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 10 * k, 10 * k)

        # title band
        band = QColor(border)
        band.setAlpha(38)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.8 * k, 0.8 * k, b.w - 1.6 * k, m.title_h), 9 * k, 9 * k)
        p.fillPath(path, band)

        p.setFont(f.title)
        p.setPen(t.c("text") if not b.ghost else t.c("released"))
        title_right = b.w - m.pad
        if b.badge:
            bw = f.measure(b.badge, "small") + 16 * k
            badge_rect = QRectF(b.w - m.pad - bw, 7 * k, bw, m.title_h - 14 * k)
            color = t.c("phase_creation") if b.badge_kind == "creation" else t.c("phase_execution")
            p.setPen(QPen(color, 1.2 * k))
            bg = QColor(color)
            bg.setAlpha(40)
            p.setBrush(bg)
            p.drawRoundedRect(badge_rect, 9 * k, 9 * k)
            p.setFont(f.small)
            p.setPen(color)
            p.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, b.badge)
            title_right = badge_rect.left() - 6 * k
            p.setFont(f.title)
            p.setPen(t.c("text") if not b.ghost else t.c("released"))
        title = f.font_metrics["title"].elidedText(b.title, Qt.TextElideMode.ElideRight, title_right - m.pad)
        p.drawText(QRectF(m.pad, 0, title_right - m.pad, m.title_h), Qt.AlignmentFlag.AlignVCenter, title)

        y = m.title_h
        p.setFont(f.small)
        if b.subtitle:
            p.setPen(t.c("section"))
            subtitle_font = "small"
            if b.kind == "exception":     # the error's message is what the box is about
                subtitle_font = "chip"
                p.setFont(f.chip)
                p.setPen(t.c("text"))
            subtitle = f.font_metrics[subtitle_font].elidedText(b.subtitle, Qt.TextElideMode.ElideRight, b.w - 2 * m.pad)
            p.drawText(QRectF(m.pad, y, b.w - 2 * m.pad, m.subtitle_h), Qt.AlignmentFlag.AlignVCenter, subtitle)
            y += m.subtitle_h
        if b.note:
            p.setFont(f.note)
            survives = b.note == self.diagram.labels.survives
            p.setPen(t.c("backpack_border") if survives else t.c("section"))
            if b.ghost:
                # the box fades, but what happened to it is the point of the step: say it clearly
                p.save()
                p.setOpacity(min(1.0, self.opacity() * 2))
                p.setPen(t.c("backpack_border") if survives else t.c("text"))
            note = f.font_metrics["note"].elidedText(b.note, Qt.TextElideMode.ElideRight, b.w - 2 * m.pad)
            p.drawText(QRectF(m.pad, y, b.w - 2 * m.pad, m.note_h), Qt.AlignmentFlag.AlignVCenter, note)
            if b.ghost:
                p.restore()
            y += m.note_h

        for s in b.sections:
            p.setFont(f.small)
            p.setPen(t.c("section"))
            label_w = f.measure(s.label, "small")
            p.drawText(QRectF(m.pad, s.y, b.w - 2 * m.pad, m.section_h), Qt.AlignmentFlag.AlignVCenter, s.label)
            line = QColor(t.c("section"))
            line.setAlpha(70)
            p.setPen(QPen(line, k))
            p.drawLine(QPointF(m.pad + label_w + 8 * k, s.y + m.section_h / 2), QPointF(b.w - m.pad, s.y + m.section_h / 2))
            if s.row_index >= len(b.rows):
                self._draw_empty(p, s.y + m.section_h)

        if not b.rows and b.empty_text and not b.sections:
            self._draw_empty(p, y + 4 * k)

        tag_w = max((f.measure(r.tag, "small") for r in b.rows if r.tag), default=0)
        for row in b.rows:
            self._draw_row(p, row, tag_w)

    def _draw_empty(self, p: QPainter, y: float) -> None:
        f = self.diagram.fonts
        m = self.diagram.metrics
        p.setFont(f.note)       # the small font in italics
        p.setPen(self.diagram.theme.c("dim"))
        p.drawText(QRectF(m.pad, y, self.box.w - 2 * m.pad, m.row_h), Qt.AlignmentFlag.AlignVCenter,
                   self.box.empty_text or "(empty)")

    def _draw_row(self, p: QPainter, row, tag_w: float) -> None:
        t = self.diagram.theme
        f = self.diagram.fonts
        m = self.diagram.metrics
        k = m.scale
        b = self.box
        ry = row.y
        if row.changed:
            hl = QRectF(4 * k, ry + k, b.w - 8 * k, m.row_h - 2 * k)
            p.setPen(QPen(t.c("changed_border"), 1.4 * k))
            p.setBrush(t.c("changed"))
            p.drawRoundedRect(hl, 5 * k, 5 * k)
        p.save()
        if row.dim:
            p.setOpacity(0.45)
        x = m.pad
        if tag_w:
            if row.tag:
                p.setFont(f.small)
                p.setPen(t.c("tag"))
                p.drawText(QRectF(x, ry, tag_w, m.row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, row.tag)
            x += tag_w + m.tag_gap
        p.setFont(f.row_italic if row.special else f.row)
        p.setPen(t.c("keyword") if row.special else t.c("text"))
        name = row.name + ":" if row.text else row.name      # a queued job with no script function to show
        p.drawText(QRectF(x, ry, row.chip_x - x, m.row_h), Qt.AlignmentFlag.AlignVCenter, name)

        cx = row.chip_x
        chip = QRectF(cx, ry + 3 * k, row.chip_w, m.row_h - 6 * k)
        p.setFont(f.chip)
        if row.vkind == "function":
            hovered = self.diagram.hovered_function is not None and row.target == self.diagram.hovered_function
            p.setPen(QPen(t.c("hover") if hovered else t.c("chip_border"), (2.0 if hovered else 1.2) * k))
            p.setBrush(t.c("chip_fill"))
            p.drawRoundedRect(chip, 8 * k, 8 * k)
            p.setPen(t.c("chip_text"))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, row.text)
        elif row.vkind == "object":
            p.setPen(QPen(t.c("object_border"), 1.2 * k))
            p.setBrush(t.c("ref_chip_fill"))
            p.drawRoundedRect(chip, 5 * k, 5 * k)
            p.setPen(t.c("ref_chip_text"))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, row.text)
        elif row.vkind == "tdz":
            pen = QPen(t.c("tdz"), 1.2 * k)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(chip, 5 * k, 5 * k)
            p.setFont(f.chip_italic)
            p.setPen(t.c("tdz"))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, row.text)
        else:
            p.setPen(_value_color(t, row.vkind))
            p.drawText(QRectF(cx, ry, b.w - cx - m.pad, m.row_h), Qt.AlignmentFlag.AlignVCenter, row.text)
        p.restore()

    # -- hovering
    def _row_at(self, pos: QPointF):
        m = self.diagram.metrics
        for n, row in enumerate(self.box.rows):
            if row.y <= pos.y() < row.y + m.row_h:
                return n, row
        return None, None

    def hoverMoveEvent(self, event) -> None:
        m = self.diagram.metrics
        n, row = self._row_at(event.pos())
        fn = None
        if row is not None:
            tip = f"{row.tag} {row.name} = {row.full_text}".strip() if row.tag else f"{row.name}: {row.full_text}"
            if not row.full_text:
                tip = row.name
            if row.dim:
                tip += f"\n{self.diagram.labels.not_kept}: no function uses this variable, so V8 drops it"
            self.setToolTip(tip)
            if row.vkind == "function" and row.chip_x <= event.pos().x() <= row.chip_x + row.chip_w:
                fn = row.target
        elif self.box.function_id is not None and event.pos().y() < m.title_h:
            fn = self.box.function_id
            self.setToolTip(self.box.title)
        else:
            self.setToolTip(self.box.note or "")
        self.diagram.set_hovered_function(fn)

    def hoverLeaveEvent(self, event) -> None:
        self.diagram.set_hovered_function(None)


class ArrowItem(QGraphicsPathItem):
    def __init__(self, arrow: Arrow, src: BoxItem, dst: BoxItem, diagram: "MemoryDiagram"):
        super().__init__()
        self.arrow = arrow
        self.src = src
        self.dst = dst
        self.diagram = diagram
        self.emphasis = False
        self.head = QPolygonF()
        self.end_offset = 0.0       # arrows into the same side of a box land side by side, not on one point
        self.setZValue(2 if arrow.kind in ("backpack", "scope", "callback") else 0.5)
        self.update_path()

    def side(self) -> str:
        """Which side of its target the arrow enters: "left" (from the column on the left) or "right"."""
        sb, db = self.src.box, self.dst.box
        return "left" if db.x > sb.x + 1 else "right"

    def start_y(self) -> float:
        b = self.src.box
        m = self.diagram.metrics
        if 0 <= self.arrow.src_row < len(b.rows):
            return b.y + b.rows[self.arrow.src_row].y + m.row_h / 2
        return b.y + m.title_h / 2

    def _pen(self) -> QPen:
        t = self.diagram.theme
        k = self.diagram.metrics.scale
        kind = self.arrow.kind
        if kind == "backpack":
            pen = QPen(t.c("backpack_arrow"), 2.4 * k)
        elif kind == "scope":
            pen = QPen(t.c("backpack_arrow"), 1.8 * k, Qt.PenStyle.DashLine)
        elif kind == "parent":
            pen = QPen(t.c("section"), 1.5 * k, Qt.PenStyle.DotLine)
        elif kind == "callback":          # long dashes in the queue's colour: not a backpack, a job to be run
            pen = QPen(t.c("queue_border"), 2.0 * k)
            pen.setDashPattern([4.0, 3.0])
        else:
            pen = QPen(t.c("arrow"), 1.7 * k)
        if self.emphasis:
            pen.setColor(t.c("hover"))
            pen.setWidthF(pen.widthF() + 1.4 * k)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def update_path(self) -> None:
        a = self.arrow
        m = self.diagram.metrics
        k = m.scale
        start = self.src.row_anchor(a.src_row)
        sb, db = self.src.box, self.dst.box
        spos, dpos = self.src.pos(), self.dst.pos()
        path = QPainterPath()
        same_column = abs(spos.x() - dpos.x()) < 1
        if same_column:
            chip_end = start
            if a.src_row >= 0:
                start = QPointF(spos.x() + sb.w, start.y())
            end = QPointF(dpos.x() + db.w, dpos.y() + m.title_h / 2 + self.end_offset)
            bulge = (36 + min(60, abs(end.y() - start.y()) * 0.15 / k)) * k
            drawing = self.diagram._drawing
            if spos.x() < m.margin + 1 and drawing is not None:
                # the left column: the curve (which reaches 3/4 of its bulge) stays in the gap between columns,
                # clear of the arrows arriving at the right column
                bulge = min(bulge, drawing.gap * 0.7 / 0.75)
            if a.kind == "callback" and a.src_row >= 0:     # from the function's chip, as across the columns
                path.moveTo(chip_end)
                path.lineTo(start)
            else:
                path.moveTo(start)
            path.cubicTo(QPointF(start.x() + bulge, start.y()), QPointF(end.x() + bulge, end.y()), end)
            tangent = QPointF(-1, 0)
        elif dpos.x() > spos.x():
            end = QPointF(dpos.x(), dpos.y() + m.title_h / 2 + self.end_offset)
            path.moveTo(start)
            edge = QPointF(spos.x() + sb.w, start.y())      # leave the box straight, then curve
            if edge.x() > start.x():
                path.lineTo(edge)
            dx = max(30.0 * k, (end.x() - edge.x()) * 0.5)
            path.cubicTo(QPointF(edge.x() + dx, edge.y()), QPointF(end.x() - dx, end.y()), end)
            tangent = QPointF(1, 0)
        else:
            start = QPointF(spos.x(), spos.y() + m.title_h / 2)
            end = QPointF(dpos.x() + db.w, dpos.y() + m.title_h / 2 + self.end_offset)
            dx = max(40.0 * k, (start.x() - end.x()) * 0.5)
            path.moveTo(start)
            path.cubicTo(QPointF(start.x() - dx, start.y()), QPointF(end.x() + dx, end.y()), end)
            tangent = QPointF(-1, 0)
        size = 9.0 * k
        back = QPointF(end.x() - tangent.x() * size, end.y() - tangent.y() * size)
        normal = QPointF(-tangent.y(), tangent.x())
        head = QPolygonF([end, back + normal * (size * 0.55), back - normal * (size * 0.55)])
        if path == self.path() and head == self.head:
            return              # an arrow that has not moved is not painted again
        self.prepareGeometryChange()     # before the head moves: the scene's index finds the item by its old bounds
        self.head = head
        self.setPath(path)

    def boundingRect(self) -> QRectF:
        e = 4 * self.diagram.metrics.scale
        return super().boundingRect().united(self.head.boundingRect()).adjusted(-e, -e, e, e)

    def paint(self, p: QPainter, option, widget=None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self._pen()
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(self.path())
        start = self.path().elementAt(0)
        p.setBrush(pen.color())
        p.setPen(Qt.PenStyle.NoPen)
        if self.arrow.src_row >= 0 and self.arrow.kind in ("ref", "backpack", "callback"):
            r = 3.2 * self.diagram.metrics.scale
            p.drawEllipse(QPointF(start.x, start.y), r, r)
        p.drawPolygon(self.head)


def _code_excerpt(line: str, column: int, width: int = 56) -> tuple[str, int]:
    """The source line as the card shows it (tabs expanded, long lines cut around the column) and the caret's column."""
    before = line[:column].expandtabs(4)
    text = line.expandtabs(4)
    caret = len(before)
    if len(text) > width:
        start = max(0, min(caret - width // 2, len(text) - width))
        end = start + width
        head = "…" if start > 0 else ""
        tail = "…" if end < len(text) else ""
        text = head + text[start:end] + tail
        caret = caret - start + len(head)
    return text.rstrip(), caret


class ProblemItem(QGraphicsObject):
    """Why the program cannot run: a card with what is wrong, where, and the line with a caret under the place."""

    def __init__(self, diagram: "MemoryDiagram", title: str, message: str, where: str, code: str,
                 caret: int | None, hint: str):
        super().__init__()
        self.diagram = diagram
        self.title, self.message, self.where, self.code, self.caret, self.hint = title, message, where, code, caret, hint
        f, k = diagram.fonts, diagram.metrics.scale
        self.pad = 16 * k
        self.message_font = QFont(f.title)
        self.message_font.setBold(False)
        self.hint_font = QFont(f.small)
        self.hint_font.setItalic(True)
        code_w = QFontMetricsF(f.row).horizontalAdvance(self._gutter() + code) if code else 0
        self.w = max(420 * k, min(620 * k, max(code_w, QFontMetricsF(self.message_font).horizontalAdvance(message))
                                  + 2 * self.pad))
        inner = self.w - 2 * self.pad
        wrap = Qt.TextFlag.TextWordWrap
        self.title_h = QFontMetricsF(f.title).height() + 14 * k
        self.message_h = QFontMetricsF(self.message_font).boundingRect(QRectF(0, 0, inner, 10_000), wrap, message).height()
        self.where_h = QFontMetricsF(f.small).height() + 8 * k if where else 0
        line_h = QFontMetricsF(f.row).lineSpacing()
        self.code_h = (2 * line_h + 14 * k) if code else 0
        self.hint_h = (QFontMetricsF(self.hint_font).boundingRect(QRectF(0, 0, inner, 10_000), wrap, hint).height()
                       + 10 * k) if hint else 0
        self.h = self.title_h + self.message_h + self.where_h + self.code_h + self.hint_h + 2 * self.pad

    def _gutter(self) -> str:
        number = self.where.split(",")[0].removeprefix("line ").strip() if self.where else ""
        return f"{number} │ " if number.isdigit() else ""

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.w + 4, self.h + 4)

    def paint(self, p: QPainter, option, widget=None) -> None:
        t = self.diagram.theme
        f = self.diagram.fonts
        k = self.diagram.metrics.scale
        error = t.e("error")
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(error)
        fill.setAlpha(22)
        p.setPen(QPen(error, 1.8 * k))
        p.setBrush(t.c("background"))
        p.drawRoundedRect(QRectF(0, 0, self.w, self.h), 10 * k, 10 * k)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(0, 0, self.w, self.h), 10 * k, 10 * k)
        x, y, inner = self.pad, self.pad, self.w - 2 * self.pad
        p.setFont(f.title)
        p.setPen(error)
        p.drawText(QRectF(x, y, inner, self.title_h), Qt.AlignmentFlag.AlignTop, "✖  " + self.title)
        y += self.title_h
        p.setFont(self.message_font)
        p.setPen(t.c("text"))
        p.drawText(QRectF(x, y, inner, self.message_h), Qt.TextFlag.TextWordWrap, self.message)
        y += self.message_h
        if self.where:
            bold = QFont(f.small)
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(t.c("section"))
            p.drawText(QRectF(x, y + 4 * k, inner, self.where_h), Qt.AlignmentFlag.AlignTop, self.where)
            y += self.where_h
        if self.code:
            box = QRectF(x, y + 4 * k, inner, self.code_h - 6 * k)
            p.setPen(QPen(t.c("section"), 0.8 * k))
            p.setBrush(t.e("background"))
            p.drawRoundedRect(box, 6 * k, 6 * k)
            p.setFont(f.row)
            fm = QFontMetricsF(f.row)
            gutter = self._gutter()
            tx, ty = box.left() + 10 * k, box.top() + 5 * k
            p.setPen(t.c("dim"))
            p.drawText(QPointF(tx, ty + fm.ascent()), gutter)
            p.setPen(t.e("text"))
            p.drawText(QPointF(tx + fm.horizontalAdvance(gutter), ty + fm.ascent()), self.code)
            if self.caret is not None:
                # the place: a thick line under its character and a caret pointing at it
                cx = tx + fm.horizontalAdvance(gutter + self.code[: self.caret])
                end = self.caret + 1
                while end < len(self.code) and self.code[self.caret].isalnum() and (self.code[end].isalnum()
                                                                                   or self.code[end] in "_$"):
                    end += 1                     # a word: all of it, as the editor underlines it
                cw = fm.horizontalAdvance(self.code[self.caret: end] or " ")
                base = ty + fm.ascent() + fm.descent() + 1.5 * k
                p.setPen(QPen(error, 2.4 * k, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                p.drawLine(QPointF(cx, base), QPointF(cx + cw, base))
                mid, size = cx + cw / 2, 6 * k
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(error)
                p.drawPolygon(QPolygonF([QPointF(mid, base + 3 * k), QPointF(mid - size, base + 3 * k + 1.4 * size),
                                         QPointF(mid + size, base + 3 * k + 1.4 * size)]))
            y += self.code_h
        if self.hint:
            p.setFont(self.hint_font)
            p.setPen(t.c("section"))
            p.drawText(QRectF(x, y + 6 * k, inner, self.hint_h), Qt.TextFlag.TextWordWrap, self.hint)


def _spread(items: list[int], count: int) -> list[int]:
    """``count`` of ``items``, evenly spaced, the first and the last among them."""
    if len(items) <= count:
        return list(items)
    return [items[round(j * (len(items) - 1) / (count - 1))] for j in range(count)]


def _survey_picks(trace) -> list[int]:
    """The steps the survey lays out: those that add or remove boxes first (calls, returns, new closures,
    objects, queued work, errors), then others evenly spread, at most SURVEY_STEPS in all."""
    n = len(trace)
    if n <= SURVEY_STEPS:
        return list(range(n))
    everything = list(range(n))
    if n > SURVEY_SCAN_LIMIT:
        return _spread(everything, SURVEY_STEPS)
    shaping = [i for i in everything if trace.kind(i) not in _ROUTINE_KINDS]
    picks = set(_spread(shaping, SURVEY_STEPS // 2))
    picks.update(_spread(everything, SURVEY_STEPS - len(picks)))
    return sorted(picks)


def _coarse_first(picks: list[int]) -> list[int]:
    """The same steps, every 32nd first, then every 16th, and so on: a survey cut short still covers the trace."""
    order, seen = [], set()
    for stride in (32, 16, 8, 4, 2, 1):
        for k in range(0, len(picks), stride):
            if k not in seen:
                seen.add(k)
                order.append(picks[k])
    return order


class MemoryDiagram(QGraphicsView):
    """The memory panel. ``show_step(trace, i)`` draws step i; ``drawn()`` lists what it drew."""

    functionHovered = Signal(object)   # SourceRange of the hovered function, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("diagram")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)   # set_zoom keeps its own anchor
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.theme = load_theme("light")
        self.terms = Terms.HARD_PARTS
        self.labels = labels(self.terms)
        self.fonts = Fonts(1.0)
        self.metrics = Metrics(1.0)
        self.animations = True
        self.fit_mode = "readable"
        self.zoom = 1.0
        self.hovered_function: int | None = None
        self._trace = None
        self._index = -1
        self._drawing: Drawing | None = None
        self._items: dict[str, BoxItem] = {}
        self._arrows: list[ArrowItem] = []
        self._headers: dict[tuple, QGraphicsSimpleTextItem] = {}
        self._items_stale = False    # painted for another trace, theme, words or font size: none is kept
        self._reset_sizes()
        self._old_keys: set[str] = set()
        self._anim: QVariantAnimation | None = None
        self._placeholder = ""
        self._problem: tuple | None = None
        self._apply_background()

    # -- settings
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._apply_background()
        self._redraw()

    def set_terms(self, terms: Terms) -> None:
        self.terms = terms
        self.labels = labels(terms)
        self._reset_sizes()
        self._redraw()

    def set_font_scale(self, scale: float) -> None:
        if scale == self.fonts.scale:
            return
        self.fonts = Fonts(scale)
        self.metrics = Metrics(scale)
        self._reset_sizes()
        self._redraw()

    def set_animations(self, on: bool) -> None:
        self.animations = on

    def _apply_background(self) -> None:
        self._scene.setBackgroundBrush(QBrush(self.theme.c("background")))

    # -- content
    def set_trace(self, trace) -> None:
        self._trace = trace
        self._problem = None
        self._index = -1
        self._reset_sizes()
        self._items_stale = True

    def _clear(self) -> None:
        self._stop_animation()
        self._scene.clear()
        self._items, self._arrows, self._headers = {}, [], {}

    def _reset_sizes(self) -> None:
        """Forget the column widths and the height this trace needs (new trace, new words, new font size)."""
        self._widths = [self.metrics.min_left_w, self.metrics.min_right_w]
        self._tallest = 0.0
        self._bulges = False
        self._wide_gap = False
        self._surveyed = False

    def _layout(self) -> Layout:
        return Layout(self.labels, self.fonts.measure, tuple(self._widths), self.metrics,
                      self._wide_gap, tuple(label for label, _text in getattr(self._trace, "pieces", ())))

    def _grow(self, drawing: Drawing) -> None:
        """Sizes only grow while one trace is shown: boxes keep their width and the zoom its value between steps."""
        xs = sorted({round(b.x) for b in drawing.boxes})
        for b in drawing.boxes:
            col = 0 if round(b.x) == xs[0] else 1
            self._widths[col] = max(self._widths[col], b.w)
        self._tallest = max(self._tallest, drawing.height)
        self._bulges = self._bulges or drawing.bulges
        self._wide_gap = self._wide_gap or drawing.wide_gap

    def _survey(self) -> None:
        """Lay out a spread of the trace's steps before showing the first: a wide backpack or a deep call stack
        further on then does not make every box grow, or the whole diagram shrink, in the middle of a lesson."""
        self._surveyed = True
        trace = self._trace
        layout = self._layout()
        deadline = time.monotonic() + SURVEY_SECONDS
        try:
            for i in _coarse_first(_survey_picks(trace)):
                self._grow(layout.build(trace.state_at(i), trace.state_at(i - 1) if i > 0 else None,
                                        self._thrown_at(i)))
                if time.monotonic() > deadline:
                    return
        except Exception:      # a step that cannot be drawn says so when it is shown; the survey only helps
            return

    def _thrown_at(self, i: int) -> Thrown | None:
        """The exception of step i: thrown there, still leaving the contexts it unwinds, or stopping the program."""
        trace = self._trace
        if i == len(trace) - 1 and getattr(trace, "outcome", None) == Outcome.UNCAUGHT_ERROR:
            rng = getattr(trace, "error_range", None)
            return Thrown(True, getattr(trace, "error_message", "") or "", rng.start_line if rng is not None else None)
        while i > 0 and trace.kind(i) in (StepKind.RETURN, StepKind.RELEASED):
            i -= 1
        if trace.kind(i) != StepKind.THROWN:
            return None
        rng = trace.step(i).range
        return Thrown(False, "", rng.start_line if rng is not None else None, trace.state_at(i).thrown)

    def extent(self) -> QRectF:
        """The room the trace's diagrams need (every step seen or surveyed): what the automatic zoom fits."""
        rect = self._scene.sceneRect()
        if self._drawing is None or self._trace is None:
            return rect
        width = self._layout().width_for(self._widths[0], self._widths[1], self._bulges, self._wide_gap)
        return QRectF(0, 0, max(rect.width(), width), max(rect.height(), self._tallest))

    def show_message(self, text: str) -> None:
        """An empty panel with one line of text (no trace yet, or a program that cannot run)."""
        self._trace = None
        self._index = -1
        self._drawing = None
        self._placeholder = text
        self._problem = None
        self._clear()
        item = QGraphicsSimpleTextItem(text)
        item.setFont(self.fonts.title)
        item.setBrush(self.theme.c("dim"))
        item.setPos(20, 20)
        self._scene.addItem(item)
        self._scene.setSceneRect(QRectF(0, 0, max(400, item.boundingRect().width() + 40), 200))
        self._fit()

    def show_problem(self, title: str, message: str, line: int | None = None, column: int | None = None,
                     source: str = "", hint: str = "") -> None:
        """A program that cannot run: what is wrong and where, with the line and a caret, instead of memory."""
        self._trace = None
        self._index = -1
        self._drawing = None
        self._problem = (title, message, line, column, source, hint)
        self._placeholder = f"The program cannot run yet: {title}: {message}"
        self._clear()
        where, code, caret = "", "", None
        if line is not None:
            where = f"line {line}, column {(column or 0) + 1}"
            lines = source.splitlines()
            if 1 <= line <= len(lines):
                code, caret = _code_excerpt(lines[line - 1], column or 0)
        item = ProblemItem(self, title, message, where, code, caret, hint)
        m = self.metrics.margin
        item.setPos(m, m)
        self._scene.addItem(item)
        self._scene.setSceneRect(QRectF(0, 0, item.w + 2 * m, item.h + 2 * m))
        self._fit()

    def show_step(self, trace, index: int) -> None:
        if trace is not self._trace:
            self.set_trace(trace)
        animate = self.animations and self._drawing is not None and self._index >= 0 and abs(index - self._index) == 1
        self._index = index
        self._build(animate)

    def _redraw(self) -> None:
        if self._trace is not None and self._index >= 0:
            self._items_stale = True
            self._build(False)
        elif self._problem is not None:
            self.show_problem(*self._problem)
        elif self._placeholder:
            self.show_message(self._placeholder)

    def _build(self, animate: bool) -> None:
        trace, i = self._trace, self._index
        if not self._surveyed:
            self._survey()
        state = trace.state_at(i)
        prev = trace.state_at(i - 1) if i > 0 else None
        drawing = self._layout().build(state, prev, self._thrown_at(i))
        self._grow(drawing)
        self._old_keys = set(self._items)
        old_positions = {k: it.pos() for k, it in self._items.items()} if animate else {}
        self._stop_animation()
        if self._items_stale:
            self._clear()
            self._items_stale = False
        # what looks as it did stays in the scene, with the pixmap it was painted into: only what changed is
        # removed, added and painted
        boxes = {box.key: box for box in drawing.boxes}
        headers = {(h.text, h.x, h.y): h for h in drawing.headers}
        kept = {key: item for key, item in self._items.items() if key in boxes and item.paints_like(boxes[key])}
        kept_headers = {key: item for key, item in self._headers.items() if key in headers}
        gone = [item for key, item in self._items.items() if key not in kept]
        gone += [item for key, item in self._headers.items() if key not in kept_headers]
        for item in gone:
            self._scene.removeItem(item)
        self._headers = {key: kept_headers[key] if key in kept_headers else self._header_item(h)
                         for key, h in headers.items()}
        self._items = {}
        self._drawing = drawing
        for box in drawing.boxes:
            item = kept.get(box.key)
            if item is None:
                item = BoxItem(box, self)
                self._scene.addItem(item)
            else:
                item.take(box)
            self._items[box.key] = item
        if self._arrows_hold(drawing):
            for a in self._arrows:
                a.end_offset = 0.0
                a.update_path()
        else:
            for a in self._arrows:
                self._scene.removeItem(a)
            self._arrows = []
            for arrow in drawing.arrows:
                src, dst = self._items.get(arrow.src), self._items.get(arrow.dst)
                if src is not None and dst is not None:
                    a = ArrowItem(arrow, src, dst, self)
                    self._scene.addItem(a)
                    self._arrows.append(a)
        self._spread_arrow_ends()
        self._scene.setSceneRect(QRectF(0, 0, drawing.width, drawing.height))
        if self.hovered_function is not None:
            self._apply_hover()
        if animate:
            self._animate(old_positions)
        self._fit()
        self._reveal_focus()

    def _arrows_hold(self, drawing: Drawing) -> bool:
        """Whether the arrows drawn are the drawing's, in its order, between the same items: then they stay (in
        that order, so where arrows cross the same one is on top)."""
        return ([a.arrow for a in self._arrows] == drawing.arrows
                and all(a.src is self._items.get(a.arrow.src) and a.dst is self._items.get(a.arrow.dst)
                        for a in self._arrows))

    def _header_item(self, h) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(h.text)
        item.setFont(self.fonts.header)
        item.setBrush(self.theme.c("section"))
        k = self.metrics.scale
        item.setPos(h.x + 2 * k, h.y + (self.metrics.header_h - item.boundingRect().height()) / 2 - 2 * k)
        self._scene.addItem(item)
        return item

    def focus_rect(self) -> QRectF | None:
        """Where the step happens in the diagram: the rows it changed, else the newest context."""
        d = self._drawing
        if d is None:
            return None
        m = self.metrics
        rects = [QRectF(b.x, b.y + r.y, b.w, m.row_h) for b in d.boxes if not b.ghost for r in b.rows if r.changed]
        if not rects:      # nothing written: a box that just appeared (a new context, a backpack)
            rects = [QRectF(b.x, b.y, b.w, min(b.h, 3 * m.row_h + m.title_h))
                     for b in d.boxes if not b.ghost and b.key not in self._old_keys][:1]
        if not rects:
            return None
        out = rects[0]
        for r in rects[1:]:
            out = out.united(r)
        return out

    def _reveal_focus(self) -> None:
        """When the diagram does not fit, scroll so that what this step changed is in view."""
        if not self.overflows():
            return
        rect = self.focus_rect()
        if rect is not None:
            margin = round(24 * self.metrics.scale)
            across = self.horizontalScrollBar().value()
            self.ensureVisible(rect, margin, margin)
            self.horizontalScrollBar().setValue(across)     # up and down only: sideways jumps lose the reader

    def _spread_arrow_ends(self) -> None:
        """Arrows into one side of one box share its title band: in the order they come from, a few pixels apart."""
        groups: dict[tuple[str, str], list[ArrowItem]] = {}
        for a in self._arrows:
            groups.setdefault((a.arrow.dst, a.side()), []).append(a)
        m = self.metrics
        for arrows in groups.values():
            # arrows from one box (the methods of one object) meet at one point: they share that target
            sources = sorted({a.arrow.src for a in arrows}, key=lambda k: min(a.start_y() for a in arrows
                                                                             if a.arrow.src == k))
            if len(sources) < 2:
                continue
            step = min(9 * m.scale, (m.title_h - 8 * m.scale) / (len(sources) - 1))
            first = -step * (len(sources) - 1) / 2
            for a in arrows:
                a.end_offset = first + sources.index(a.arrow.src) * step
                a.update_path()

    def _animate(self, old_positions: dict) -> None:
        moves = []
        fades = []
        for key, item in self._items.items():
            target = item.pos()
            final = item.opacity()
            start = old_positions.get(key)
            if start is None and item.box.ghost:
                # the context that just returned: it stays where it was and fades
                start = old_positions.get(key.removeprefix("ghost:"))
                if start is not None:
                    fades.append((item, 1.0, final))
            if start is None and item.box.origin:
                start = old_positions.get(item.box.origin)
            if start is not None and start != target:
                moves.append((item, start, target))
                item.setPos(start)
            elif start is None:
                fades.append((item, 0.0, final))
                item.setOpacity(0.0)
                if item.box.kind == "context":
                    item.setPos(target + QPointF(0, -18))
                    moves.append((item, target + QPointF(0, -18), target))
        if not moves and not fades:
            return
        anim = QVariantAnimation(self)
        anim.setDuration(ANIMATION_MS)
        anim.setStartValue(0.0)
        anim.setEndValue(1.0)

        def tick(value) -> None:
            v = float(value)
            ease = 1 - (1 - v) ** 3
            for item, a, b in moves:
                item.setPos(a + (b - a) * ease)
            for item, first, final in fades:
                item.setOpacity(first + (final - first) * v)
            for arrow in self._arrows:
                arrow.update_path()

        anim.valueChanged.connect(tick)
        anim.finished.connect(lambda: tick(1.0))
        self._anim = anim
        anim.start()

    def _stop_animation(self) -> None:
        if self._anim is not None:
            self._anim.stop()
            self._anim.deleteLater()
            self._anim = None

    def drawing(self) -> Drawing | None:
        """The drawing shown now: its boxes and rows in scene coordinates (predict mode places its inputs there)."""
        return self._drawing

    def drawn(self) -> dict:
        """What the panel shows now: boxes (title, rows) and arrows (kind, from box, from row, to box)."""
        if self._drawing is None:
            return {"boxes": [], "arrows": [], "message": self._placeholder}
        return self._drawing.summary()

    # -- hovering a function: its backpack and its arrows light up, the editor shows its source
    def set_hovered_function(self, heap_id: int | None) -> None:
        if heap_id == self.hovered_function:
            return
        self.hovered_function = heap_id
        self._apply_hover()
        rng = None
        if heap_id is not None and self._trace is not None and self._index >= 0:
            obj = self._trace.state_at(self._index).heap.get(heap_id)
            rng = obj.source if obj is not None else None
        self.functionHovered.emit(rng)

    def _apply_hover(self) -> None:
        fn_id = self.hovered_function
        scope_key = None
        if fn_id is not None and self._trace is not None:
            obj = self._trace.state_at(self._index).heap.get(fn_id)
            if obj is not None and obj.scope is not None:
                scope_key = f"env:{obj.scope}"
        lit = {scope_key} if scope_key is not None else set()
        for arrow in self._arrows:
            src_row = arrow.src.box.rows[arrow.arrow.src_row] if 0 <= arrow.arrow.src_row < len(arrow.src.box.rows) else None
            arrow.emphasis = (fn_id is not None and src_row is not None and src_row.target == fn_id
                              and (arrow.arrow.dst == scope_key or arrow.arrow.kind == "callback"))
            if arrow.emphasis:      # a queued job's arrow may lead elsewhere: an await's paused memory
                lit.add(arrow.arrow.dst)
            arrow.update()
        for item in self._items.values():
            item.emphasis = item.box.key in lit
            item.update()

    # -- zoom
    # "readable" (the default): the whole diagram when it can be read that small, otherwise never below
    # READABLE_ZOOM, and the panel scrolls. "whole": always all of it, however small. "manual": set_zoom.
    @property
    def auto_fit(self) -> bool:
        return self.fit_mode != "manual"

    def _fit(self) -> None:
        rect = self.extent()
        if rect.width() <= 0:
            return
        if self.fit_mode != "manual":
            # the panel's size without scroll bars: the zoom must not depend on whether one shows now (it
            # would, and a bar that a zoom turns on would turn itself off again: a zoom flipping each step)
            vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
            vw = max(50, self.viewport().width() + (vbar.width() if vbar.isVisible() else 0) - 4)
            vh = max(50, self.viewport().height() + (hbar.height() if hbar.isVisible() else 0) - 4)
            whole = min(vw / rect.width(), vh / rect.height())
            if self.fit_mode == "whole":
                s = max(WHOLE_MIN_ZOOM, min(FIT_MAX_ZOOM, whole))
            elif whole >= READABLE_ZOOM:
                s = min(FIT_MAX_ZOOM, whole)
            else:
                # it has to scroll anyway: up and down only when its width fits at a size that can be read
                by_width = (vw - vbar.sizeHint().width()) / rect.width()
                s = min(1.0, by_width) if by_width >= WIDTH_FIT_ZOOM else READABLE_ZOOM
            self.zoom = s
        self.setTransform(self.transform().fromScale(self.zoom, self.zoom))

    def overflows(self) -> bool:
        """True when part of the diagram is out of view (the panel scrolls)."""
        rect = self._scene.sceneRect()
        return (rect.width() * self.zoom > self.viewport().width() + 1
                or rect.height() * self.zoom > self.viewport().height() + 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self._fit()

    def fit(self, whole: bool = False) -> None:
        """Fit the diagram to the panel: readable by default, or all of it (``whole``) however small."""
        self.fit_mode = "whole" if whole else "readable"
        self._fit()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom by hand (the automatic fit stops). The point of the diagram at ``anchor`` (a viewport position:
        the mouse's for the wheel) stays where it is; by default the view's top-left corner, so Global Memory's
        names stay in view."""
        at = QPoint(0, 0) if anchor is None else anchor.toPoint()
        pinned = self.mapToScene(at)
        self.fit_mode = "manual"
        self.zoom = max(0.25, min(4.0, zoom))
        self._fit()
        moved = self.mapFromScene(pinned) - at
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def zoom_in(self, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom * 1.15, anchor)

    def zoom_out(self, anchor: QPointF | None = None) -> None:
        self.set_zoom(self.zoom / 1.15, anchor)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in(event.position())
            elif event.angleDelta().y() < 0:
                self.zoom_out(event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # -- export
    def export_rect(self) -> QRectF:
        """What an exported picture shows: the scene from its top-left corner to the last thing drawn, without the
        empty room kept for boxes of other steps (boxes keep their place, so frames of one trace line up)."""
        rect = self._scene.sceneRect()
        drawn = self._scene.itemsBoundingRect()
        if drawn.isEmpty():
            return rect
        margin = self.metrics.margin
        return QRectF(0, 0, min(rect.width(), drawn.right() + margin), min(rect.height(), drawn.bottom() + margin))

    def _render(self, p: QPainter, target: QRectF, source: QRectF) -> None:
        """The scene drawn for a picture: boxes painted afresh, as vectors, not from their screen caches."""
        boxes = [item for item in self._scene.items() if isinstance(item, BoxItem)]
        for item in boxes:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            self._scene.render(p, target, source)
        finally:
            for item in boxes:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint_into(self, p: QPainter, target: QRectF) -> None:
        """The exported picture (``export_rect``) painted into ``target`` of another picture: a lesson frame."""
        self._render(p, target, self.export_rect())

    def render_image(self, scale: float = 2.0) -> QImage:
        rect = self.export_rect()
        image = QImage(QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale))),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.theme.c("background"))
        p = QPainter(image)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._render(p, QRectF(0, 0, image.width(), image.height()), rect)
        p.end()
        return image

    def export_png(self, path: str) -> bool:
        return self.render_image().save(path, "PNG")

    def svg_bytes(self) -> bytes:
        from PySide6.QtSvg import QSvgGenerator

        rect = self.export_rect()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(math.ceil(rect.width()), math.ceil(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle("Closure Explorer memory diagram")
        p = QPainter(gen)
        p.fillRect(QRectF(0, 0, rect.width(), rect.height()), self.theme.c("background"))
        self._render(p, QRectF(0, 0, rect.width(), rect.height()), rect)
        p.end()
        data = bytes(buffer.data())
        buffer.close()
        return data

    def export_svg(self, path: str) -> bool:
        try:
            with open(path, "wb") as fh:
                fh.write(self.svg_bytes())
        except OSError:
            return False
        return True

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setImage(self.render_image())


__all__ = ["MemoryDiagram"]


def show_legend(parent, terms) -> None:
    """The diagram's key (View > Diagram Key): boxes, arrows and the backpack's handle."""
    from html import escape

    from PySide6.QtWidgets import QMessageBox
    rows = "".join(f"<tr><td><b>{escape(a)}</b></td><td>&nbsp;{escape(b)}</td></tr>" for a, b in legend(labels(terms)))
    box = QMessageBox(parent)
    box.setWindowTitle("Diagram key")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table cellspacing='4'>{rows}</table>")
    box.open()
