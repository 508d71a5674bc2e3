"""The queues as the recorder follows them: each timer, task and microtask's row (what it holds until
it runs, the function it will run), the job the event loop is running, and the promises whose
settling happens inside built-ins."""

from __future__ import annotations

from ..engine import edges as engine_edges
from ..engine.runtime import ExecutionContext, ScriptFunction
from ..engine.values import JSFunction, JSObject
from .tape import QUEUE_ADD, QUEUE_DEL, RUNNING
from .world import OBJ_EXTRA


class JobQueue:
    """Rows of the jobs in ``Tape.jobs``, their places in the queue, and what the running job holds."""

    def _init_queue(self) -> None:
        self.job_rows: dict[tuple, int] = {}              # (kind, job id) -> row of a queued job
        self.pending_promises: dict[int, JSObject] = {}   # pending promises shown: looked at as jobs run
        self.settling: list[int] = []         # promises of async calls that just ended, held until settled

    def _enqueue(self, kind: str, job_id: int, label: str, delay: float, callback) -> int:
        """A job joins the queue: its row, holding its function and what the engine's job keeps."""
        tape = self.tape
        held = 0
        if kind == "microtask" and self.orphans:
            held = tape.payload(self.orphans.pop(0))
        else:
            for c in reversed(self.calls):
                if not c.script:
                    held = c.ncall
                break
            if not held and not self.calls and self.world.running > 0:
                held = self.world.running   # queued by the job being run (resolving a thenable): it holds the same
        if self.interp is not None:
            # what the engine's job keeps until it runs (the value a reaction passes on, a timer's arguments)
            kept = [self.enc(x) for x in engine_edges.job_edges(self.interp, kind, job_id)]
            if kept:
                codes = list(tape.items(held)) if held > 0 else []
                held = tape.payload(codes + [c for c in kept if c not in codes])
        env = 0
        if isinstance(callback, ExecutionContext):
            # an await's job: the function carries on in the environment its paused context keeps
            ent = self.ctx_rows.get(id(callback))
            chain = self.suspended_chains.get(ent[1]) if ent is not None else None
            env = chain[-1] if chain else 0
            callback = callback.function
        fn = 0
        if isinstance(callback, JSFunction):
            # the function it will run (a built-in too: a promise's resolve) is held by the job until it runs;
            # views name it unless it is one of the engine's nameless helpers (Promise.all's, finally's)
            codes = list(tape.items(held)) if held > 0 else []
            code = self.enc(callback)
            if isinstance(callback, ScriptFunction) or self._builtin_label(callback) != "ƒ (anonymous)":
                fn = code >> 3
            if not codes or codes[0] != code:
                held = tape.payload([code] + codes)
        row = len(tape.jobs)
        tape.jobs.append((kind, job_id, label, float(delay or 0.0), held, fn, env))
        self.job_rows[(kind, job_id)] = row
        self._op(QUEUE_ADD, row)
        return row

    def _start_job(self, kind: str, job_id: int, label: str) -> int:
        """The event loop takes a job to run: its row (made now for a job we did not see queued)."""
        if kind == "interval" and self.job_rows.get((kind, job_id), -1) in self.world.queue:
            # an interval stays scheduled while its callback runs, and after, until clearInterval
            row = self.job_rows[(kind, job_id)]
        else:
            row = self._unqueue(kind, job_id)
        if row < 0:
            tape = self.tape
            row = len(tape.jobs)
            tape.jobs.append((kind, job_id, label, 0.0, 0, 0, 0))
        if not self.frames:
            self._cut_flight(0)
        self._run_job(row)
        return row

    def _run_job(self, row: int) -> None:
        """The job the event loop runs keeps what it held (a reaction's handler and promise) until the next."""
        held = self.tape.jobs[row][4] if row >= 0 else -1
        if held != self.world.running:
            self._op(RUNNING, 0, 0, self.world.running, held or -1)
            self.dirty = True

    def _unqueue(self, kind, job_id) -> int:
        row = self.job_rows.pop((kind, job_id), None)
        if row is None:
            for (k, j), r in list(self.job_rows.items()):
                if j == job_id:
                    row = self.job_rows.pop((k, j))
                    break
        if row is None or row not in self.world.queue:
            return -1
        self._op(QUEUE_DEL, row, self.world.queue.index(row))
        self.dirty = True
        return row

    def _check_promises(self) -> None:
        """Promises settle inside built-ins: look at the pending ones we show."""
        for i, o in list(self.pending_promises.items()):
            if i not in self.world.objs:
                del self.pending_promises[i]
                continue
            self._sync_promise(i, o)
            if self.tape.extras[self.world.objs[i][OBJ_EXTRA]][0] != "pending":
                del self.pending_promises[i]
        if self.settling:
            for off in self.settling:
                self._unhold(off)
            self.settling.clear()
