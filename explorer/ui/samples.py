"""The sample programs: their header comments, grouped the way the samples browser lists them."""

from __future__ import annotations

import re
from html import escape
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

SAMPLES_DIR = Path(__file__).resolve().parent.parent.parent / "samples"
GROUPS = ("From the documents", "Patterns", "Pitfalls")
DEFAULT_SAMPLE = SAMPLES_DIR / "seed001_retaining_function_memory.js"
_HEADER = re.compile(r"^//\s*(Title|Group|Source|Summary|Watch):\s*(.*\S)\s*$")


@dataclass(frozen=True)
class Sample:
    path: Path
    title: str
    group: str
    summary: str = ""
    source: str = ""
    watch: tuple[str, ...] = field(default=())


def parse_header(path: Path, text: str) -> Sample:
    fields: dict[str, str] = {}
    watch: list[str] = []
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m is None:
            if line.strip() and not line.startswith("//"):
                break
            continue
        key, value = m.groups()
        if key == "Watch":
            watch.append(value)
        else:
            fields.setdefault(key, value)
    group = fields.get("Group", "")
    if group not in GROUPS:
        group = "Patterns"
    return Sample(path, fields.get("Title", path.stem), group, fields.get("Summary", ""),
                  fields.get("Source", ""), tuple(watch))


def list_samples(directory: Path = SAMPLES_DIR) -> dict[str, list[Sample]]:
    """Samples by group, in the order of GROUPS, each group sorted by file name."""
    groups: dict[str, list[Sample]] = {g: [] for g in GROUPS}
    if not directory.is_dir():
        return groups
    for path in sorted(directory.glob("*.js")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        sample = parse_header(path, text)
        groups[sample.group].append(sample)
    return groups


def is_sample(path: str | Path | None) -> bool:
    if not path:
        return False
    try:
        return Path(path).resolve().parent == SAMPLES_DIR.resolve()
    except OSError:
        return False


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
                item.setToolTip(0, sample.summary)
                item.setData(0, Qt.ItemDataRole.UserRole, str(sample.path))
                self._samples[id(item)] = sample
                top.addChild(item)
            top.setExpanded(True)
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
