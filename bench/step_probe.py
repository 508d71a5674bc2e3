"""Step through every step of each sample in the window, offscreen, and time each step shown.

Run by bench/run.py in a process of its own: ``step_probe.py SAMPLE...``.
A step shown is ``window.go(i)`` (editor, diagram, timeline, console,
narration) plus the event processing that paints it. Prints one JSON object
``{sample: {"steps", "cpu_p50_ms", "cpu_p95_ms", "wall_p50_ms", "wall_p95_ms"}}``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.ui.mainwindow import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, recovery_path=tmp / "recovery.json")
    window.resize(1280, 720)
    window.show()
    out = {}
    for sample in sys.argv[1:]:
        window.open_path(sample, ask=False)
        deadline = time.monotonic() + 120
        while (window.trace is None or window.recorder.busy()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        trace = window.trace
        if trace is None:
            out[Path(sample).name] = {"error": "no recording"}
            continue
        app.processEvents()
        cpu, wall = [], []
        for i in range(len(trace)):
            c0, w0 = time.thread_time_ns(), time.perf_counter_ns()
            window.go(i)
            app.processEvents()
            cpu.append(time.thread_time_ns() - c0)
            wall.append(time.perf_counter_ns() - w0)
        out[Path(sample).name] = {
            "steps": len(trace),
            "cpu_p50_ms": pct(cpu, 50) / 1e6, "cpu_p95_ms": pct(cpu, 95) / 1e6,
            "wall_p50_ms": pct(wall, 50) / 1e6, "wall_p95_ms": pct(wall, 95) / 1e6,
        }
    window.editor.document().setModified(False)
    window.recorder.wait()
    print(json.dumps(out))


def pct(xs: list[int], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * p / 100))]


if __name__ == "__main__":
    main()
