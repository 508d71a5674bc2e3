"""Keys that work on a laptop without Fn: the arrows step, Space plays.

They are extra shortcuts of the window's actions (Right/Left step forward/back, Down/Up step over/back
over, Space plays or pauses), so they work whatever has focus, except where the keys are typed: the
editor takes them itself, and ``TypingGuard`` hands them to any other place the learner types in (an
input line, a spin box, an editable combo box), where Qt would otherwise give Up, Down or Space to the
window's shortcuts; a focused button keeps Space (it presses the button).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit,
                               QTextEdit)

# action name -> the key that needs no Fn (F10, F11 and Shift+F11 need Fn on most laptops; F11 is macOS's)
LAPTOP_KEYS = {
    "step_into": "Right",
    "step_back": "Left",
    "step_over": "Down",
    "step_back_over": "Up",
    "play": "Space",
}
_PLAIN = {Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space}


def is_typing_in(widget) -> bool:
    """Does ``widget`` take the arrows and Space as typing?"""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    return False


class TypingGuard(QObject):
    """While the focus is in a place where the learner types, plain arrows and Space stay there."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() in _PLAIN
                and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)):
            focus = QApplication.focusWidget()
            if focus is not None and focus.window() is self.window and (
                    is_typing_in(focus)
                    or (event.key() == Qt.Key.Key_Space and isinstance(focus, QAbstractButton))):
                event.accept()          # the widget gets the key as a key press, the shortcut does not fire
        return False
