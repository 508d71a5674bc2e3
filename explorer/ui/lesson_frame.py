"""Frames for slides, GIFs and videos: the memory diagram alone, or a lesson frame around it.

A lesson frame shows what the window shows at a step, as one picture: the code
around the current line with that line highlighted, the memory diagram, the
narration sentence, the console so far and "Step i of n". Every frame of one
export has the same size: the largest diagram of the range decides it, or a
fixed size the whole layout is scaled into. The texts come from
``explorer.lesson.slide``; the diagram is the window's own ``MemoryDiagram``.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

from pygments.lexers import JavascriptLexer
from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QImage, QPainter, QTextDocument

from explorer.lesson import APP_NAME, Slide, console_lines, slide
from explorer.trace.model import Terms
from explorer.ui.highlighter import token_formats
from explorer.ui.theme import MONO_FAMILIES, SANS_FAMILIES, Theme

LAYOUTS = ("lesson", "diagram")

PAD = 20.0                # around the frame and between its panels
HEADER_H = 40.0
CODE_PX = 15              # the code and the console, in pixels of the layout
CODE_MAX_COLUMNS = 72     # longer lines are cut with an ellipsis
CODE_MIN_ROWS = 12
CODE_MAX_ROWS = 40
NARRATION_PX = 19
CONSOLE_ROWS = 6          # at most: the last lines printed so far
STRIP_H = 30.0            # the step counter under a plain diagram in an animation


def _font(families, px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(families)
    f.setPixelSize(max(6, round(px)))
    f.setBold(bold)
    return f


def _narration_html(text: str, theme: Theme, px: float, mono: str) -> str:
    """The sentence with its `code` in the code font (``mono``, a family this machine has), as the window shows it."""
    parts = re.split(r"(`[^`]*`)", text)
    out = []
    for part in parts:
        if len(part) >= 2 and part[0] == part[-1] == "`":
            out.append(f'<span style="font-family:\'{mono}\';color:{theme.syntax["Name.Function"].split()[0]}">'
                       f"{html.escape(part[1:-1])}</span>")
        else:
            out.append(html.escape(part))
    color = theme.palette["window_text"]
    return f'<div style="font-size:{px}px;color:{color}">{"".join(out)}</div>'


@dataclass(frozen=True)
class FramePlan:
    """The sizes every frame of one export shares, in layout pixels (before ``scale``)."""

    width: float
    height: float
    diagram_w: float
    diagram_h: float
    code_w: float
    body_h: float
    narration_h: float
    console_rows: int
    scale: float              # layout pixels to picture pixels
    offset_x: float = 0.0     # a fixed size centres the scaled layout
    offset_y: float = 0.0


class FrameMaker:
    """Draws the frames of steps of one trace with one diagram, theme and set of words, all one size."""

    def __init__(self, trace, diagram, theme: Theme, terms: Terms = Terms.HARD_PARTS, layout: str = "lesson",
                 size: tuple[int, int] | None = None, resolution: float = 2.0, strip: bool = False):
        self.trace = trace
        self.diagram = diagram
        self.theme = theme
        self.terms = Terms(terms)
        self.layout = layout
        self.size = size
        self.resolution = resolution
        self.strip = strip and layout == "diagram"
        self._console = console_lines(trace)
        self._lines = trace.source.split("\n")
        self._spans = self._lex(trace.source)
        self.code_font = _font(MONO_FAMILIES, CODE_PX)
        self.code_fm = QFontMetricsF(self.code_font)
        self.line_h = math.ceil(self.code_fm.height() * 1.35)
        self.char_w = self.code_fm.horizontalAdvance("M")
        self.head_font = _font(SANS_FAMILIES, 15)
        self.counter_font = _font(SANS_FAMILIES, 17, bold=True)
        self.label_font = _font(SANS_FAMILIES, 12, bold=True)
        self.label_font.setCapitalization(QFont.Capitalization.AllUppercase)
        self.label_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self.plan: FramePlan | None = None

    # -- sizes
    def _lex(self, source: str) -> list[list[tuple[int, int, QColor, bool, bool]]]:
        formats = token_formats(self.theme)
        cache: dict = {}

        def fmt(ttype):
            if ttype not in cache:
                t = ttype
                while t is not None and t not in formats:
                    t = t.parent
                cache[ttype] = formats.get(t) if t is not None else None
            return cache[ttype]

        spans: list[list] = [[] for _ in source.split("\n")]
        line = col = 0
        for ttype, value in JavascriptLexer(stripnl=False, ensurenl=False).get_tokens(source):
            f = fmt(ttype)
            for k, piece in enumerate(value.split("\n")):
                if k:
                    line, col = line + 1, 0
                if piece and f is not None and line < len(spans):
                    spans[line].append((col, len(piece), f.foreground().color(), f.fontWeight() >= QFont.Weight.Bold,
                                        f.fontItalic()))
                col += len(piece)
        return spans

    def _narration_doc(self, text: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(_font(SANS_FAMILIES, NARRATION_PX))
        doc.setDocumentMargin(0)
        doc.setHtml(_narration_html(text, self.theme, NARRATION_PX, QFontInfo(self.code_font).family()))
        doc.setTextWidth(width)
        return doc

    def prepare(self, steps: list[int]) -> FramePlan:
        """Measure the steps' diagrams and texts: the frame size of this export."""
        d = self.diagram
        rect_w = rect_h = 0.0
        for _pass in range(2):       # the diagram's columns only grow: the second pass measures their final widths
            for i in steps:
                d.show_step(self.trace, i)
                r = d.export_rect()
                rect_w, rect_h = max(rect_w, r.width()), max(rect_h, r.height())
        if self.layout == "diagram":
            width, height = rect_w, rect_h + (STRIP_H if self.strip else 0.0)
            plan = FramePlan(width, height, rect_w, rect_h, 0.0, rect_h, 0.0, 0, self.resolution)
        else:
            longest = max((len(line.replace("\t", "    ")) for line in self._lines), default=10)
            code_w = 2 * 10 + self._gutter_w() + min(CODE_MAX_COLUMNS, max(longest, 30)) * self.char_w
            code_rows = min(CODE_MAX_ROWS, max(CODE_MIN_ROWS, len(self._lines)))
            body_h = max(rect_h, code_rows * self.line_h + 2 * 10 + 22)
            width = PAD + code_w + PAD + rect_w + PAD
            text_w = width - 2 * PAD
            narration_h = max(self._narration_doc(self.trace.narration(i, self.terms), text_w).size().height()
                              for i in steps)
            printed = max((sum(1 for c in self._console if c[0] <= i) for i in steps), default=0)
            console_rows = min(CONSOLE_ROWS, max(1, printed))
            height = (HEADER_H + body_h + PAD + narration_h + PAD + 22 + console_rows * self.line_h + 2 * 8 + PAD)
            plan = FramePlan(width, height, rect_w, rect_h, code_w, body_h, narration_h, console_rows,
                             self.resolution)
        if self.size is not None:
            w, h = self.size
            scale = min(w / plan.width, h / plan.height)
            plan = FramePlan(*[getattr(plan, f) for f in ("width", "height", "diagram_w", "diagram_h", "code_w",
                                                           "body_h", "narration_h", "console_rows")],
                             scale=scale, offset_x=(w - plan.width * scale) / 2, offset_y=(h - plan.height * scale) / 2)
        self.plan = plan
        return plan

    def pixel_size(self) -> QSize:
        p = self.plan
        if self.size is not None:
            return QSize(*self.size)
        return QSize(math.ceil(p.width * p.scale), math.ceil(p.height * p.scale))

    def _gutter_w(self) -> float:
        return self.code_fm.horizontalAdvance("9" * max(2, len(str(len(self._lines))))) + 14

    # -- pictures
    def image(self, i: int) -> QImage:
        """Step ``i`` as a picture (``prepare`` first)."""
        size = self.pixel_size()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self._background())
        p = QPainter(image)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.translate(self.plan.offset_x, self.plan.offset_y)
        p.scale(self.plan.scale, self.plan.scale)
        self.paint(p, i)
        p.end()
        return image

    def svg(self, i: int) -> bytes:
        """Step ``i`` as an SVG picture of the layout's size."""
        from PySide6.QtSvg import QSvgGenerator

        plan = self.plan
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(math.ceil(plan.width), math.ceil(plan.height)))
        gen.setViewBox(QRectF(0, 0, plan.width, plan.height))
        gen.setTitle(f"{APP_NAME}: {self.trace.filename}, step {i + 1} of {len(self.trace)}")
        p = QPainter(gen)
        p.fillRect(QRectF(0, 0, plan.width, plan.height), self._background())
        self.paint(p, i)
        p.end()
        data = bytes(buffer.data())
        buffer.close()
        return data

    def _background(self) -> QColor:
        return self.theme.c("background") if self.layout == "diagram" else QColor(self.theme.palette["window"])

    def paint(self, p: QPainter, i: int) -> None:
        plan = self.plan
        s = slide(self.trace, i, self.terms, self._console)
        self.diagram.show_step(self.trace, i)
        if self.layout == "diagram":
            p.fillRect(QRectF(0, 0, plan.width, plan.height), self.theme.c("background"))
            self._paint_diagram(p, QRectF(0, 0, plan.diagram_w, plan.diagram_h))
            if self.strip:
                p.setFont(self.head_font)
                p.setPen(self.theme.c("dim"))
                p.drawText(QRectF(PAD / 2, plan.diagram_h, plan.width - PAD, STRIP_H),
                           Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, s.counter)
            return
        self._paint_header(p, s)
        top = HEADER_H
        self._paint_code(p, s, QRectF(PAD, top, plan.code_w, plan.body_h))
        diagram_box = QRectF(PAD + plan.code_w + PAD, top, plan.diagram_w, plan.body_h)
        p.fillRect(diagram_box, self.theme.c("background"))
        p.setPen(QColor(self.theme.palette["mid"]))
        p.drawRect(diagram_box)
        self._paint_diagram(p, QRectF(diagram_box.x(), top, plan.diagram_w, plan.diagram_h))
        y = top + plan.body_h + PAD
        doc = self._narration_doc(s.narration, plan.width - 2 * PAD)
        p.save()
        p.translate(PAD, y)
        doc.drawContents(p)
        p.restore()
        y += plan.narration_h + PAD
        self._paint_console(p, s, QRectF(PAD, y, plan.width - 2 * PAD,
                                         22 + plan.console_rows * self.line_h + 2 * 8))

    def _paint_diagram(self, p: QPainter, box: QRectF) -> None:
        r = self.diagram.export_rect()
        k = min(1.0, box.width() / max(1.0, r.width()), box.height() / max(1.0, r.height()))
        self.diagram.paint_into(p, QRectF(box.x(), box.y(), r.width() * k, r.height() * k))

    def _paint_header(self, p: QPainter, s: Slide) -> None:
        w = self.plan.width
        p.setFont(self.head_font)
        p.setPen(QColor(self.theme.palette["placeholder"]))
        p.drawText(QRectF(PAD, 0, w / 2, HEADER_H), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   f"{APP_NAME} · {self.trace.filename}")
        p.setFont(self.counter_font)
        p.setPen(QColor(self.theme.palette["window_text"]))
        p.drawText(QRectF(w / 2, 0, w / 2 - PAD, HEADER_H), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                   s.counter)

    def code_window(self, line: int | None, rows: int) -> range:
        """The 1-based lines shown: all when they fit, else a window that keeps the current line in view."""
        n = len(self._lines)
        if n <= rows:
            return range(1, n + 1)
        centre = line if line is not None else 1
        first = max(1, min(centre - rows // 3, n - rows + 1))
        return range(first, first + rows)

    def _paint_code(self, p: QPainter, s: Slide, box: QRectF) -> None:
        ed = self.theme.editor
        p.fillRect(box, QColor(ed["background"]))
        p.setPen(QColor(self.theme.palette["mid"]))
        p.drawRect(box)
        p.setFont(self.label_font)
        p.setPen(QColor(self.theme.palette["placeholder"]))
        p.drawText(QRectF(box.x() + 10, box.y() + 4, box.width() - 20, 20), Qt.AlignmentFlag.AlignVCenter, "Code")
        top = box.y() + 10 + 22
        rows = int((box.height() - 32) // self.line_h)
        gutter = self._gutter_w()
        x0 = box.x() + 10 + gutter
        max_cols = int((box.width() - 20 - gutter) // self.char_w)
        fm = self.code_fm
        ascent = fm.ascent() + (self.line_h - fm.height()) / 2
        r = s.range
        for k, n in enumerate(self.code_window(s.line, rows)):
            y = top + k * self.line_h
            text = self._lines[n - 1]
            current = r is not None and r.start_line <= n <= r.end_line
            if current:
                p.fillRect(QRectF(box.x() + 1, y, box.width() - 2, self.line_h), QColor(ed["current_line"]))
                c0 = r.start_column if n == r.start_line else 0
                c1 = r.end_column if n == r.end_line else len(text)
                c0, c1 = self._visual(text, c0), self._visual(text, c1)
                if c1 > c0:
                    p.fillRect(QRectF(x0 + c0 * self.char_w, y + 1, (min(c1, max_cols) - c0) * self.char_w,
                                      self.line_h - 2), QColor(ed["current_range"]))
                p.fillRect(QRectF(box.x() + 1, y, 4, self.line_h), QColor(ed["gutter_current"]))
            p.setFont(self.code_font)
            p.setPen(QColor(ed["gutter_current" if current else "gutter_text"]))
            p.drawText(QRectF(box.x() + 8, y, gutter - 10, self.line_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, str(n))
            self._paint_line(p, n - 1, text, x0, y + ascent, max_cols)

    @staticmethod
    def _visual(text: str, column: int) -> int:
        return len(text[:column].replace("\t", "    "))

    def _paint_line(self, p: QPainter, index: int, text: str, x0: float, baseline: float, max_cols: int) -> None:
        ed = self.theme.editor
        colors: list = [None] * len(text)
        for start, length, color, bold, italic in self._spans[index] if index < len(self._spans) else ():
            for c in range(start, min(len(text), start + length)):
                colors[c] = (color, bold, italic)
        col = 0
        k = 0
        while k < len(text):
            style = colors[k]
            j = k
            while j < len(text) and colors[j] == style:
                j += 1
            piece = text[k:j].replace("\t", "    ")
            if col + len(piece) > max_cols:
                piece = piece[:max(0, max_cols - col - 1)] + "…"
            font = QFont(self.code_font)
            if style is not None:
                font.setBold(style[1])
                font.setItalic(style[2])
            p.setFont(font)
            p.setPen(style[0] if style is not None else QColor(ed["text"]))
            p.drawText(x0 + col * self.char_w, baseline, piece)
            col += len(piece)
            if col >= max_cols:
                break
            k = j

    def _paint_console(self, p: QPainter, s: Slide, box: QRectF) -> None:
        ed = self.theme.editor
        p.fillRect(box, QColor(ed["background"]))
        p.setPen(QColor(self.theme.palette["mid"]))
        p.drawRect(box)
        p.setFont(self.label_font)
        p.setPen(QColor(self.theme.palette["placeholder"]))
        p.drawText(QRectF(box.x() + 10, box.y() + 4, box.width() - 20, 20), Qt.AlignmentFlag.AlignVCenter,
                   "Console" if s.console else "Console (nothing printed yet)")
        lines = [(stream, part) for stream, text in s.console for part in text.split("\n")]
        shown = lines[-self.plan.console_rows:] if lines else []
        p.setFont(self.code_font)
        max_cols = int((box.width() - 20) // self.char_w)
        for k, (stream, text) in enumerate(shown):
            y = box.y() + 8 + 22 + k * self.line_h
            p.setPen(QColor(ed["error"] if stream in ("stderr", "error") else ed["text"]))
            if len(text) > max_cols:
                text = text[:max_cols - 1] + "…"
            p.drawText(QRectF(box.x() + 10, y, box.width() - 20, self.line_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def parse_size(text: str) -> tuple[int, int]:
    """``1920x1080`` as (width, height); ValueError when it is not two positive whole numbers."""
    w, sep, h = text.lower().partition("x")
    if not sep:
        raise ValueError(text)
    size = int(w), int(h)
    if min(size) < 16 or max(size) > 8192:
        raise ValueError(text)
    return size


__all__ = ["FrameMaker", "FramePlan", "LAYOUTS", "parse_size"]
