"""Recording off the GUI thread: the window asks, a worker thread records, signals bring the result back.

A long run is recorded twice: first its opening steps (``preview_steps``), which the window shows
at once, then the whole run, which replaces the preview when it is ready. Runs are deterministic,
so the preview's steps are the full recording's first steps and the learner keeps their place.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from explorer.session import problem_of


PREVIEW_STEPS = 20_000     # about 0.1 s of recording: a long run shows its opening steps at once
HOLD_MS = 60               # a step shown holds a running recording back this long: it is painted by then


def default_record(source: str, **kwargs):
    from explorer.trace import record

    return record(source, **kwargs)


class _CancelFlag:
    """A recording's cancel flag (a ``threading.Event`` to the engine, which asks ``is_set()`` every 1,024
    steps) that can also hold the recording back for a moment.

    The window holds a background recording while the learner steps through its preview: the recording
    thread and the window share Python's GIL, and a step shown while the recording runs took 30 to 75 ms
    instead of 5. Held, the recording waits in ``is_set()`` without the GIL until the window lets it go.
    """

    def __init__(self):
        self._cancelled = threading.Event()
        self._free = threading.Event()
        self._free.set()

    def is_set(self) -> bool:
        while not self._free.is_set() and not self._cancelled.is_set():
            self._free.wait(0.25)       # never held for good: the window lets go within HOLD_MS
        return self._cancelled.is_set()

    def set(self) -> None:
        self._cancelled.set()
        self._free.set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._cancelled.wait(timeout)

    def hold(self) -> None:
        self._free.clear()

    def release(self) -> None:
        self._free.set()


class _Job(QThread):
    progress = Signal(int, int)            # job id, steps so far
    previewed = Signal(int, object)        # job id, Trace of the opening steps (outcome PREVIEW)
    done = Signal(int, object)             # job id, Trace
    failed = Signal(int, object)           # job id, Problem (a syntax error, not supported, an internal error)

    def __init__(self, job_id: int, source: str, filename: str, record_fn, max_steps: int,
                 preview_steps: int = 0, entries=()):
        super().__init__()
        self.entries = tuple(entries)     # console entries replayed after the program (none: not passed on)
        self.preview_steps = preview_steps
        self.job_id = job_id
        self.source = source
        self.filename = filename
        self.record_fn = record_fn
        self.max_steps = max_steps
        self.cancel = _CancelFlag()
        self._last = 0

    def _progress(self, steps: int) -> None:
        if steps - self._last >= 2000 or steps < self._last:
            self._last = steps
            self.progress.emit(self.job_id, steps)

    def run(self) -> None:
        try:
            more = {"entries": self.entries} if self.entries else {}
            if 0 < self.preview_steps < self.max_steps:
                trace = self.record_fn(self.source, filename=self.filename, max_steps=self.preview_steps,
                                       cancel=self.cancel, progress=self._progress, preview=True, **more)
                if trace.outcome.value != "preview":     # the run ended within the preview: it is all there
                    self.done.emit(self.job_id, trace)
                    return
                self.previewed.emit(self.job_id, trace)
            trace = self.record_fn(self.source, filename=self.filename, max_steps=self.max_steps,
                                   cancel=self.cancel, progress=self._progress, **more)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message in the window
            self.failed.emit(self.job_id, problem_of(exc, traceback.format_exc()))
            return
        self.done.emit(self.job_id, trace)


class Recorder(QObject):
    """One recording at a time; a newer request cancels the older one, whose result is then ignored."""

    started = Signal()
    progress = Signal(int)
    previewed = Signal(object)      # Trace of a long run's opening steps; ``finished`` follows
    finished = Signal(object)       # Trace
    failed = Signal(object)         # Problem: why there is no trace
    cancelled = Signal()

    def __init__(self, record_fn=None, max_steps: int = 1_000_000, parent=None, preview_steps: int | None = None):
        super().__init__(parent)
        self.record_fn = record_fn or default_record
        self.max_steps = max_steps
        # a record_fn of one's own previews only when asked to (it must take ``preview=True``)
        self.preview_steps = (PREVIEW_STEPS if record_fn is None else 0) if preview_steps is None else preview_steps
        self._job: _Job | None = None
        self._old: list[_Job] = []
        self._next_id = 0
        self._stopped_id = 0        # the job the user cancelled: its partial trace is still wanted
        self._hold_timer = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold_timer.timeout.connect(self._let_go)

    def hold(self) -> None:
        """The window is showing a step: the running recording waits a moment (HOLD_MS after the last call),
        so that the step is shown at full speed rather than sharing the GIL with the recording."""
        if self._job is not None:
            self._job.cancel.hold()
            self._hold_timer.start()

    def _let_go(self) -> None:
        if self._job is not None:
            self._job.cancel.release()

    def busy(self) -> bool:
        return self._job is not None

    def start(self, source: str, filename: str = "main.js", entries=()) -> None:
        """Record ``source``, then its console ``entries`` (a long run's preview shows the program alone)."""
        self.cancel(silent=True)
        self._stopped_id = 0
        self._next_id += 1
        job = _Job(self._next_id, source, filename, self.record_fn, self.max_steps, self.preview_steps, entries)
        job.progress.connect(self._on_progress)
        job.previewed.connect(self._on_previewed)
        job.done.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.finished.connect(lambda j=job: self._reap(j))
        self._job = job
        self.started.emit()
        job.start()

    def cancel(self, silent: bool = False) -> None:
        """Stop the recording. Cancelled by the user (not ``silent``), it still hands back what it
        recorded up to there (a trace whose outcome is ``cancelled``) through ``finished``."""
        job = self._job
        if job is None:
            return
        job.cancel.set()
        self._old.append(job)
        self._job = None
        if not silent:
            self._stopped_id = job.job_id
            self.cancelled.emit()

    def wait(self, ms: int = 10_000) -> bool:
        """Wait for every running job (used on close and in tests)."""
        ok = True
        for job in [j for j in (self._job, *self._old) if j is not None]:
            ok = job.wait(ms) and ok
        return ok

    def _current(self, job_id: int) -> bool:
        return self._job is not None and self._job.job_id == job_id

    def _on_progress(self, job_id: int, steps: int) -> None:
        if self._current(job_id):
            self.progress.emit(steps)

    def _on_previewed(self, job_id: int, trace) -> None:
        if self._current(job_id):
            self.previewed.emit(trace)

    def _on_done(self, job_id: int, trace) -> None:
        if self._current(job_id):
            self._old.append(self._job)
            self._job = None
            self.finished.emit(trace)
        elif job_id == self._stopped_id and self._job is None:
            self._stopped_id = 0
            self.finished.emit(trace)

    def _on_failed(self, job_id: int, exc) -> None:
        if self._current(job_id):
            self._old.append(self._job)
            self._job = None
            self.failed.emit(exc)

    def _reap(self, job: _Job) -> None:
        if job in self._old:
            self._old.remove(job)
        job.deleteLater()
