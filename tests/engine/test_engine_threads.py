"""The engine's deep-stack threads outlive the runs on them, and a paused generator is never resumed
by its own destruction.

A run can leave a generator or an async function paused; its body sits on a greenlet of the thread the
run used. greenlet cannot clean up a greenlet whose thread has ended, and a garbage collection meeting
one later could crash the whole process (it did, about one run in two of the identity dump, once the
engine's closures were compiled). So the threads are kept and reused (engine/deepstack.py). A paused
body destroyed on its own thread gets greenlet's GreenletExit: no JavaScript may run then, as V8 never
runs the ``finally`` of a generator that is simply dropped.
"""

from __future__ import annotations

import gc
import threading

from greenlet import GreenletExit

from explorer.engine import Hooks
from explorer.engine.deepstack import on_deep_stack
from explorer.engine.interpreter import Interpreter
from explorer.trace import record

PAUSED = """
var out = [];
function* g() { try { yield 1; } finally { out.push("finally ran"); } }
var it = g();
it.next();
async function waits() { try { await new Promise(() => {}); } finally { out.push("async finally ran"); } }
waits();
"""


def _engine_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "closure-explorer-engine"]


def test_runs_reuse_the_engine_threads_and_paused_bodies_keep_a_live_thread():
    record(PAUSED, filename="paused.js")
    before = _engine_threads()
    for _ in range(5):
        interp = Interpreter(PAUSED, hooks=Hooks())
        interp.run()
        co = interp.realm.global_object.get("it").internal.co
        assert not co.dead, "the paused generator's greenlet must stay on a live thread"
        record(PAUSED, filename="paused.js")
        gc.collect()
    assert len(_engine_threads()) == len(before) >= 1
    assert all(t.is_alive() for t in before)


def test_destroying_a_paused_generator_runs_no_javascript():
    interp = Interpreter(PAUSED, hooks=Hooks())
    interp.run()
    co = interp.realm.global_object.get("it").internal.co

    def destroy():      # what greenlet does to a paused greenlet that is garbage-collected on its thread
        try:
            co.throw(GreenletExit)
        except GreenletExit:
            pass

    on_deep_stack(destroy)
    assert co.dead
    out = interp.realm.global_object.get("out")
    assert out.get("length") == 0.0
