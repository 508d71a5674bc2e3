"""Predict mode in the window: stepping forward stops before a step that teaches something, asks, waits
for the learner's answer, then reveals the step with the narration's words and marks the answer.

The questions and the progress are ``explorer.lesson``'s (``questions``, ``Quiz``); this module only asks
them: a card over the memory panel, and inputs placed on the diagram itself — a field in the binding's
row for ``value``, tick boxes on the rows of the Local Memory for ``lives-on``, a button on each backpack
for ``which-backpack``. The window wires it in three places: ``gate`` before a step is shown (it may stop
the move before a question), ``step_shown`` after, and ``set_trace`` when a recording comes back.
"""

from __future__ import annotations

import html
import re
import traceback

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.lesson.predict import Question, Quiz, questions
from explorer.trace.model import Outcome, StepKind, Terms
from explorer.ui.theme import MONO_FAMILIES

REVEAL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
TICK_STYLE = ("QPushButton { background: #ffffff; color: #2f6fdb; border: 2px solid #2f6fdb; border-radius: 5px;"
              " padding: 0 4px; font-weight: 600; }"
              "QPushButton:checked { background: #2f6fdb; color: #ffffff; }")

_HINTS = {
    "prints": "Type the line it prints, then press Enter.",
    "value": "Type the value in the highlighted row of the diagram, then press Enter.",
    "lives-on": "Tick the names in its Local Memory that a closure keeps, then Check.",
    "which-backpack": "Click the backpack in the diagram (or a choice below).",
}


def _rich(text: str) -> str:
    """`code` spans as <code>; the rest escaped (the narration's own convention)."""
    out = []
    for part in re.split(r"(`[^`]*`)", text):
        if len(part) >= 2 and part.startswith("`") and part.endswith("`"):
            out.append(f"<code style='font-family: monospace; font-weight: 600'>{html.escape(part[1:-1])}</code>")
        else:
            out.append(html.escape(part))
    return "".join(out)


class QuestionCard(QFrame):
    """The question, the learner's answer, then the verdict and the explanation."""

    submitted = Signal(object)     # the answer typed or chosen (the window's inputs answer through PredictMode)
    showMe = Signal()
    revealRequested = Signal()

    def __init__(self, parent: QWidget):
        self.waiting_for_key = False
        super().__init__(parent)
        self.setObjectName("predictCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel("Predict", objectName="predictTitle")
        self.score = QLabel("", objectName="predictScore")
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.score)
        layout.addLayout(head)
        self.prompt = QLabel(objectName="predictPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.prompt)
        self.hint = QLabel(objectName="predictHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.answer = QLineEdit(objectName="predictAnswer")
        self.answer.setPlaceholderText("What will it print?")
        self.answer.returnPressed.connect(self._check)
        layout.addWidget(self.answer)
        self.choices_box = QWidget()
        self.choices = QVBoxLayout(self.choices_box)
        self.choices.setContentsMargins(0, 0, 0, 0)
        self.choices.setSpacing(4)
        layout.addWidget(self.choices_box)
        buttons = QHBoxLayout()
        self.check_button = QPushButton("Check", objectName="predictCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self._check)
        self.show_button = QPushButton("Show me", objectName="predictShow")
        self.show_button.setToolTip("Reveal the step without predicting (counts as not predicted)")
        self.show_button.clicked.connect(self.showMe)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.verdict = QLabel(objectName="predictVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.verdict)
        self.explanation = QLabel(objectName="predictExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.explanation)
        self.question: Question | None = None
        self.waiting_for_key = False
        self._collect = None          # how the answer is read when Check is pressed (set by PredictMode)
        self.hide()

    # -- look
    def set_look(self, theme, presentation: bool, factor: float) -> None:
        """Sizes in the card's own style sheet (a style sheet set later, the window's theme, would otherwise
        take fonts set with setFont back to the application's)."""
        k = factor if presentation else 1.0
        big = presentation
        sizes = {"predictTitle": 16 if big else 10, "predictScore": 16 if big else 10,
                 "predictPrompt": 24 if big else 13, "predictHint": 15 if big else 10,
                 "predictVerdict": 22 if big else 12.5, "predictExplanation": 17 if big else 11,
                 "predictAnswer": 20 if big else 12}
        self.fonts = {name: points * k for name, points in sizes.items()}
        pal = theme.palette
        button_pt = (15 if big else 10.5) * k
        families = ", ".join(f'"{f}"' for f in MONO_FAMILIES)
        rules = [f"#predictCard {{ background: {pal['base']}; border: 2px solid {pal['highlight']};"
                 f" border-radius: 8px; }}",
                 f"#predictCard QPushButton, #predictCard QCheckBox {{ font-size: {button_pt:.1f}pt; }}",
                 f"#predictCard QPushButton {{ padding: 3px 12px; }}",
                 f"#predictTitle {{ color: {pal['highlight']}; font-weight: bold; }}",
                 f"#predictPrompt {{ font-weight: bold; }}",
                 f"#predictHint, #predictScore {{ color: {pal['placeholder']}; }}",
                 f"#predictAnswer {{ font-family: {families}; }}"]
        rules += [f"#{name} {{ font-size: {points:.1f}pt; }}" for name, points in self.fonts.items()]
        self.setStyleSheet("\n".join(rules))
        self.good = QColor(theme.diagram["phase_execution"]).name()
        self.bad = QColor(theme.editor["error"]).name()

    # -- states
    def ask(self, question: Question, number: int, total: int, collect, on_diagram: bool) -> None:
        """Show ``question``; ``on_diagram``: its inputs are on the diagram (else the card offers them)."""
        self.question = question
        self._collect = collect
        self.waiting_for_key = False
        self.prompt.show()
        self.hint.show()
        self.title.setText(f"Predict · {number} of {total}")
        self.prompt.setText(_rich(question.prompt))
        self.hint.setText(_HINTS[question.kind] if on_diagram or question.kind == "prints" else
                          _HINTS[question.kind].replace(" in the highlighted row of the diagram", "")
                          .replace("in its Local Memory", "below").replace("in the diagram (or a choice below)",
                                                                              "below"))
        self.answer.clear()
        self.answer.setPlaceholderText("What will it print?" if question.kind == "prints" else "Your prediction")
        self.answer.setVisible(question.kind == "prints" or (question.kind == "value" and not on_diagram))
        self.answer.setEnabled(True)
        self._clear_choices()
        if question.kind == "which-backpack":
            for n, label in enumerate(question.choices):
                text = label.replace("`", "").removeprefix("the ").removeprefix("backpack of ")
                button = QPushButton(f"{LETTERS[n % 26]}  {text}")
                button.setToolTip(text)
                button.setObjectName(f"predictChoice{n}")
                button.setStyleSheet("text-align: left; padding: 3px 8px;")
                button.clicked.connect(lambda _c=False, env=question.options[n]: self.submitted.emit(env))
                self.choices.addWidget(button)
        elif question.kind == "lives-on" and not on_diagram:
            for name in question.choices:
                box = QCheckBox(name)
                self.choices.addWidget(box)
        self.choices_box.setVisible(self.choices.count() > 0)
        self.check_button.setVisible(question.kind != "which-backpack")
        self.check_button.setEnabled(True)
        self.show_button.setVisible(True)
        self.show_button.setEnabled(True)
        self.verdict.hide()
        self.explanation.hide()
        self.show()
        self.raise_()

    def fallback_ticks(self) -> list[str]:
        return [self.choices.itemAt(n).widget().text() for n in range(self.choices.count())
                if isinstance(self.choices.itemAt(n).widget(), QCheckBox) and self.choices.itemAt(n).widget().isChecked()]

    def wait_for_key(self, answered: bool) -> None:
        """Presentation mode: the answer is in (or the class answers aloud); a key reveals."""
        self.waiting_for_key = True
        self.answer.setEnabled(False)
        self.check_button.setEnabled(False)
        self.show_button.setEnabled(False)
        self.hint.setText(("Answer locked in. " if answered else "") + "Press Space (or Enter) to reveal.")
        self.setFocus()

    def reveal(self, question: Question, right: bool | None, response_text: str, compact: bool = True) -> None:
        """``right`` None: shown without an answer. ``compact``: the question itself is folded away, so the
        card covers less of the diagram that now shows the answer (a class keeps it in view)."""
        self.question = question
        self.waiting_for_key = False
        self.prompt.setVisible(not compact)
        self.hint.setVisible(not compact)
        self.answer.hide()
        self.choices_box.hide()
        self.check_button.hide()
        self.show_button.hide()
        if question.kind == "which-backpack":     # words with `code` in them, not a value
            truth = _rich(question.answer_text)
        else:
            truth = f"<code>{html.escape(question.answer_text)}</code>"
        if right is True:
            verdict = f"<b style='color:{self.good}'>✓ Right!</b> It is {truth}."
        elif right is False:
            typed = f" (you said <code>{html.escape(response_text)}</code>)" if response_text else ""
            verdict = f"<b style='color:{self.bad}'>✗ Not quite</b>{typed}: it is {truth}."
        else:
            verdict = f"It is {truth}."
        if question.kind == "lives-on":
            verdict += " The names kept are bright in the backpack; the others are dimmed."
        self.verdict.setText(verdict)
        self.verdict.show()
        self.explanation.setText(_rich(question.explanation))
        self.explanation.setVisible(not compact)
        self.hint.setText("Step forward to go on.")
        self.show()
        self.raise_()

    def _clear_choices(self) -> None:
        while self.choices.count():
            item = self.choices.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _check(self) -> None:
        if self.question is None or self.waiting_for_key or self._collect is None:
            return
        self.submitted.emit(self._collect())

    # -- the reveal key (presentation mode): before any window shortcut that uses the same key
    def event(self, event) -> bool:
        if getattr(self, "waiting_for_key", False) and event.type() == QEvent.Type.ShortcutOverride and event.key() in REVEAL_KEYS:
            event.accept()
            return True
        if self.waiting_for_key and event.type() == QEvent.Type.KeyPress and event.key() in REVEAL_KEYS:
            self.revealRequested.emit()
            return True
        return super().event(event)


class BackpackChoice(QFrame):
    """A backpack of the diagram made clickable while ``which-backpack`` is asked: a frame over the whole box,
    with its letter."""

    clicked = Signal()

    def __init__(self, letter: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("predictBackpackChoice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setStyleSheet("#predictBackpackChoice { background: rgba(47, 111, 219, 18); border: 3px dashed #2f6fdb;"
                           " border-radius: 8px; }"
                           "#predictBackpackChoice:hover { background: rgba(47, 111, 219, 48);"
                           " border-style: solid; }"
                           "QLabel { background: #2f6fdb; color: white; border-radius: 5px; padding: 1px 7px;"
                           " font-weight: 600; }")
        self.badge = QLabel(f"{letter} · this one?", self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_badge()

    def place_badge(self) -> None:
        self.badge.adjustSize()
        self.badge.move(self.width() - self.badge.width() - 6, 4)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()


class DiagramInputs(QObject):
    """The inputs predict mode puts on the memory diagram, kept over the boxes and rows they belong to while
    the view scrolls and zooms."""

    submitted = Signal(object)

    def __init__(self, diagram):
        super().__init__(diagram)
        self.diagram = diagram
        self.viewport = diagram.viewport()
        self.question: Question | None = None
        self.field: QLineEdit | None = None
        self.ticks: dict[str, QPushButton] = {}
        self.buttons: dict[int, BackpackChoice] = {}
        self._places: dict[QWidget, tuple] = {}
        self.viewport.installEventFilter(self)
        diagram.horizontalScrollBar().valueChanged.connect(lambda _v: self.place())
        diagram.verticalScrollBar().valueChanged.connect(lambda _v: self.place())

    def clear(self) -> None:
        for widget in list(self._places):
            widget.hide()
            widget.deleteLater()
        self._places = {}
        self.field = None
        self.ticks = {}
        self.buttons = {}
        self.question = None

    def _box(self, key=None, env_id=None):
        drawing = self.diagram.drawing()
        if drawing is None:
            return None
        for box in drawing.boxes:
            if box.ghost:
                continue
            if key is not None and box.key == key:
                return box
            if env_id is not None and box.env_id == env_id:
                return box
        return None

    def _binding_box(self, env_id: int, name: str):
        """The box and row showing binding ``name`` of environment ``env_id``."""
        for box in (self._box(key=f"env:{env_id}"), self._box(env_id=env_id), self._box(key="global")):
            if box is None:
                continue
            for row in box.rows:
                if row.name == name and not row.special:
                    return box, row
        return None, None

    def offer(self, question: Question) -> bool:
        """Put the inputs of ``question`` on the diagram; False when the diagram does not show what they need
        (the card then offers them itself)."""
        self.clear()
        self.question = question
        if question.kind == "value":
            box, row = self._binding_box(question.env, question.name)
            if box is None:
                return False
            self.field = QLineEdit(self.viewport)
            self.field.setObjectName("predictValue")
            self.field.setPlaceholderText("?")
            self.field.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            families = ", ".join(f'"{f}"' for f in MONO_FAMILIES)
            self.field.setStyleSheet("QLineEdit { border: 2px solid #2f6fdb; border-radius: 4px; padding: 0 4px;"
                                     f" background: #fffbe0; color: #1f2328; font-family: {families}; }}")
            self.field.returnPressed.connect(lambda: self.submitted.emit(self.field.text()))
            self._places[self.field] = ("row-value", box.key, row.name)
        elif question.kind == "lives-on":
            box = self._box(env_id=question.env)
            if box is None:
                return False
            for row in box.rows:
                if row.name in question.choices and not row.special and row.name not in self.ticks:
                    tick = QPushButton("☐ stays", self.viewport)
                    tick.setCheckable(True)
                    tick.setObjectName(f"predictTick_{row.name}")
                    tick.setCursor(Qt.CursorShape.PointingHandCursor)
                    tick.setToolTip(f"Will {row.name} stay in the backpack when the call ends? Click to tick.")
                    tick.setStyleSheet(TICK_STYLE)
                    tick.toggled.connect(lambda on, t=tick: t.setText("☑ stays" if on else "☐ stays"))
                    self.ticks[row.name] = tick
                    self._places[tick] = ("row-end", box.key, row.name)
            if set(self.ticks) != set(question.choices):
                self.clear()
                self.question = question
                return False
        elif question.kind == "which-backpack":
            for n, env_id in enumerate(question.options):
                box = self._box(key=f"env:{env_id}")
                if box is None:
                    continue
                button = BackpackChoice(LETTERS[n % 26], self.viewport)
                button.setToolTip(question.choices[n].replace("`", ""))
                button.clicked.connect(lambda env=env_id: self.submitted.emit(env))
                self.buttons[env_id] = button
                self._places[button] = ("box", box.key, None)
            if not self.buttons:
                return False
        self.place()
        for widget in self._places:
            widget.show()
            widget.raise_()
        if self.field is not None:
            self.field.setFocus()
        return True

    def ticked(self) -> list[str]:
        return [name for name, tick in self.ticks.items() if tick.isChecked()]

    def rects(self, keys=None) -> list[QRectF]:
        """Where the question's boxes are (or the boxes ``keys``), in viewport pixels (the card keeps clear of
        them)."""
        out = []
        if keys is None:
            keys = {key for _how, key, _name in self._places.values()}
        for key in keys:
            box = self._box(key=key)
            if box is not None:
                out.append(QRectF(self.diagram.mapFromScene(QRectF(box.x, box.y, box.w, box.h)).boundingRect()))
        return out

    def place(self) -> None:
        """Put each input where its box or row is drawn now."""
        if not self._places:
            return
        m = self.diagram.metrics
        scale = self.diagram.transform().m11()
        for widget, (how, key, name) in self._places.items():
            box = self._box(key=key)
            if box is None:
                widget.hide()
                continue
            row = next((r for r in box.rows if r.name == name), None) if name else None
            if how == "row-value" and row is not None:
                rect = QRectF(box.x + row.chip_x - 2, box.y + row.y, box.w - row.chip_x - m.pad + 4, m.row_h)
            elif how == "row-end" and row is not None:
                width = 74 * m.scale
                rect = QRectF(box.x + box.w - m.pad - width, box.y + row.y + 1, width, m.row_h - 2)
            else:
                rect = QRectF(box.x - 4, box.y - 4, box.w + 8, box.h + 8)
            view_rect = self.diagram.mapFromScene(rect).boundingRect()
            if widget.geometry() != view_rect:
                widget.setGeometry(view_rect)
            points = round(max(7.0, (9.5 if how == "row-value" else 8.5) * m.scale * scale), 1)
            if widget.property("points") != points:      # in the style sheet: a new theme keeps it
                widget.setProperty("points", points)
                base = widget.property("style") or widget.styleSheet()
                widget.setProperty("style", base)
                target = "QLabel" if isinstance(widget, BackpackChoice) else type(widget).__name__
                widget.setStyleSheet(f"{base} {target} {{ font-size: {points}pt; }}")
                if isinstance(widget, BackpackChoice):
                    widget.badge.ensurePolished()
                    widget.place_badge()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Paint) and self._places:
            QTimer.singleShot(0, self.place)
        return False


class PredictMode(QObject):
    """Predict mode for one window. ``go`` is how it moves the window (to reveal a step)."""

    asked = Signal(object)          # a question is on show (the window stops autoplay)

    def __init__(self, window, go):
        super().__init__(window)
        self.window = window
        self.go = go
        self.enabled = False
        self.trace = None
        self.quiz: Quiz | None = None
        self.pending: Question | None = None      # asked, not answered yet
        self.locked = None                        # presentation mode: the answer given, waiting for the key
        self.has_locked = False
        self.revealed: Question | None = None     # the question whose verdict is on show
        self.card = QuestionCard(window.diagram)
        self.inputs = DiagramInputs(window.diagram)
        self.card.submitted.connect(self.submit)
        self.card.showMe.connect(lambda: self.submit(None))
        self.card.revealRequested.connect(self.reveal)
        self.inputs.submitted.connect(self.submit)
        self.score_label = QLabel("", objectName="predictScoreStatus")
        self.score_label.hide()
        window.diagram.installEventFilter(self)

    # -- on and off, traces
    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on:
            self._ensure_quiz()
        else:
            self._hide()
        self.score_label.setVisible(on)
        self._emit_score()

    def set_trace(self, trace) -> None:
        """A new recording: new questions and a new score (a long run's preview replaced by its whole run
        keeps the answers: it is the same run)."""
        same_run = (self.trace is not None and trace is not None and self.quiz is not None
                    and getattr(self.trace, "outcome", None) == Outcome.PREVIEW and trace.source == self.trace.source)
        old = self.quiz
        self.trace = trace
        self.quiz = None
        self._hide()
        if self.enabled:
            self._ensure_quiz()
            if same_run and old is not None and self.quiz is not None:
                self.quiz.results.update(old.results)
        self._emit_score()

    def set_terms(self, terms: Terms) -> None:
        """New words: the questions are worded again; the answers given so far stay."""
        if self.quiz is not None and self.trace is not None:
            results = self.quiz.results
            self.quiz = Quiz(questions(self.trace, terms=terms))
            self.quiz.results.update(results)
            # the question on show, in the new words
            if self.pending is not None:
                self.pending = self.quiz.question_at(self.pending.step)
                self.card.hide()
                self.step_shown(self.window.index)
            if self.revealed is not None:
                self.revealed = self.quiz.question_at(self.revealed.step)
                if self.revealed is not None:
                    result = self.quiz.result(self.revealed)
                    self.card.reveal(self.revealed, None if result is None or result.response is None
                                     else result.right, "", compact=not self.window.presentation)
                    self._place_card()

    def _ensure_quiz(self) -> None:
        if self.quiz is None and self.trace is not None and len(self.trace) > 0:
            try:
                self.quiz = Quiz(questions(self.trace, terms=self.window.terms))
            except Exception:  # noqa: BLE001 - a question that cannot be worked out must not stop the window
                from explorer.ui.app import log_problem

                self.quiz = Quiz([])
                log_problem("predict mode", traceback.format_exc())
                self.window.statusBar().showMessage("Predict mode found no questions to ask in this run.", 6000)

    # -- the window's steps
    def gate(self, current: int, target: int) -> int:
        """The step to show instead of ``target``: the step before the first question on the way forward."""
        if not self.enabled or self.quiz is None:
            return target
        if self.pending is not None:
            if target > current and (self.card.waiting_for_key or self.window.presentation):
                QTimer.singleShot(0, self.reveal)      # presentation: stepping on is the key that reveals
                return current
            if target < current:
                self._hide()
        if self.revealed is not None and target != self.reveal_step(self.revealed):
            self.revealed = None
            self.card.hide()
        question = self.quiz.stop_before(current, target)
        if question is None:
            return target
        self.pending = question
        self.locked, self.has_locked = None, False
        return question.step - 1

    def step_shown(self, index: int) -> None:
        """After the window drew step ``index``: ask the pending question there."""
        q = self.pending
        if q is None or index != q.step - 1:
            return
        if self.card.isVisible() and self.card.question is q and self.card.verdict.isHidden():
            self.inputs.place()
            return
        number = self.quiz.questions.index(q) + 1
        on_diagram = self.inputs.offer(q) if q.kind != "prints" else (self.inputs.clear() or False)
        self.card.ask(q, number, len(self.quiz.questions), self._collector(q, on_diagram), on_diagram)
        self._place_card()
        if q.kind == "prints" or not on_diagram:
            self.card.answer.setFocus()
        self.asked.emit(q)

    def _collector(self, q: Question, on_diagram: bool):
        if q.kind == "prints":
            return self.card.answer.text
        if q.kind == "value":
            return (lambda: self.inputs.field.text()) if on_diagram and self.inputs.field else self.card.answer.text
        if q.kind == "lives-on":
            return self.inputs.ticked if on_diagram else self.card.fallback_ticks
        return lambda: None

    # -- answering
    def submit(self, response) -> None:
        """An answer (None: "show me"). In presentation mode the reveal waits for a key."""
        if self.pending is None:
            return
        if isinstance(response, str) and not response.strip() and self.pending.kind in ("prints", "value"):
            self.card.hint.setText("Type your prediction first (or press Show me).")
            return
        self.locked, self.has_locked = response, True
        if self.window.presentation and response is not None:
            self.card.wait_for_key(response is not None)
            return
        self.reveal()

    def reveal(self) -> None:
        q = self.pending
        if q is None or self.quiz is None:
            return
        response = self.locked if self.has_locked else None
        right = self.quiz.answer(q, response)
        self.pending = None
        self.locked, self.has_locked = None, False
        self.inputs.clear()
        self.revealed = q
        self.go(self.reveal_step(q))
        if isinstance(response, list):
            text = ", ".join(response) if response else "none"
        elif isinstance(response, int):
            text = next((c for c, e in zip(q.choices, q.options) if e == response), "").replace("`", "")
        else:
            text = "" if response is None else str(response)
        compact = not self.window.presentation
        self.card.reveal(q, None if response is None else right, text, compact=compact)
        if compact:     # the explanation where the narration is read, the card left small over the diagram
            self.window.narration.setText(_rich(q.explanation))
        self._place_card()
        self._emit_score()

    def reveal_step(self, q: Question) -> int:
        """The step that shows the answer: the step itself; for a call, the step after it, where the new
        execution context is drawn with its link to the backpack it uses."""
        trace = self.trace
        if q.kind == "which-backpack" and trace is not None and q.step + 1 < len(trace) \
                and trace.kind(q.step + 1) == StepKind.CONTEXT_CREATED:
            return q.step + 1
        return q.step

    # -- look and place
    def set_look(self, theme, presentation: bool, factor: float) -> None:
        self.card.set_look(theme, presentation, factor)
        self._place_card()

    def _hide(self) -> None:
        self.pending = None
        self.revealed = None
        self.locked, self.has_locked = None, False
        self.inputs.clear()
        self.card.hide()

    def _place_card(self) -> None:
        if not self.card.isVisible():
            return
        view = self.window.diagram
        margin = 10
        share = 0.62 if self.window.presentation else 0.55
        width = max(260, min(int(view.width() * share), 900 if self.window.presentation else 560))
        width = min(width, view.width() - 2 * margin)
        self.card.setFixedWidth(width)
        height = min(self.card.heightForWidth(width) if self.card.hasHeightForWidth() else
                     self.card.sizeHint().height(), view.height() - 2 * margin)
        height = max(height, self.card.minimumSizeHint().height())
        right, bottom = view.width() - width - margin, view.height() - height - margin
        corners = [(right, bottom), (right, margin), (margin, bottom), (margin, margin)]
        boxes = self.inputs.rects()
        q = self.revealed
        if q is not None:       # the reveal: keep clear of where the answer shows
            keys = {f"env:{q.env}"} if q.env is not None else set()
            if q.kind == "value":
                box, _row = self.inputs._binding_box(q.env, q.name)
                keys = {box.key} if box is not None else keys
            boxes = self.inputs.rects(keys)
            focus = view.focus_rect()
            if focus is not None:
                boxes.append(QRectF(view.mapFromScene(focus).boundingRect()))

        def overlap(corner) -> float:
            area = QRectF(corner[0], corner[1], width, height)
            return sum(area.intersected(r).width() * area.intersected(r).height() for r in boxes)

        x, y = min(corners, key=overlap)     # the first corner that covers least of the question's boxes
        # still on a box: narrower, towards the free side, while the text still fits
        narrowest = max(300, int(view.width() * 0.36))
        while overlap((x, y)) > 0 and width - 20 >= narrowest:
            width -= 20
            self.card.setFixedWidth(width)
            height = min(max(self.card.heightForWidth(width), self.card.minimumSizeHint().height()),
                         view.height() - 2 * margin)
            if x > margin:
                x = view.width() - width - margin
            if y > margin:
                y = view.height() - height - margin
        self.card.setGeometry(x, y, width, height)
        self.card.raise_()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window.diagram and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._place_card)
        return False

    def _emit_score(self) -> None:
        text = self.quiz.score_text() if (self.enabled and self.quiz is not None) else ""
        self.score_label.setText(text)
        self.card.score.setText(text)
