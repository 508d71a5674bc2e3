"""Which promise a paused async call waits for, so that the panel can link its memory to it.

The engine pauses the call (``context_suspend``) before it subscribes to the awaited promise, so
the link is found at the recorder's next hook: the promise whose waiting reactions resume that
call. It is kept beside the steps (``Tape.awaited``), from the step the call paused at.
"""

from __future__ import annotations

from ..engine.runtime import ExecutionContext
from .oplog import REC


class AwaitLinks:
    """Mixed into the Recorder. ``_await_todo``: (context row, engine context, first step) of the
    calls that paused since the last look."""

    def _await_begin(self, idx: int, ctx) -> None:
        self._await_todo.append((idx, ctx, len(self._steplog) // REC))

    def _await_loc(self, callback) -> int:
        """Where an await's job is queued from: the await itself when it queues it at once (the value
        was already settled), not the line of the call that started the function; -1 otherwise."""
        if type(callback) is ExecutionContext and callback.await_node is not None and \
                not (self.calls and not self.calls[-1].script):
            return self.loc(callback.await_node)
        return -1

    def _await_resolve(self) -> None:
        todo = self._await_todo
        awaited = self.tape.awaited
        for idx, ctx, step in todo:
            found = 0
            for i, o in self.pending_promises.items():
                p = o.internal
                reactions = getattr(p, "fulfill_reactions", None) or ()
                if any(getattr(r, "shows", None) is ctx for r in reactions):
                    found = i
                    break
            awaited.setdefault(idx, []).append((step, found))
        todo.clear()
