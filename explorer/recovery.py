"""Unsaved edits kept on disk as they are typed, so that a crash or a kill loses at most the last moment.

The window hands over its text on every edit; a thread of its own writes it a moment later (the writes of
a burst of typing become one), atomically (a temporary file, then a rename), so the window's thread never
waits on the disk and a window that stopped answering has already had its text written. No Qt here.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

DELAY_S = 0.3          # a burst of typing is written once, this long after its last key

_CLEAR = object()


def read_recovery(path: Path) -> tuple[str | None, str] | None:
    """What a recovery file kept: (the file it was an edit of, or None for an untitled program; the text)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return (str(data["path"]) if data.get("path") else None), str(data["text"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


class RecoveryWriter:
    """Keeps ``path`` up to date with the latest unsaved text, on a thread of its own."""

    def __init__(self, path: Path | None, delay: float = DELAY_S):
        self.path = Path(path) if path is not None else None
        self.delay = delay
        self._cond = threading.Condition()
        self._pending = None          # (file path, text), _CLEAR, or None: nothing to do
        self._due = 0.0
        self._busy = False
        self._written: str | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    def keep(self, file_path: str | None, text: str) -> None:
        """The text changed: write it soon."""
        if self.path is None:
            return
        with self._cond:
            self._pending = (file_path, text)
            self._due = time.monotonic() + self.delay
            self._start()
            self._cond.notify_all()

    def clear(self) -> None:
        """Nothing unsaved any more (saved, or the edits discarded): the file goes."""
        if self.path is None:
            return
        with self._cond:
            self._pending = _CLEAR
            self._due = time.monotonic()
            self._start()
            self._cond.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Write what is pending now and wait until it is on disk."""
        end = time.monotonic() + timeout
        with self._cond:
            self._due = time.monotonic()
            self._cond.notify_all()
            while self._pending is not None or self._busy:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self) -> None:
        """Write what is pending and let the thread end (a later edit starts it again)."""
        self.flush()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(5)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._closed = False
            self._thread = threading.Thread(target=self._run, name="recovery-writer", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (self._pending is None or time.monotonic() < self._due):
                    self._cond.wait(None if self._pending is None else max(0.0, self._due - time.monotonic()))
                if self._closed and self._pending is None:
                    return
                job, self._pending = self._pending, None
                self._busy = True
            try:
                self._write(job)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _write(self, job) -> None:
        try:
            if job is _CLEAR:
                self._written = None
                self.path.unlink(missing_ok=True)
                return
            file_path, text = job
            if text == self._written:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".writing")
            tmp.write_text(json.dumps({"path": file_path, "text": text, "time": time.time()}), encoding="utf-8")
            os.replace(tmp, self.path)
            self._written = text
        except OSError:
            pass          # a full or read-only disk: the edits are still in the window
