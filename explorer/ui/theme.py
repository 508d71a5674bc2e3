"""Themes: a palette for the widgets, a style sheet, and the colours of the editor and the diagram.

A theme is ``resources/themes/<key>.json``; the style sheet is one template,
``base.qss``, filled with the theme's palette so the three themes cannot drift.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from explorer.data import RESOURCES_DIR as RESOURCES

THEMES_DIR = RESOURCES / "themes"
THEME_KEYS = ("light", "dark", "contrast")

MONO_FAMILIES = ["JetBrains Mono", "Cascadia Code", "Consolas", "Menlo", "DejaVu Sans Mono", "Liberation Mono", "monospace"]
SANS_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Cantarell", "DejaVu Sans", "Liberation Sans", "sans-serif"]

_PALETTE_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alt_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
    "placeholder": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
}


@dataclass(frozen=True)
class Theme:
    key: str
    name: str
    dark: bool
    palette: dict
    editor: dict
    syntax: dict
    diagram: dict

    def c(self, key: str) -> QColor:
        """A diagram colour."""
        return QColor(self.diagram[key])

    def e(self, key: str) -> QColor:
        """An editor colour."""
        return QColor(self.editor[key])

    def qpalette(self) -> QPalette:
        pal = QPalette()
        for key, role in _PALETTE_ROLES.items():
            color = QColor(self.palette[key])
            pal.setColor(role, color)
            pal.setColor(QPalette.ColorGroup.Inactive, role, color)
        disabled = QColor(self.palette["placeholder"])
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        return pal

    def stylesheet(self) -> str:
        template = Template((THEMES_DIR / "base.qss").read_text(encoding="utf-8"))
        values = dict(self.palette)
        values.update({f"editor_{k}": v for k, v in self.editor.items()})
        return template.safe_substitute(values)


@lru_cache(maxsize=None)
def load_theme(key: str) -> Theme:
    if key not in THEME_KEYS:
        key = "light"
    data = json.loads((THEMES_DIR / f"{key}.json").read_text(encoding="utf-8"))
    return Theme(key, data["name"], bool(data["dark"]), data["palette"], data["editor"], data["syntax"], data["diagram"])


def apply_theme(app: QApplication, theme: Theme) -> None:
    app.setPalette(theme.qpalette())
    app.setStyleSheet(theme.stylesheet())


def mono_font(point_size: float = 11.0) -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(point_size)
    return font


def sans_font(point_size: float = 10.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


ICONS_DIR = RESOURCES / "icons"


@lru_cache(maxsize=None)
def icon(name: str, color: str):
    """An icon from resources/icons/<name>.svg, drawn in ``color`` (the SVGs say COLOR where it goes)."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    path = ICONS_DIR / f"{name}.svg"
    result = QIcon()
    if not path.exists():
        return result
    data = QByteArray(path.read_text(encoding="utf-8").replace("COLOR", color).encode("utf-8"))
    renderer = QSvgRenderer(data)
    for size in (16, 24, 32, 48, 64):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        renderer.render(p)
        p.end()
        result.addPixmap(pix)
    return result
