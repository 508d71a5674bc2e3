"""Room for deep recursion: the engine's parse, analysis, compilation and run recurse as deep as
the program nests, so they run on a thread with a large stack, kept for the next run
(``on_deep_stack``), and from a frame that spares CPython's frame allocator (``in_roomy_frame``)."""

from __future__ import annotations

import queue
import sys
import threading

DEEP_STACK_BYTES = 512 * 1024 * 1024
DEEP_RECURSION_LIMIT = 400_000
_deep = threading.local()
_deep_lock = threading.Lock()
_deep_threads = 0
_shallow_limit = sys.getrecursionlimit()


class _DeepThread:
    """A daemon thread with a 512 MiB stack that runs the callables given to it, one at a time, and is
    kept for the next one when idle: it never ends. A run can leave a generator or an async function
    paused, and its greenlet belongs to the thread it ran on; greenlet cannot clean up after a thread
    that has ended, and a garbage collection that later meets such a greenlet can crash the process
    (it did, once the engine's closures were compiled)."""

    def __init__(self):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        old = threading.stack_size()
        threading.stack_size(DEEP_STACK_BYTES)
        try:
            threading.Thread(target=self._serve, name="closure-explorer-engine", daemon=True).start()
        finally:
            threading.stack_size(old)

    def _serve(self) -> None:
        _deep.on = True
        while True:
            fn, box, done = self._jobs.get()
            try:
                box.append((True, fn()))
            except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
                box.append((False, e))
            finally:
                del fn
                done.set()

    def call(self, fn):
        box: list = []
        done = threading.Event()
        self._jobs.put((fn, box, done))
        done.wait()
        return box[0]


_idle: list[_DeepThread] = []


def on_deep_stack(fn):
    """``fn()`` on a thread with a 512 MiB stack; its result, or its exception re-raised here.

    Parsing, analysing, compiling and running all recurse as deep as the program
    nests. Python's recursion limit is one for the whole process, so it is raised
    only while such a thread works and put back when the last one is done: another
    thread (the window's) meeting a deep recursion in the meantime on its small
    stack would crash the process instead of raising RecursionError. The threads
    are kept and reused (see ``_DeepThread``); two callers at once get two.
    """
    global _deep_threads
    if getattr(_deep, "on", False):
        return fn()
    with _deep_lock:
        _deep_threads += 1
        sys.setrecursionlimit(max(sys.getrecursionlimit(), DEEP_RECURSION_LIMIT))
        worker = _idle.pop() if _idle else None
    try:
        if worker is None:
            worker = _DeepThread()
        ok, value = worker.call(fn)
    finally:
        with _deep_lock:
            _deep_threads -= 1
            if not _deep_threads:
                sys.setrecursionlimit(_shallow_limit)
            if worker is not None:
                _idle.append(worker)
    if ok:
        return value
    raise value


def in_roomy_frame(run):
    """``run()`` called from a frame that reserves 8 MiB of CPython's frame stack after it.

    CPython 3.11 and 3.12 keep Python frames in 16 KiB chunks and free a chunk as
    soon as its first frame returns, so a recursion that goes up and down across
    a chunk's edge maps and unmaps memory on every call (gh-142183; fixed in
    3.13). One compiled JavaScript call is several Python frames, so ``fib``
    spends a third of its time there. This frame's oversized evaluation stack
    makes CPython allocate a 16 MiB chunk whose untouched second half then holds
    the engine's frames: no edge is crossed below about 50,000 frames.
    """
    return run()


if sys.version_info[:2] in ((3, 11), (3, 12)):  # earlier versions have no chunks; later ones keep a spare
    in_roomy_frame.__code__ = in_roomy_frame.__code__.replace(co_stacksize=1 << 20)
