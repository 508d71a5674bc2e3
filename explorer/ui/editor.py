"""The JavaScript editor: gutter with line numbers and breakpoints, current step, errors, auto-indent, find."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPalette,
    QPolygonF,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from explorer.trace.model import SourceRange
from explorer.ui.highlighter import JavaScriptHighlighter
from explorer.ui.theme import Theme, load_theme, mono_font

INDENT = "  "
OPENERS = ("{", "(", "[")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _line(rng: SourceRange | None) -> int | None:
    return rng.start_line if rng is not None else None


class Gutter(QWidget):
    """Line numbers, breakpoint dots and the current-step arrow. Click toggles a breakpoint."""

    def __init__(self, editor: "CodeEditor"):
        super().__init__(editor)
        self.editor = editor
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Click to set or clear a breakpoint (F9)")

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.editor.paint_gutter(self, event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            line = self.editor.line_at_y(event.position().y())
            if line is not None:
                self.editor.toggle_breakpoint(line)


class CodeEditor(QPlainTextEdit):
    breakpointsChanged = Signal(object)     # set[int] of 1-based lines

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("editor")
        self.theme = load_theme("light")
        self.gutter = Gutter(self)
        self.highlighter = JavaScriptHighlighter(self.document(), self.theme)
        self._breakpoints: list[QTextCursor] = []
        self._current: SourceRange | None = None
        self._hover: SourceRange | None = None
        self._errors: list[tuple[SourceRange, str]] = []
        self._find_ranges: list[QTextCursor] = []
        self._folded = 0                  # the first lines hidden (set_folded_lines)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.set_font_size(12.0)
        self.setMouseTracking(True)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._update_gutter)
        self.document().contentsChange.connect(self._contents_changed)
        self._update_gutter_width()
        self.set_theme(self.theme)

    # -- appearance
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, theme.e("background"))
        pal.setColor(QPalette.ColorRole.Text, theme.e("text"))
        pal.setColor(QPalette.ColorRole.Highlight, theme.e("selection"))
        pal.setColor(QPalette.ColorRole.HighlightedText, theme.e("text"))
        self.setPalette(pal)
        self.highlighter.set_theme(theme)
        self.set_font_size(self._points)      # a new style sheet resets the font
        self._refresh_selections()
        self.gutter.update()

    def set_font_size(self, points: float) -> None:
        self._points = points
        font = mono_font(points)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._update_gutter_width()

    def font_size(self) -> float:
        return self._points

    # -- folding a sample's header comments (presentation mode: its note says the same)
    def folded_lines(self) -> int:
        return self._folded

    def set_folded_lines(self, count: int) -> None:
        """Hide the first ``count`` lines (0: show every line). The text is unchanged: nothing is recorded again,
        the gutter's numbers skip the hidden lines, and a cursor inside them moves to the first shown line."""
        doc = self.document()
        count = max(0, min(count, doc.blockCount() - 1))
        if count == self._folded:
            return
        block = doc.firstBlock()
        n = 0
        while block.isValid() and n < max(count, self._folded):
            block.setVisible(n >= count)
            block = block.next()
            n += 1
        self._folded = count
        if count and self.textCursor().blockNumber() < count:
            cursor = QTextCursor(doc.findBlockByNumber(count))
            self.setTextCursor(cursor)
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()
        self.gutter.update()
        self.verticalScrollBar().setValue(0 if count else self.verticalScrollBar().value())

    # -- gutter
    def gutter_width(self) -> int:
        digits = max(2, len(str(self.blockCount())))
        return 30 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_gutter_width(self, *_args) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect, dy) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def line_at_y(self, y: float) -> int | None:
        block = self.firstVisibleBlock()
        while block.isValid():
            geo = self.blockBoundingGeometry(block).translated(self.contentOffset())
            if geo.top() <= y < geo.bottom():
                return block.blockNumber() + 1
            if geo.top() > y:
                break
            block = block.next()
        return None

    def paint_gutter(self, gutter: QWidget, event) -> None:
        t = self.theme
        p = QPainter(gutter)
        p.fillRect(event.rect(), t.e("gutter"))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bps = self.breakpoints()
        current = self._current.start_line if self._current is not None else None
        errors = {r.start_line for r, _ in self._errors}
        block = self.firstVisibleBlock()
        fm = self.fontMetrics()
        width = gutter.width()
        while block.isValid():
            geo = self.blockBoundingGeometry(block).translated(self.contentOffset())
            if geo.top() > event.rect().bottom():
                break
            if block.isVisible() and geo.bottom() >= event.rect().top():
                line = block.blockNumber() + 1
                h = fm.height()
                top = geo.top()
                r = min(h * 0.36, 7.0)
                cy = top + h / 2
                if line in bps:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(t.e("breakpoint"))
                    p.drawEllipse(QRectF(5, cy - r, 2 * r, 2 * r))
                if line in errors:
                    p.setPen(t.e("error"))
                    p.drawText(QRectF(3, top, 16, h), Qt.AlignmentFlag.AlignCenter, "✖" if line not in bps else "")
                if line == current:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(t.e("current_range")).darker(130))
                    x0 = 4 + 2 * r + 2
                    p.drawPolygon(QPolygonF([QPointF(x0, cy - r), QPointF(x0 + r * 1.4, cy), QPointF(x0, cy + r)]))
                p.setPen(t.e("gutter_current") if line == current else t.e("gutter_text"))
                p.setFont(self.font())
                p.drawText(QRectF(0, top, width - 6, h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(line))
            block = block.next()
        p.end()

    # -- breakpoints follow their lines while the text is edited (cursors move with the text)
    def breakpoints(self) -> set[int]:
        return {c.blockNumber() + 1 for c in self._breakpoints}

    def set_breakpoints(self, lines) -> None:
        self._breakpoints = []
        for line in sorted(set(lines)):
            block = self.document().findBlockByNumber(line - 1)
            if block.isValid():
                self._breakpoints.append(QTextCursor(block))
        self._breakpoints_changed()

    def toggle_breakpoint(self, line: int) -> None:
        lines = self.breakpoints()
        lines.symmetric_difference_update({line})
        self.set_breakpoints(lines)

    def toggle_breakpoint_at_cursor(self) -> None:
        self.toggle_breakpoint(self.textCursor().blockNumber() + 1)

    def _breakpoints_changed(self) -> None:
        self.gutter.update()
        self.breakpointsChanged.emit(self.breakpoints())

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        seen = set()
        keep = []
        for c in self._breakpoints:
            c.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            if c.blockNumber() not in seen:
                seen.add(c.blockNumber())
                keep.append(c)
        if len(keep) != len(self._breakpoints):
            self._breakpoints = keep
            self._breakpoints_changed()

    # -- source positions
    def cursor_for(self, rng: SourceRange) -> QTextCursor:
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.setPosition(self._position(rng.start_line, rng.start_column))
        cursor.setPosition(self._position(rng.end_line, rng.end_column), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _position(self, line: int, column: int) -> int:
        doc = self.document()
        block = doc.findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return max(0, doc.characterCount() - 1)
        text = block.text()
        column = max(0, min(column, len(text)))
        return block.position() + _utf16_len(text[:column])

    # -- what the step, hovering and errors show
    def set_current_range(self, rng: SourceRange | None, reveal: bool = True) -> None:
        old, self._current = self._current, rng
        self._refresh_selections()
        if rng is not None and reveal:
            cursor = self.cursor_for(rng)
            end = QTextCursor(cursor)
            end.setPosition(cursor.selectionEnd())
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart())
            self._reveal(end)
            self._reveal(start)
        # after revealing, so that the rows are found where the scrolled gutter shows them
        if _line(old) != _line(rng):
            self._update_gutter_rows(_line(old), _line(rng))

    def _update_gutter_rows(self, *lines: int | None) -> None:
        """Repaint the gutter only at these lines: the step's arrow and bold number move from one to the other,
        and repainting every number each step is a good part of the time a step takes."""
        for line in lines:
            block = self.document().findBlockByNumber(line - 1) if line is not None else None
            if block is not None and block.isValid():
                geo = self.blockBoundingGeometry(block).translated(self.contentOffset())
                self.gutter.update(QRectF(0, geo.top(), self.gutter.width(), geo.height()).toAlignedRect())

    def _reveal(self, cursor: QTextCursor) -> None:
        rect = self.cursorRect(cursor)
        vp = self.viewport().rect()
        if rect.top() < vp.top() + rect.height() or rect.bottom() > vp.bottom() - rect.height():
            # centre it, without moving the user's text cursor
            bar = self.verticalScrollBar()
            line = cursor.blockNumber()
            visible = max(1, vp.height() // max(1, rect.height()))
            bar.setValue(max(0, line - visible // 2))

    def reveal_line(self, line: int) -> None:
        """Scroll so that a line (an error's) is in view, without moving the user's text cursor."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            self._reveal(QTextCursor(block))

    def current_range(self) -> SourceRange | None:
        return self._current

    def set_hover_range(self, rng: SourceRange | None) -> None:
        self._hover = rng
        self._refresh_selections()

    def set_errors(self, errors: list[tuple[SourceRange, str]]) -> None:
        self._errors = list(errors)
        self._refresh_selections()
        self.gutter.update()

    def errors(self) -> list[tuple[SourceRange, str]]:
        return list(self._errors)

    def _refresh_selections(self) -> None:
        t = self.theme
        selections = []
        if self._current is not None:
            line_sel = QTextEdit.ExtraSelection()
            line_sel.format.setBackground(t.e("current_line"))
            line_sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(self.document().findBlockByNumber(self._current.start_line - 1))
            line_sel.cursor = cursor
            selections.append(line_sel)
            rng_sel = QTextEdit.ExtraSelection()
            rng_sel.format.setBackground(t.e("current_range"))
            rng_sel.cursor = self.cursor_for(self._current)
            selections.append(rng_sel)
        if self._hover is not None:
            hover = QTextEdit.ExtraSelection()
            color = QColor(t.c("hover"))
            color.setAlpha(60)
            hover.format.setBackground(color)
            hover.cursor = self.cursor_for(self._hover)
            selections.append(hover)
        for cursor in self._find_ranges:
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(t.e("find"))
            sel.cursor = cursor
            selections.append(sel)
        for rng, _message in self._errors:
            sel = QTextEdit.ExtraSelection()
            sel.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            sel.format.setUnderlineColor(t.e("error"))
            tint = QColor(t.e("error"))
            tint.setAlpha(95 if t.dark else 48)  # a wavy line alone is easy to miss on a projector
            sel.format.setBackground(tint)
            cursor = self.cursor_for(rng)
            if not cursor.hasSelection():        # an error at one point: underline the word there
                cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
                if not cursor.hasSelection():
                    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    def error_at(self, position: int) -> str | None:
        for rng, message in self._errors:
            cursor = self.cursor_for(rng)
            start, end = cursor.selectionStart(), max(cursor.selectionEnd(), cursor.selectionStart() + 1)
            block = self.document().findBlock(position)
            if start <= position <= end or block.blockNumber() + 1 == rng.start_line and start == end:
                return message
        return None

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        pos = self.cursorForPosition(event.position().toPoint()).position()
        message = self.error_at(pos)
        if message:
            QToolTip.showText(event.globalPosition().toPoint(), message, self.viewport())
        else:
            QToolTip.hideText()

    # -- typing
    def keyPressEvent(self, event) -> None:
        key = event.key()
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            text = cursor.block().text()
            before = text[: cursor.positionInBlock()]
            indent = text[: len(text) - len(text.lstrip())]
            indent = indent[: len(before)]
            stripped = before.rstrip()
            extra = INDENT if stripped.endswith(OPENERS) else ""
            after = text[cursor.positionInBlock():].lstrip()
            cursor.beginEditBlock()
            cursor.insertText("\n" + indent + extra)
            if extra and after[:1] in ("}", ")", "]"):
                # an opener and its closer: put the closer on its own line, the cursor between
                pos = cursor.position()
                cursor.insertText("\n" + indent)
                cursor.setPosition(pos)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            return
        if event.text() in ("}", ")", "]") and not cursor.hasSelection():
            before = cursor.block().text()[: cursor.positionInBlock()]
            if before and not before.strip() and len(before) >= len(INDENT):
                cursor.beginEditBlock()
                cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(INDENT))
                if cursor.selectedText().strip() == "":
                    cursor.removeSelectedText()
                else:
                    cursor.clearSelection()
                cursor.insertText(event.text())
                cursor.endEditBlock()
                self.setTextCursor(cursor)
                return
        if key == Qt.Key.Key_Tab and not event.modifiers():
            if cursor.hasSelection():
                self._indent_selection(cursor, +1)
            else:
                cursor.insertText(INDENT)
            return
        if key == Qt.Key.Key_Backtab:
            self._indent_selection(cursor, -1)
            return
        super().keyPressEvent(event)

    def _indent_selection(self, cursor: QTextCursor, direction: int) -> None:
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        end = cursor.selectionEnd() - (1 if cursor.hasSelection() else 0)
        last = doc.findBlock(max(cursor.selectionStart(), end)).blockNumber()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for n in range(first, last + 1):
            block = doc.findBlockByNumber(n)
            edit.setPosition(block.position())
            if direction > 0:
                edit.insertText(INDENT)
            else:
                text = block.text()
                strip = 0
                while strip < len(INDENT) and strip < len(text) and text[strip] in " \t":
                    strip += 1
                    if text[strip - 1] == "\t":
                        break
                edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, strip)
                edit.removeSelectedText()
        edit.endEditBlock()

    # -- find
    def find_all(self, text: str, case: bool = False) -> int:
        self._find_ranges = []
        if text:
            flags = QTextDocument.FindFlag.FindCaseSensitively if case else QTextDocument.FindFlag(0)
            cursor = QTextCursor(self.document())
            while True:
                cursor = self.document().find(text, cursor, flags)
                if cursor.isNull():
                    break
                self._find_ranges.append(QTextCursor(cursor))
        self._refresh_selections()
        return len(self._find_ranges)

    def find_next(self, text: str, backward: bool = False, case: bool = False) -> bool:
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if case:
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.find(text, flags):
            return True
        cursor = self.textCursor()             # wrap around
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text, flags)


class FindBar(QFrame):
    """Ctrl+F: a line under the editor; Enter / Shift+Enter find next / previous, Esc closes."""

    def __init__(self, editor: CodeEditor, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel("Find:"))
        self.field = QLineEdit()
        self.field.setPlaceholderText("text to find")
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field, 1)
        self.count = QLabel("")
        layout.addWidget(self.count)
        prev_btn = QToolButton(text="▲")
        prev_btn.setToolTip("Previous match (Shift+Enter)")
        next_btn = QToolButton(text="▼")
        next_btn.setToolTip("Next match (Enter)")
        close_btn = QToolButton(text="✕")
        close_btn.setToolTip("Close (Esc)")
        for b in (prev_btn, next_btn, close_btn):
            b.setAutoRaise(True)
            layout.addWidget(b)
        prev_btn.clicked.connect(lambda: self.find(backward=True))
        next_btn.clicked.connect(lambda: self.find())
        close_btn.clicked.connect(self.close_bar)
        self.field.textChanged.connect(self._changed)
        self.field.returnPressed.connect(self.find)
        QShortcut(QKeySequence("Shift+Return"), self.field, activated=lambda: self.find(backward=True),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def open_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._changed(self.field.text())

    def close_bar(self) -> None:
        self.editor.find_all("")
        self.hide()
        self.editor.setFocus()

    def _changed(self, text: str) -> None:
        n = self.editor.find_all(text)
        self.count.setText(f"{n} found" if text else "")

    def find(self, backward: bool = False) -> bool:
        return self.editor.find_next(self.field.text(), backward=backward)


class EditorPane(QWidget):
    """The editor with its find bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.editor = CodeEditor(self)
        self.find_bar = FindBar(self.editor, self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
