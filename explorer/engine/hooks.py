"""What the interpreter tells whoever records a run.

The interpreter calls these methods at the moments the trace needs; it never
builds snapshots itself (engine262's one hook, Thonny's tracer). ``Hooks``
does nothing, so a plain ``run`` pays almost nothing; ``explorer.trace``
subclasses it to record.

Nodes are esprima nodes: ``node.loc.start.line`` (1-based),
``node.loc.start.column`` (0-based), ``node.range`` (character offsets).
"""

from __future__ import annotations


class Hooks:
    # -- the program
    def program_start(self, interp, global_env) -> None:
        """Before the global code's creation phase: ``global_env`` is the global lexical environment."""

    def program_end(self, outcome: str, error) -> None:
        """``outcome``: completed, uncaught-error, step-limit, cancelled; ``error`` the thrown value or a message."""

    # -- console entries (after program_end: more scripts in the same realm, see repl.py)
    def entry_start(self, index: int, code: str) -> None:
        """Console entry ``index`` (from 0) starts; its code becomes a piece labelled "console" (``interp.pieces``)."""

    def entry_result(self, text: str, error: bool) -> None:
        """What the REPL shows for the entry: its value, or ``Uncaught ...`` (``error``), also for a job it
        queued that threw. Its synchronous output came before; what it queued runs after."""

    def entry_end(self) -> None:
        """The entry and the jobs it queued are done."""

    # -- steps of code
    def statement(self, node, env) -> None:
        """A statement (or a loop test/update) is about to run in ``env``."""

    def tick_function(self, interp):
        """A replacement for ``interp.tick`` (count the step, then ``statement``), or None.

        A recorder may fuse the two into one function: statements are most of a run's
        steps, and one Python call less each is felt. It must count as ``Interpreter.tick`` does.
        """
        return None

    def call(self, node, callee, this, args: list) -> None:
        """A call expression evaluated its callee and arguments and is about to call."""

    def returned(self, node, value) -> None:
        """The value of a call landed back at its call site ``node``."""

    # -- a plain script call in two hooks instead of five (taken only when ``fused_calls`` is true)
    fused_calls = False

    def call_enter(self, node, callee, this, args: list, ctx) -> None:
        """A plain script call (simple parameters, nothing hoisted) entered its body: ``call``,
        ``context_enter`` and ``context_execute`` in one. ``ctx``'s creation phase is over."""
        self.call(node, callee, this, args)
        self.context_enter(ctx)
        self.context_execute(ctx)

    def call_leave(self, node, ctx, value) -> None:
        """That call returned ``value`` to its call site: ``context_exit`` and ``returned`` in one (a
        throw out of it is told by ``context_exit`` alone, as for any call)."""
        self.context_exit(ctx, value, False)
        self.returned(node, value)

    # -- contexts and environments
    def context_enter(self, ctx) -> None:
        """An ExecutionContext was pushed; its environment holds the creation-phase bindings."""

    def context_execute(self, ctx) -> None:
        """The context's creation phase is over: its code starts to run."""

    def context_exit(self, ctx, value, threw: bool) -> None:
        """The context is popped (returned ``value``, or threw it)."""

    def context_suspend(self, ctx) -> None:
        """A generator/async context leaves the stack without ending (yield/await)."""

    def context_resume(self, ctx) -> None:
        """A suspended generator/async context is back on the stack."""

    def env_enter(self, env) -> None:
        """A block/catch/loop/class environment was created (and is now the running one)."""

    def env_exit(self, env) -> None:
        """The running code left that environment."""

    # -- writes
    def binding_write(self, env, slot: int, value, init: bool) -> None:
        """``env.vals[slot]`` was initialised (``init``) or assigned."""

    def global_write(self, name: str, value) -> None:
        """A property of the global object (a top-level var/function, or an implicit global) was written."""

    def prop_write(self, obj, key, value) -> None:
        """A property was set by the script (``o.x = v``, ``o[k] = v``, object literal, class field)."""

    def prop_delete(self, obj, key) -> None:
        """``delete o[k]`` removed a property."""

    def touched(self, obj) -> None:
        """A built-in may have changed ``obj`` (push, sort, Map.set…): the recorder compares."""

    def appended(self, obj, count: int) -> None:
        """``push`` added ``count`` elements at the end of the array ``obj`` and changed nothing else."""
        self.touched(obj)

    def hold(self, value) -> None:
        """The running code keeps ``value`` where no binding holds it, until ``release(value)``
        (a for-of loop's iterable, across its iterations' statements)."""

    def release(self, value) -> None:
        """The running code no longer keeps ``value`` (see ``hold``)."""

    def closure(self, fn, node) -> None:
        """A function object was created from ``node``; ``fn.scope`` is its [[Environment]]."""

    # -- the world outside
    def console(self, stream: str, text: str) -> None:
        """console output: ``stream`` is stdout or stderr; ``text`` has no trailing newline."""

    def queued(self, kind: str, job_id: int, label: str, delay: float = 0.0, callback=None) -> None:
        """A timer, task or microtask (``kind``: timer, interval, microtask) was queued; ``callback``:
        the function it will run (a script function or a built-in such as a promise's ``resolve``), the
        paused ``ExecutionContext`` it resumes (an ``await``'s job), or None."""

    def dequeued(self, kind: str, job_id: int, label: str) -> None:
        """A queued job starts to run (or a timer was cleared: see ``cancelled``)."""

    def cancelled(self, kind: str, job_id: int) -> None:
        """clearTimeout/clearInterval removed a pending timer."""

    def thrown(self, value, node) -> None:
        """``throw`` (or an engine error) raised ``value`` at ``node``."""

    def caught(self, value, node) -> None:
        """A catch clause at ``node`` caught ``value``."""
