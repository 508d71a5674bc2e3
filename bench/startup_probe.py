"""Start the real app on a sample, offscreen, and report when its first step is drawn.

Run by bench/run.py as a fresh process: ``startup_probe.py SAMPLE``. It goes
through ``explorer.ui.app.run_app`` exactly as ``closure-explorer SAMPLE``
does; a timer watches for the window to hold the recording, then forces the
window to paint, prints ``{"done": time.time(), "cpu": s}`` and quits.
The parent subtracts the time it started the process.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.ui.app import run_app  # noqa: E402


def main() -> int:
    sample = sys.argv[1]
    app = QApplication(sys.argv[:1])
    watch = QTimer(app, interval=1)

    def check() -> None:
        from explorer.ui.mainwindow import MainWindow

        for w in app.topLevelWidgets():
            if isinstance(w, MainWindow) and w.trace is not None and w.diagram.drawn()["boxes"]:
                watch.stop()
                w.repaint()  # the first step, diagram included, painted now
                usage = resource.getrusage(resource.RUSAGE_SELF)
                print(json.dumps({"done": time.time(), "cpu": usage.ru_utime + usage.ru_stime,
                                  "steps": len(w.trace)}), flush=True)
                app.quit()
                return
    watch.timeout.connect(check)
    watch.start()
    return run_app(sample)


if __name__ == "__main__":
    raise SystemExit(main())
