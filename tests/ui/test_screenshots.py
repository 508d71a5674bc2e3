"""Screenshots of the window at a few steps of seed001, in both themes, for people to look at.

They go to a temporary folder, or to $CLOSURE_EXPLORER_SHOTS when it is set.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

import fake_trace
from explorer.trace.model import StepKind
from explorer.ui.mainwindow import MainWindow
from explorer.lesson import DEFAULT_SAMPLE


def _record(source, **kwargs):
    try:
        from explorer.trace import record
    except ImportError:
        return fake_trace.retaining_function_memory()
    return record(source, **kwargs)


def test_screenshots_of_seed001(qtbot, settings, tmp_path):
    out = Path(os.environ.get("CLOSURE_EXPLORER_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    w = MainWindow(settings, record_fn=_record)
    w.act_animations.setChecked(False)
    w.resize(1280, 720)
    w.show()
    w.open_path(str(DEFAULT_SAMPLE), ask=False)
    qtbot.waitUntil(lambda: w.trace is not None and not w.recorder.busy(), timeout=20000)
    trace = w.trace
    kinds = [s.kind for s in trace.steps]
    first_call = kinds.index(StepKind.CALL)
    first_return = kinds.index(StepKind.RETURN)
    later_call = next(i for i in range(first_return, len(trace)) if kinds[i] == StepKind.CALL)
    shots = {"start": 0, "in-outer": first_call + 2, "outer-returned": first_return,
             "closure-call": later_call + 1, "end": len(trace) - 1}
    written = []
    for theme in ("light", "dark"):
        w.set_theme(theme)
        for name, index in shots.items():
            w.go(index)
            path = out / f"seed001-{theme}-{name}.png"
            assert w.grab().save(str(path))
            written.append(path)
    w.set_presentation(True)
    w.go(later_call + 1)
    path = out / "seed001-presentation.png"
    w.grab().save(str(path))
    written.append(path)
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 600
    w.close()
    w.recorder.wait()
