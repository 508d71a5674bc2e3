"""The samples browser and the sample note above the editor (what a header says is explorer.lesson's)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from explorer.lesson import Sample, list_samples


class SamplesDialog(QDialog):
    """A browser: the samples by group on the left, what each shows (and what to watch) on the right."""

    chosen = Signal(object)    # Path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Samples")
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel("Programs from the tutorial documents, closure patterns and common pitfalls. "
                       "Double-click one to open it.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)      # whole titles, never "…"
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setSizes([380, 480])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._samples: dict[int, Sample] = {}
        for group, samples in list_samples().items():
            if not samples:
                continue
            top = QTreeWidgetItem([group])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            for sample in samples:
                item = QTreeWidgetItem([sample.title])
                item.setToolTip(0, f"<b>{escape(sample.title)}</b><br>{escape(sample.summary)}")
                item.setData(0, Qt.ItemDataRole.UserRole, str(sample.path))
                self._samples[id(item)] = sample
                top.addChild(item)
            top.setExpanded(True)
        # the list is as wide as its longest title (the details pane gives way; past 560 px it scrolls)
        widest = max((self.tree.fontMetrics().horizontalAdvance(s.title) for g in list_samples().values() for s in g),
                     default=300)
        left = min(560, widest + 2 * self.tree.indentation() + 64)
        split.setSizes([left, max(360, 900 - left)])
        self.resize(max(self.width(), left + 420), self.height())
        self.tree.currentItemChanged.connect(self._show)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._accept())
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))

    def current_sample(self) -> Sample | None:
        item = self.tree.currentItem()
        return self._samples.get(id(item)) if item is not None else None

    def _show(self, item, _previous=None) -> None:
        sample = self._samples.get(id(item)) if item is not None else None
        self.open_button.setEnabled(sample is not None)
        if sample is None:
            self.details.clear()
            return
        parts = [f"<h2>{escape(sample.title)}</h2>", f"<p>{escape(sample.summary)}</p>"]
        if sample.source:
            parts.append(f"<p><i>From the document {escape(sample.source)}</i></p>")
        if sample.watch:
            parts.append("<h3>Watch</h3><ul>" + "".join(f"<li>{escape(w)}</li>" for w in sample.watch) + "</ul>")
        parts.append(f"<p style='color:gray'>{escape(sample.path.name)}</p>")
        self.details.setHtml("".join(parts))

    def _accept(self) -> None:
        sample = self.current_sample()
        if sample is not None:
            self.chosen.emit(sample.path)
            self.accept()


SHORT_WINDOW = 900    # a window less tall than this (a laptop's 720 or 768, the 960x600 minimum) folds the note


class SampleNote(QFrame):
    """A calm note above the editor: what the open sample shows and what to watch. × hides it.

    In a short window the note folds to one line (the title, then as much of the summary as fits, and
    "more"), so the editor keeps its lines; a click on it unfolds it until the sample or the window's
    height class changes.
    """

    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sampleNote")
        self.sample: Sample | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 8)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.title = QLabel(objectName="sampleNoteTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.close_button = QToolButton(objectName="sampleNoteClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip("Hide these notes (View ▸ Show Sample Notes brings them back)")
        self.close_button.clicked.connect(self.dismiss)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.body = QLabel(objectName="sampleNoteBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.body.linkActivated.connect(self._link)
        layout.addWidget(self.body)
        self.watch_open = True
        self.short = False            # the window is short: fold to one line unless unfolded by a click
        self.unfolded = False         # the learner asked for the whole note in a short window
        self._watched = None          # the window whose height decides ``short``
        self.hide()

    # -- folding to one line in a short window
    @property
    def folded(self) -> bool:
        return self.short and not self.unfolded

    def set_short(self, short: bool) -> None:
        """The window became short (fold) or tall again (unfold); a click's unfolding lasts until then."""
        if short == self.short:
            return
        self.short = short
        self.unfolded = False
        self._fill()

    def set_unfolded(self, on: bool) -> None:
        self.unfolded = on
        self._fill()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._watch_window()

    def _watch_window(self) -> None:
        """Follow the height of the window the note is in."""
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            window.installEventFilter(self)
        if self._watched is not None:
            self.set_short(self._watched.height() < SHORT_WINDOW)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._watched and event.type() == QEvent.Type.Resize:
            self.set_short(obj.height() < SHORT_WINDOW)
        return False

    def mousePressEvent(self, event) -> None:
        if self.folded and event.button() == Qt.MouseButton.LeftButton:
            self.set_unfolded(True)
            event.accept()
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.folded:
            self._fill()          # the one line is elided to the new width

    def _link(self, link: str) -> None:
        if link == "more":
            self.set_unfolded(True)
        elif link == "less":
            self.set_unfolded(False)
        else:
            self.set_watch_open(not self.watch_open)

    def set_watch_open(self, on: bool) -> None:
        """Show or fold the "Watch:" list (folded, the note is two or three lines)."""
        self.watch_open = on
        self._fill()

    @staticmethod
    def has_notes(sample: Sample | None) -> bool:
        return sample is not None and bool(sample.summary or sample.watch)

    def set_sample(self, sample: Sample | None) -> None:
        """Show the notes of a sample (nothing when it has none)."""
        self.sample = sample if self.has_notes(sample) else None
        self.unfolded = False
        if self.sample is None:
            self.hide()
            return
        self._watch_window()
        self._fill()
        self.show()

    def _fill(self) -> None:
        if self.sample is None:
            return
        if self.folded:
            self._fill_one_line()
            return
        self.title.setText(self.sample.title)
        self.title.setToolTip("")
        self.title.setCursor(Qt.CursorShape.ArrowCursor)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.body.show()
        parts = []
        if self.sample.summary:
            parts.append(f"<p style='margin:0 0 4px 0'>{escape(self.sample.summary)}</p>")
        if self.sample.watch:
            n = len(self.sample.watch)
            toggle = (f"<a href='fold' style='text-decoration:none'>{'▾ hide' if self.watch_open else '▸ show'}"
                      f"</a>")
            parts.append(f"<p style='margin:2px 0 0 0'><b>Watch</b> ({n}) &nbsp;{toggle}</p>")
            if self.watch_open:
                items = "".join(f"<li style='margin-bottom:2px'>{escape(w)}</li>" for w in self.sample.watch)
                parts.append(f"<ul style='margin:0 0 0 -22px; -qt-list-indent:1'>{items}</ul>")
        if self.short:
            parts.append("<p style='margin:2px 0 0 0'><a href='less' style='text-decoration:none'>▴ fold to one line"
                         "</a></p>")
        self.body.setText("".join(parts))

    def _fill_one_line(self) -> None:
        """Title — summary, elided to the width, then "▸ more"; the whole note is the tooltip."""
        sample = self.sample
        self.body.hide()
        more = "  ▸ more"
        width = max(80, self.width() - self.close_button.sizeHint().width() - 40)
        metrics = self.title.fontMetrics()
        line = sample.title + (f" — {sample.summary}" if sample.summary else "")
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width - metrics.horizontalAdvance(more))
        self.title.setText(shown + more)
        self.title.setToolTip("<p>" + "<br>".join(escape(t) for t in (sample.title, sample.summary, *sample.watch)
                                                   if t) + "</p><p><i>Click to unfold the notes.</i></p>")
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def text(self) -> str:
        """The note as plain words (for tests and for reading aloud)."""
        if self.sample is None:
            return ""
        if self.folded:
            return self.title.text()
        return "\n".join([self.sample.title, self.sample.summary, *(self.sample.watch if self.watch_open else ())])

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def set_font_points(self, points: float) -> None:
        from explorer.ui.theme import sans_font

        self.body.setFont(sans_font(points))
        self.title.setFont(sans_font(points + 0.5, bold=True))
