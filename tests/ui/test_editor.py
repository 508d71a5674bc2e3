"""The editor: highlighting, current step, breakpoints, errors, auto-indent, find."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat

from explorer.trace.model import SourceRange
from explorer.ui.editor import EditorPane


@pytest.fixture
def pane(qtbot):
    p = EditorPane()
    p.resize(600, 400)
    qtbot.addWidget(p)
    p.show()
    return p


SRC = "function outer() {\n  let counter = 0;\n  return counter;\n}\nouter();\n"


def _format_at(editor, line, column):
    block = editor.document().findBlockByNumber(line - 1)
    for r in block.layout().formats():
        if r.start <= column < r.start + r.length:
            return r.format.foreground().color().name()
    return None


def test_keywords_are_coloured_and_the_document_is_lexed_once(pane):
    ed = pane.editor
    ed.setPlainText(SRC)
    before = ed.highlighter.lex_count
    cursor = ed.textCursor()
    cursor.setPosition(ed.document().findBlockByNumber(1).position())
    cursor.insertText("  /* a comment */\n")    # one edit touching two blocks: one lexing
    assert ed.highlighter.lex_count - before == 1
    kw = _format_at(ed, 1, 0)                  # "function"
    assert kw in (ed.theme.syntax["Keyword.Declaration"].split()[0], ed.theme.syntax["Keyword"].split()[0])
    assert _format_at(ed, 3, 16) == ed.theme.syntax["Number"].split()[0]     # the 0 of counter = 0
    assert _format_at(ed, 2, 6) == ed.theme.syntax["Comment"].split()[0]


def test_stepping_uses_extra_selections_not_relexing(pane):
    ed = pane.editor
    ed.setPlainText(SRC)
    count = ed.highlighter.lex_count
    ed.set_current_range(SourceRange(2, 2, 2, 18))
    sels = ed.extraSelections()
    exact = [s for s in sels if s.cursor.hasSelection()]
    assert exact and exact[0].cursor.selectedText() == "let counter = 0;"
    assert ed.highlighter.lex_count == count


def test_gutter_click_and_f9_toggle_breakpoints(pane, qtbot):
    ed = pane.editor
    ed.setPlainText(SRC)
    block = ed.document().findBlockByNumber(2)
    y = int(ed.blockBoundingGeometry(block).translated(ed.contentOffset()).center().y())
    with qtbot.waitSignal(ed.breakpointsChanged):
        qtbot.mouseClick(ed.gutter, Qt.MouseButton.LeftButton, pos=QPoint(8, y))
    assert ed.breakpoints() == {3}
    cursor = ed.textCursor()
    cursor.setPosition(ed.document().findBlockByNumber(4).position())
    ed.setTextCursor(cursor)
    ed.toggle_breakpoint_at_cursor()
    assert ed.breakpoints() == {3, 5}
    ed.toggle_breakpoint(3)
    assert ed.breakpoints() == {5}


def test_breakpoints_move_with_their_lines(pane):
    ed = pane.editor
    ed.setPlainText(SRC)
    ed.set_breakpoints({3})
    cursor = ed.textCursor()
    cursor.setPosition(0)
    cursor.insertText("// a comment\n")
    assert ed.breakpoints() == {4}


def test_errors_are_underlined_with_their_message(pane):
    ed = pane.editor
    ed.setPlainText(SRC)
    ed.set_errors([(SourceRange(5, 0, 5, 5), "ReferenceError: outer is broken")])
    under = [s for s in ed.extraSelections()
             if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert len(under) == 1 and under[0].cursor.selectedText() == "outer"
    pos = ed.document().findBlockByNumber(4).position() + 2
    assert ed.error_at(pos) == "ReferenceError: outer is broken"
    assert ed.error_at(0) is None


def test_error_at_a_point_underlines_the_word_there(pane):
    ed = pane.editor
    ed.setPlainText("let x = ;\n")
    ed.set_errors([(SourceRange(1, 8, 1, 8), "SyntaxError: Unexpected token ;")])
    under = [s for s in ed.extraSelections() if s.cursor.hasSelection()]
    assert under[0].cursor.selectedText() == ";"


def test_enter_keeps_indentation_and_indents_after_a_brace(pane, qtbot):
    ed = pane.editor
    ed.setPlainText("")
    ed.setFocus()
    qtbot.keyClicks(ed, "function f() {")
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    qtbot.keyClicks(ed, "let a = 1;")
    qtbot.keyClick(ed, Qt.Key.Key_Return)
    qtbot.keyClicks(ed, "}")
    assert ed.toPlainText() == "function f() {\n  let a = 1;\n}"
    ed.undo()
    assert ed.toPlainText() != "function f() {\n  let a = 1;\n}"
    ed.redo()
    assert ed.toPlainText() == "function f() {\n  let a = 1;\n}"


def test_find_bar_finds_and_counts(pane, qtbot):
    ed = pane.editor
    ed.setPlainText(SRC)
    pane.find_bar.open_bar()
    qtbot.keyClicks(pane.find_bar.field, "counter")
    assert pane.find_bar.count.text() == "2 found"
    assert pane.find_bar.find()
    assert ed.textCursor().selectedText() == "counter"
    qtbot.keyClick(pane.find_bar.field, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()


def test_columns_count_code_points_not_utf16_units(pane):
    ed = pane.editor
    ed.setPlainText("const s = '😀'; x;\n")
    ed.set_current_range(SourceRange(1, 15, 1, 16))
    exact = [s for s in ed.extraSelections() if s.cursor.hasSelection()]
    assert exact[0].cursor.selectedText() == "x"
