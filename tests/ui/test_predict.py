"""Predict mode in the window: stepping forward stops before a question, the learner answers on the diagram
(or in the card), the reveal shows the step the trace recorded and marks the answer; stepping back never asks
again; the console hides what is not printed yet; the score resets on re-record; presentation mode waits for
a key. Real recordings of the samples, compared with what the trace says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from explorer.lesson import SAMPLES_DIR, predict_points
from explorer.trace import StepKind
from explorer.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, settings, tmp_path):
    w = MainWindow(settings, recovery_path=tmp_path / "recovery.json")
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    yield w
    w.editor.document().setModified(False)
    w.close()
    w.recorder.wait()
    w.deleteLater()


def open_sample(window, qtbot, name: str):
    assert window.open_path(str(SAMPLES_DIR / name), ask=False)
    qtbot.waitUntil(lambda: not window.recorder.busy() and window.trace is not None, timeout=20000)
    return window.trace


def step_until_asked(window, kind: str | None = None, limit: int = 400):
    """Step into until predict mode asks (a question of ``kind``); other questions are shown without answer."""
    for _ in range(limit):
        window._nav("step_into")
        q = window.predict.pending
        if q is not None:
            if kind is None or q.kind == kind:
                return q
            window.predict.submit(None)
    raise AssertionError(f"no {kind} question asked")


def drawn_box(window, key: str) -> dict:
    return next(b for b in window.diagram.drawn()["boxes"] if b["key"] == key)


# ------------------------------------------------------------------ the mode


def test_the_toggle_is_in_the_run_menu_the_toolbar_and_on_a_key(window):
    run_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Run")
    assert window.act_predict in run_menu.actions()
    assert window.act_predict in window.toolbar.actions()
    assert window.act_predict.shortcut().toString() == "F6"
    assert window.act_predict.isCheckable()


def test_lives_on_stops_before_the_return_and_the_ticks_are_marked_by_the_trace(window, qtbot):
    trace = open_sample(window, qtbot, "seed002_set_counter.js")
    window.act_predict.trigger()
    q = step_until_asked(window, "lives-on")
    assert trace.kind(q.step) == StepKind.RETURN
    assert window.index == q.step - 1, "asked before the step"
    assert window.predict.card.isVisible() and "setCounter() ends now" in window.predict.card.prompt.text()
    ticks = window.predict.inputs.ticks
    assert set(ticks) == {"num", "counter", "count"} and all(t.isVisible() for t in ticks.values())
    # a tick sits on its row of the setCounter() box in the diagram
    ctx = next(b for b in window.diagram.drawing().boxes if b.env_id == q.env)
    row = next(r for r in ctx.rows if r.name == "counter")
    centre = window.diagram.mapFromScene(ctx.x + ctx.w / 2, ctx.y + row.y + window.diagram.metrics.row_h / 2)
    assert abs(ticks["counter"].geometry().center().y() - centre.y()) <= 3
    ticks["num"].setChecked(True)
    ticks["counter"].setChecked(True)
    window.predict.card.check_button.click()
    assert window.index == q.step, "the reveal shows the step"
    assert window.step_label.text().startswith(f"Step {q.step + 1} "), "the step number `quiz` prints"
    assert "Right" in window.predict.card.verdict.text()
    assert window.predict.score_label.text() == "1 of 1 predicted"
    # the truth from the trace, as the diagram draws it: the backpack keeps num and counter, count is dimmed
    after = trace.state_at(q.step)
    kept = {b.name for b in after.environments[q.env].bindings if b.captured}
    backpack = drawn_box(window, f"env:{q.env}")
    assert kept == {"num", "counter"} and set(backpack["dim"]) == {"count"}
    # the explanation in the narration's words, where the narration is read
    code = "<code style='font-family: monospace; font-weight: 600'>"
    assert q.explanation == trace.narration(q.step, window.terms)
    assert window.narration.text().replace(code, "`").replace("</code>", "`") == q.explanation


def test_value_is_typed_into_the_bindings_row_and_a_wrong_value_is_marked(window, qtbot):
    trace = open_sample(window, qtbot, "seed001_multiple_closure_instances.js")
    window.set_predict(True)
    q = step_until_asked(window, "value")
    field = window.predict.inputs.field
    assert field is not None and field.isVisible() and field.placeholderText() == "?"
    backpack = next(b for b in window.diagram.drawing().boxes if b.key == f"env:{q.env}")
    assert any(r.name == "counter" for r in backpack.rows), "the field is on counter's row of the backpack"
    field.setText("5")
    field.returnPressed.emit()
    assert window.index == q.step
    verdict = window.predict.card.verdict.text()
    assert "Not quite" in verdict and "it is <code>1</code>" in verdict
    written = next(b for b in trace.state_at(q.step).environments[q.env].bindings if b.name == "counter")
    assert written.value.text == "1"
    assert ("counter", "1") in drawn_box(window, f"env:{q.env}")["rows"], "the diagram shows the new value"
    assert window.predict.score_label.text() == "0 of 2 predicted"


def test_which_backpack_is_answered_by_clicking_a_backpack(window, qtbot):
    trace = open_sample(window, qtbot, "seed001_multiple_closure_instances.js")
    window.set_predict(True)
    q = step_until_asked(window, "which-backpack")
    buttons = window.predict.inputs.buttons
    assert set(buttons) == set(q.options) and len(buttons) == 2
    qtbot.mouseClick(buttons[q.env], Qt.MouseButton.LeftButton)
    assert "Right" in window.predict.card.verdict.text()
    # the reveal shows the call's new execution context, linked to the backpack it uses
    assert window.index == q.step + 1 and trace.kind(q.step + 1) == StepKind.CONTEXT_CREATED
    entered = trace.state_at(q.step + 1)
    assert entered.environments[entered.stack[-1].env_chain[0]].parent == q.env
    arrows = window.diagram.drawn()["arrows"]
    assert any(src.startswith("ctx:") and dst == f"env:{q.env}" for _kind, src, _row, dst in arrows), arrows


def test_a_wrong_backpack_is_marked_wrong(window, qtbot):
    open_sample(window, qtbot, "seed001_multiple_closure_instances.js")
    window.set_predict(True)
    q = step_until_asked(window, "which-backpack")
    wrong = next(env for env in q.options if env != q.env)
    qtbot.mouseClick(window.predict.inputs.buttons[wrong], Qt.MouseButton.LeftButton)
    assert "Not quite" in window.predict.card.verdict.text()
    assert window.predict.quiz.result(q).right is False


def test_prints_is_typed_in_the_card_and_the_console_shows_nothing_ahead(window, qtbot):
    trace = open_sample(window, qtbot, "seed003_counter_increment.js")
    window.set_predict(True)
    assert all(line[1] <= window.index for line in window.console.lines()
               if not window.console.item(window.console.lines().index(line)).isHidden())
    q = step_until_asked(window, "prints")
    shown = [window.console.item(n).text() for n in range(window.console.count()) if not window.console.item(n).isHidden()]
    assert shown == [], "what the program prints later is not shown before the question"
    window.predict.card.answer.setText("currentValue = 1")
    window.predict.card.check_button.click()
    assert "Right" in window.predict.card.verdict.text()
    shown = [window.console.item(n).text() for n in range(window.console.count()) if not window.console.item(n).isHidden()]
    assert shown == [line.text for line in trace.console if line.step <= q.step] == ["currentValue = 1"]


def test_stepping_back_never_asks_again(window, qtbot):
    open_sample(window, qtbot, "seed002_set_counter.js")
    window.set_predict(True)
    first = step_until_asked(window)
    window.predict.submit(None)
    assert window.index == first.step
    for _ in range(3):
        window._nav("step_back")
    assert window.predict.pending is None and window.index == first.step - 3
    for _ in range(4):
        window._nav("step_into")
        assert window.predict.pending is None or window.predict.pending.step != first.step
    assert window.index > first.step, "stepping forward again went past the answered question"


def test_a_jump_ahead_stops_before_the_first_question(window, qtbot):
    trace = open_sample(window, qtbot, "seed003_counter_increment.js")
    window.set_predict(True)
    window._nav("last")
    first = window.predict.quiz.questions[0]
    assert window.index == first.step - 1 and window.predict.pending is first
    window.set_predict(False)
    window._nav("last")
    assert window.index == len(trace) - 1 and not window.predict.card.isVisible()


def test_predict_comments_choose_where_the_window_asks(window, qtbot, tmp_path):
    path = tmp_path / "marked.js"
    path.write_text("function make() {\n  let n = 0;\n  return () => ++n;\n}\nconst f = make();\n"
                    "const g = make();  // predict\nf();\nconsole.log(f());  // predict\n", encoding="utf-8")
    trace = open_sample(window, qtbot, str(path))
    window.set_predict(True)
    marked = {p.line for p in predict_points(trace.source)}
    assert marked == {6, 8}
    lines = []
    for _ in range(10):
        if window.index >= len(trace) - 1:
            break
        q = step_until_asked(window) if window.predict.quiz.stop_before(window.index, len(trace)) else None
        if q is None:
            break
        lines.append(trace.step(q.step).range.start_line)
        window.predict.submit(None)
    assert set(lines) == marked
    assert [q.kind for q in window.predict.quiz.questions] == ["lives-on", "which-backpack", "prints"]


def test_the_option_hides_future_console_lines_without_predict_mode(window, qtbot):
    open_sample(window, qtbot, "seed003_counter_increment.js")
    window._nav("first")
    hidden = [window.console.item(n).isHidden() for n in range(window.console.count())]
    assert hidden and not any(hidden), "greyed, not hidden, by default"
    window.act_hide_future.trigger()
    assert all(window.console.item(n).isHidden() for n in range(window.console.count()))
    window.act_hide_future.trigger()
    window.set_predict(True)
    assert all(window.console.item(n).isHidden() for n in range(window.console.count()))
    window.set_predict(False)
    assert not any(window.console.item(n).isHidden() for n in range(window.console.count()))


def test_the_score_resets_when_the_program_is_recorded_again(window, qtbot):
    open_sample(window, qtbot, "seed002_set_counter.js")
    window.set_predict(True)
    step_until_asked(window)
    window.predict.submit(None)
    assert window.predict.score_label.text() == "0 of 1 predicted"
    old = window.trace
    window.restart()
    qtbot.waitUntil(lambda: window.trace is not old and not window.recorder.busy(), timeout=20000)
    assert window.predict.score_label.text() == "0 of 0 predicted"
    assert window.predict.quiz.results == {}


def test_presentation_mode_asks_in_large_type_and_reveals_on_a_key(window, qtbot):
    window.resize(1920, 1080)
    open_sample(window, qtbot, "seed002_set_counter.js")
    window.set_presentation(True)
    window.set_predict(True)
    q = step_until_asked(window, "lives-on")
    card = window.predict.card
    # half of a 1080p recording: the question must still be about 14 pixels high there
    assert card.prompt.fontInfo().pixelSize() >= 28
    window.predict.inputs.ticks["counter"].setChecked(True)
    card.check_button.click()
    assert window.index == q.step - 1 and card.waiting_for_key, "the reveal waits for the teacher's key"
    qtbot.keyClick(card, Qt.Key.Key_Space)
    assert window.index == q.step and "Not quite" in card.verdict.text()
    assert card.score.text() == "0 of 1 predicted", "the score shows in the card (no status bar here)"


# ------------------------------------------------------------------ pictures to look at


SHOTS = [("seed002_set_counter.js", "lives-on"), ("seed001_multiple_closure_instances.js", "value"),
         ("seed001_multiple_closure_instances.js", "which-backpack"), ("seed003_counter_increment.js", "prints")]


@pytest.mark.parametrize("presentation", [False, True], ids=["1280x720", "presentation-1920x1080"])
def test_screenshots_of_each_question(window, qtbot, tmp_path, presentation):
    out = Path(os.environ.get("CLOSURE_EXPLORER_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    if presentation:
        window.resize(1920, 1080)
    for name, kind in SHOTS:
        open_sample(window, qtbot, name)
        window.set_presentation(presentation)
        window.set_predict(True)
        step_until_asked(window, kind)
        qtbot.wait(50)
        suffix = "presentation" if presentation else "1280x720"
        for stage in ("ask", "reveal"):
            path = out / f"predict-{kind}-{suffix}-{stage}.png"
            assert window.grab().save(str(path))
            image = QImage(str(path))
            assert image.width() >= 1200 and image.height() >= 700
            prompt = window.predict.card.prompt
            assert prompt.fontInfo().pixelSize() >= (28 if presentation else 16), "the card's own large type"
            card = window.predict.card.geometry()
            assert window.diagram.rect().contains(card), "the card stays inside the memory panel"
            if stage == "ask":
                window.predict.submit(None)
                if presentation:
                    window.predict.reveal()
        window.set_predict(False)
        window.set_presentation(False)


def test_autoplay_stops_at_a_question(window, qtbot):
    open_sample(window, qtbot, "seed002_set_counter.js")
    window.set_predict(True)
    window.speed.setValue(20)
    window.start_play()
    qtbot.waitUntil(lambda: window.predict.pending is not None, timeout=10000)
    assert not window.play_timer.isActive()
    assert window.index == window.predict.pending.step - 1


def test_new_words_reword_the_question_on_show(window, qtbot):
    from explorer.trace.model import Terms

    open_sample(window, qtbot, "seed002_set_counter.js")
    window.set_predict(True)
    q = step_until_asked(window, "lives-on")
    window.set_terms(Terms.DEVTOOLS)
    assert window.predict.pending.step == q.step
    assert "Local scope" in window.predict.card.prompt.text() and "Closure scope" in window.predict.card.prompt.text()
    window.predict.inputs.ticks["num"].setChecked(True)
    window.predict.inputs.ticks["counter"].setChecked(True)
    window.predict.card.check_button.click()
    assert "Right" in window.predict.card.verdict.text()
