"""Recording without blocking the window: the window asks, a job records, signals bring the result back.

A job records in a child process (``explorer.recording``) and a thread of the window waits for what it
sends; the window's own thread only unpacks and shows. Cancel, closing the window and a newer recording
end the child whatever it is doing (a slow regular expression included).

A long run is recorded twice: first its opening steps (``preview_steps``), which the window shows
at once, then the whole run, which replaces the preview when it is ready. Runs are deterministic,
so the preview's steps are the full recording's first steps and the learner keeps their place.

A record function of one's own (tests' fakes, which cannot cross a process) runs on a thread instead.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QThread, Signal

from explorer.engine.errors import DEFAULT_MAX_STEPS
from explorer.engine.memory import DEFAULT_MAX_HEAP_MB
from explorer.recording import (
    CANCEL_GRACE_S,
    PREVIEW_STEPS,
    Done,
    Failed,
    Job,
    Launcher,
    Previewed,
    Progress,
    ended_problem,
    run_job,
)
from explorer.session import problem_of


class _Job(QThread):
    """One recording; ``message`` carries what it says (explorer.recording's Progress, Previewed, Done, Failed)."""

    message = Signal(int, object)          # job id, message

    def __init__(self, job_id: int, job: Job):
        super().__init__()
        self.job_id = job_id
        self.job = job

    def _send(self, message) -> None:
        self.message.emit(self.job_id, message)

    def stop(self) -> None:
        """The user's cancel: end soon, handing back the steps recorded so far if it can."""

    def kill(self) -> None:
        """Nobody wants the result any more: end now."""


class _ThreadJob(_Job):
    """A record function of one's own, run on this thread; it stops at the engine's next cancel check."""

    def __init__(self, job_id: int, job: Job, record_fn):
        super().__init__(job_id, job)
        self.record_fn = record_fn
        self.cancel = threading.Event()

    def run(self) -> None:
        run_job(self.job, self.record_fn, self.cancel, self._send)

    def stop(self) -> None:
        self.cancel.set()

    def kill(self) -> None:
        self.cancel.set()


class _ProcessJob(_Job):
    """A recording in a child process; this thread waits for its messages (without Python's lock)."""

    def __init__(self, job_id: int, job: Job, launcher: Launcher):
        super().__init__(job_id, job)
        self.process = launcher.take()
        self._ending = False                    # stopped or killed: the child's end is no failure
        self._deadline: threading.Timer | None = None

    def run(self) -> None:
        process = self.process
        try:
            process.submit(self.job)
            while True:
                message = process.receive()
                self._send(message)
                if isinstance(message, (Done, Failed)):
                    break
        except (EOFError, OSError):
            if not self._ending:
                self._send(Failed(ended_problem(process.exitcode(), self.job.max_heap_mb)))
        except Exception as exc:  # noqa: BLE001 - a message that cannot be read is a bug to show, not a crash
            if not self._ending:
                self._send(Failed(problem_of(exc, traceback.format_exc())))
        finally:
            if self._deadline is not None:
                self._deadline.cancel()
            process.close()

    def stop(self) -> None:
        self._ending = True
        self.process.stop()
        # a child busy inside one long operation never reaches the engine's check: it is ended after the grace
        self._deadline = threading.Timer(CANCEL_GRACE_S, self.process.kill)
        self._deadline.daemon = True
        self._deadline.start()

    def kill(self) -> None:
        self._ending = True
        self.process.kill()


class BackgroundRecorder(QObject):
    """One recording at a time; a newer request ends the older one, whose result is then ignored."""

    started = Signal()
    progress = Signal(int)
    previewed = Signal(object)      # Trace of a long run's opening steps; ``finished`` follows
    finished = Signal(object)       # Trace
    failed = Signal(object)         # Problem: why there is no trace
    cancelled = Signal()
    lost = Signal()                 # a cancelled recording had to be ended without its steps

    def __init__(self, record_fn=None, max_steps: int = DEFAULT_MAX_STEPS, parent=None, preview_steps: int | None = None,
                 max_heap_mb: float | None = DEFAULT_MAX_HEAP_MB):
        super().__init__(parent)
        self.record_fn = record_fn
        self.max_steps = max_steps
        self.max_heap_mb = max_heap_mb
        # a record_fn of one's own previews only when asked to (it must take ``preview=True``)
        self.preview_steps = (PREVIEW_STEPS if record_fn is None else 0) if preview_steps is None else preview_steps
        self._launcher = Launcher() if record_fn is None else None
        if self._launcher is not None:
            self._launcher.warm()
        self._job: _Job | None = None
        self._old: list[_Job] = []
        self._next_id = 0
        self._stopped_id = 0        # the job the user cancelled: its partial trace is still wanted

    def busy(self) -> bool:
        return self._job is not None

    def process_id(self) -> int | None:
        """The recording process's id while one records (None for a thread)."""
        job = self._job
        return job.process.pid if isinstance(job, _ProcessJob) else None

    def start(self, source: str, filename: str = "main.js", entries=()) -> None:
        """Record ``source``, then its console ``entries`` (strings: what the learner typed)."""
        self.cancel(silent=True)
        self._stopped_id = 0
        self._next_id += 1
        spec = Job(source, filename, self.max_steps, self.preview_steps, self.max_heap_mb, tuple(entries))
        if self._launcher is not None:
            job = _ProcessJob(self._next_id, spec, self._launcher)
        else:
            job = _ThreadJob(self._next_id, spec, self.record_fn)
        job.message.connect(self._on_message)
        job.finished.connect(lambda j=job: self._reap(j))
        self._job = job
        self.started.emit()
        job.start()

    def cancel(self, silent: bool = False) -> None:
        """Stop the recording. Cancelled by the user (not ``silent``), it still hands back what it recorded
        up to there (a trace whose outcome is ``cancelled``) through ``finished`` if it can within a second;
        ``silent`` (a newer recording, the window closing) ends it at once."""
        job = self._job
        if job is None:
            return
        self._old.append(job)
        self._job = None
        if silent:
            job.kill()
        else:
            job.stop()
            self._stopped_id = job.job_id
            self.cancelled.emit()

    def shutdown(self) -> None:
        """The window closes: every recording process ends now, the spare one too."""
        self.cancel(silent=True)
        for job in list(self._old):
            job.kill()
        if self._launcher is not None:
            self._launcher.close()

    def wait(self, ms: int = 10_000) -> bool:
        """Wait for every running job (used on close and in tests)."""
        ok = True
        for job in [j for j in (self._job, *self._old) if j is not None]:
            ok = job.wait(ms) and ok
        return ok

    def _on_message(self, job_id: int, message) -> None:
        current = self._job is not None and self._job.job_id == job_id
        if isinstance(message, Progress):
            if current:
                self.progress.emit(message.steps)
        elif isinstance(message, Previewed):
            if current:
                self.previewed.emit(message.trace)
        elif isinstance(message, Done):
            if current:
                self._finish()
                self.finished.emit(message.trace)
            elif job_id == self._stopped_id and self._job is None:
                self._stopped_id = 0
                self.finished.emit(message.trace)
        elif isinstance(message, Failed) and current:
            self._finish()
            self.failed.emit(message.problem)

    def _finish(self) -> None:
        self._old.append(self._job)
        self._job = None
        if self._launcher is not None:
            self._launcher.warm()       # the next recording's process starts while this one is looked at

    def _reap(self, job: _Job) -> None:
        if job in self._old:
            self._old.remove(job)
        if job.job_id == self._stopped_id and self._job is None:
            self._stopped_id = 0        # the cancelled job ended without handing back its steps
            self.lost.emit()
        if self._launcher is not None and self._job is None:
            self._launcher.warm()
        job.deleteLater()
