"""Laptop screens (1280x720, 1366x768) and the 960x600 minimum: what a learner sees without scrolling.

Real recordings of the samples; the checks read the widgets' geometry: the editor shows enough lines of
code, the sample's note folds to one line in a short window, the diagram fits its panel (and re-fits),
and presentation mode shows the whole diagram with the current line in view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from explorer.lesson import DEFAULT_SAMPLE, SAMPLES_DIR, first_code_line
from explorer.ui.mainwindow import MainWindow

SIZES = [(1280, 720), (1366, 768), (960, 600)]
DOCUMENT_SAMPLES = sorted(p.name for p in SAMPLES_DIR.glob("seed*.js"))


@pytest.fixture
def make_window(qtbot, settings, tmp_path):
    made = []

    def make(width: int, height: int, sample=DEFAULT_SAMPLE) -> MainWindow:
        w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
        w.act_animations.setChecked(False)
        w.resize(width, height)
        w.show()
        qtbot.waitExposed(w)
        assert w.open_path(str(sample), ask=False)
        qtbot.waitUntil(lambda: not w.recorder.busy() and w.trace is not None, timeout=20000)
        qtbot.wait(10)
        made.append(w)
        return w

    yield make
    for w in made:
        w.editor.document().setModified(False)
        w.close()
        w.recorder.wait()
        w.deleteLater()


def visible_lines(editor) -> int:
    """Whole lines of text the editor shows at once."""
    return editor.viewport().height() // editor.fontMetrics().lineSpacing()


def shown_rect(diagram):
    """The part of the drawing in view, in scene coordinates."""
    return diagram.mapToScene(diagram.viewport().rect()).boundingRect()


def fits(diagram) -> bool:
    drawn = diagram.scene().itemsBoundingRect()
    view = shown_rect(diagram).adjusted(-1, -1, 1, 1)
    return view.contains(drawn)


def fits_across(diagram) -> bool:
    """Nothing is cut off on the left or the right (the panel may scroll up and down)."""
    drawn = diagram.scene().itemsBoundingRect()
    view = shown_rect(diagram).adjusted(-1, -1, 1, 1)
    return view.left() <= drawn.left() and drawn.right() <= view.right()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_short_window_folds_the_note_and_keeps_the_code_in_view(make_window, qtbot, size):
    w = make_window(*size)
    note = w.sample_note
    assert note.folded and note.isVisible()
    assert note.height() < 3 * note.fontMetrics().lineSpacing() + 20        # one line, not ~290 px
    assert w.sample_note.sample.title in note.title.toolTip()
    text = w.editor.toPlainText()
    code_lines = len(text.splitlines()) - first_code_line(text) + 1
    assert visible_lines(w.editor) >= min(code_lines, 9 if size[1] <= 600 else 12)
    # a click unfolds the whole note; "fold to one line" folds it again
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert not note.folded and note.body.isVisible() and "Watch" in note.body.text()
    note.body.linkActivated.emit("less")
    assert note.folded


def test_a_tall_window_shows_the_whole_note(make_window):
    w = make_window(1920, 1080)
    assert not w.sample_note.folded and w.sample_note.body.isVisible()
    w.resize(1280, 720)
    assert w.sample_note.folded
    w.resize(1920, 1080)
    assert not w.sample_note.folded


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("name", DOCUMENT_SAMPLES)
def test_the_diagram_fits_its_panel_at_every_step(make_window, qtbot, size, name):
    w = make_window(*size, sample=SAMPLES_DIR / name)
    assert w.diagram.auto_fit
    for i in range(0, len(w.trace), max(1, len(w.trace) // 25)):
        w.go(i)
        if size[1] > 600:
            assert fits(w.diagram), (name, i, w.diagram.zoom)
        else:
            # the minimum window: whole width, and what the step changed in view
            assert fits_across(w.diagram), (name, i, w.diagram.zoom)
            focus = w.diagram.focus_rect()
            assert focus is None or shown_rect(w.diagram).intersects(focus), (name, i)


def test_the_diagram_refits_when_the_splitter_moves_until_zoomed_by_hand(make_window, qtbot):
    w = make_window(1280, 720)
    w.go(len(w.trace) - 1)
    assert fits(w.diagram)
    before = w.diagram.zoom
    sizes = w.top_split.sizes()
    w.top_split.setSizes([sizes[0] + 200, sizes[1] - 200])      # a narrower memory panel
    qtbot.wait(10)
    assert w.diagram.zoom < before and fits(w.diagram)
    w.zoom_in()
    assert not w.diagram.auto_fit
    zoomed = w.diagram.zoom
    w.top_split.setSizes(sizes)
    qtbot.wait(10)
    assert w.diagram.zoom == zoomed                              # the learner's zoom stays


def test_zooming_in_keeps_the_top_left_corner(make_window, qtbot):
    w = make_window(1280, 720)
    w.go(len(w.trace) - 1)
    corner = shown_rect(w.diagram).topLeft()
    w.zoom_in()
    w.zoom_in()
    after = shown_rect(w.diagram).topLeft()
    assert abs(after.x() - corner.x()) < 2 and abs(after.y() - corner.y()) < 2
    # the wheel zooms around the mouse (in a diagram larger than its panel, so that it can scroll there)
    d = w.diagram
    for _ in range(4):
        d.zoom_in()
    d.horizontalScrollBar().setValue(d.horizontalScrollBar().maximum() // 2)
    d.verticalScrollBar().setValue(d.verticalScrollBar().maximum() // 2)
    at = QPointF(d.viewport().width() * 0.6, d.viewport().height() * 0.5)
    pinned = d.mapToScene(at.toPoint())
    d.zoom_in(at)
    moved = d.mapToScene(at.toPoint())
    assert abs(moved.x() - pinned.x()) < 2 and abs(moved.y() - pinned.y()) < 2


@pytest.mark.parametrize("size", [(1280, 720), (1280, 760), (960, 600)], ids=["1280x720", "1280x760", "960x600"])
def test_presentation_mode_fits_the_diagram_and_shows_the_code_not_the_header(make_window, qtbot, size):
    w = make_window(*size)
    w.go(len(w.trace) * 2 // 3)
    w.set_presentation(True)
    qtbot.wait(20)
    assert fits(w.diagram) if size[1] > 600 else fits_across(w.diagram)
    text = w.editor.toPlainText()
    first = first_code_line(text)
    assert w.editor.folded_lines() == first - 1
    assert w.editor.firstVisibleBlock().blockNumber() >= first - 1      # no header comment in view
    line = w.editor.current_range().start_line
    block = w.editor.document().findBlockByNumber(line - 1)
    geo = w.editor.blockBoundingGeometry(block).translated(w.editor.contentOffset())
    assert 0 <= geo.top() and geo.bottom() <= w.editor.viewport().height()
    assert w.editor.toPlainText() == text and not w.editor.document().isModified()
    # Ctrl+0 keeps the presentation's sizes
    scale, font = w.diagram.fonts.scale, w.editor.font_size()
    w.zoom_in()
    w.zoom_reset()
    assert w.diagram.fonts.scale == scale and w.editor.font_size() == font and w.diagram.auto_fit
    assert fits(w.diagram) if size[1] > 600 else fits_across(w.diagram)
    w.set_presentation(False)
    assert w.editor.folded_lines() == first - 1          # folded while the note says what the header says
    w.sample_note.dismiss()
    assert w.editor.folded_lines() == 0 and w.editor.document().firstBlock().isVisible()
    assert w.editor.toPlainText() == text
