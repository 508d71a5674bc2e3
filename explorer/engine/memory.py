"""The memory limit of a run: a program that would eat all the machine's memory stops with a clear message.

Design (the smallest one that holds): the engine does not count its objects;
it asks the operating system how big the process is (its resident set size),
which is what really runs out, and covers everything a run makes (arrays,
strings, closures, and the recorder's own data).

- ``Interpreter.tick`` already looks at the cancel flag every 1,024 steps; at
  the same moment it calls ``MemoryBudget.check()``: one read of
  ``/proc/self/statm`` (about 10 µs), so the cost per step is nil.
- A single step can allocate a lot without taking more steps
  (``new Array(40_000_000)``, ``s + s``, ``"x".repeat(n)``). Those places call
  ``reserve(nbytes)`` before they allocate anything big (a million elements or
  characters): it checks the budget with the allocation counted in, so a run
  stops *before* the allocation that would go over the limit.
- When Python runs out of memory anyway (``MemoryError``) the run ends the
  same way.

Exceeding the budget raises ``HeapLimitReached``, which JavaScript cannot
catch (like V8's fatal "JavaScript heap out of memory"); the interpreter ends
the run with the outcome ``uncaught-error`` and a ``RangeError: Out of memory``
message naming the line it was running.

Where the process size cannot be read (an unknown platform) only the
per-allocation limits of the built-ins remain (arrays of at most 50,000,000
elements, strings of at most V8's 536,870,888 characters).
"""

from __future__ import annotations

import os
import sys
import threading
from contextlib import contextmanager

from .errors import HeapLimitReached

DEFAULT_MAX_HEAP_MB = 2048
# reserve() only looks at the process size for allocations at least this big
LARGE_ALLOCATION = 1 << 20


def _rss_reader():
    """A function returning the process's resident size in bytes, or None if it cannot be known."""
    if sys.platform.startswith("linux"):
        try:
            page = os.sysconf("SC_PAGE_SIZE")
            with open("/proc/self/statm", "rb") as f:
                int(f.read().split()[1])
        except (OSError, ValueError, IndexError, AttributeError):
            return None

        def rss_linux() -> int:
            with open("/proc/self/statm", "rb") as f:
                return int(f.read().split()[1]) * page
        return rss_linux
    if sys.platform == "darwin":
        try:
            import resource
        except ImportError:
            return None

        def rss_darwin() -> int:  # the peak size (bytes on macOS): never smaller than the current one
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss_darwin
    if sys.platform == "win32":
        try:
            import ctypes
            from ctypes import wintypes

            class Counters(ctypes.Structure):
                _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                            ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                            ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]
            psapi = ctypes.WinDLL("psapi")
            kernel32 = ctypes.WinDLL("kernel32")
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            psapi.GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]
            counters = Counters()
            counters.cb = ctypes.sizeof(Counters)

            def rss_windows() -> int:
                psapi.GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb)
                return counters.WorkingSetSize
            rss_windows()
            return rss_windows
        except Exception:  # noqa: BLE001 - no psapi: no measurement
            return None
    return None


rss_bytes = _rss_reader()

_current = threading.local()


class MemoryBudget:
    """How much the process may grow during one run, measured from its size when the run started."""

    def __init__(self, max_mb: float | None = DEFAULT_MAX_HEAP_MB):
        self.max_mb = max_mb
        self.limit = None if not max_mb or rss_bytes is None else int(max_mb * 1024 * 1024)
        self.base = rss_bytes() if self.limit is not None else 0

    def check(self, extra: int = 0) -> None:
        """Raise HeapLimitReached if the process grew past the budget (counting ``extra`` bytes to come)."""
        if self.limit is not None and rss_bytes() - self.base + extra > self.limit:
            raise HeapLimitReached(self.max_mb)

    def activate(self) -> None:
        """Make this the budget ``reserve`` checks on the current thread (the one running the program)."""
        _current.budget = self

    @staticmethod
    def deactivate() -> None:
        _current.budget = None


def reserve(nbytes: int) -> None:
    """Call before allocating ``nbytes`` in one go; only big allocations are checked."""
    if nbytes >= LARGE_ALLOCATION:
        budget = getattr(_current, "budget", None)
        if budget is not None:
            budget.check(nbytes)


# above the budget: the engine thread's stack (512 MB reserved, interpreter.DEEP_STACK_BYTES), libraries,
# and the trace being handed over
ADDRESS_SPACE_HEADROOM_MB = 1024


@contextmanager
def capped_address_space(max_mb: float | None):
    """Within the block, cap this process's address space a little above the budget, from its size now: an
    allocation that no check saw coming (one step of a built-in making gigabytes) fails with ``MemoryError``,
    which ends the run as "Out of memory", instead of taking the machine's memory. Only the soft limit is
    lowered, and it is put back after the block.

    Threads share the cap: use it where the run is what the process does (the window's recording process,
    a command). Where the system has no such limit (Windows; macOS does not enforce it) the budget's checks
    remain.
    """
    previous = None
    try:
        import resource

        with open("/proc/self/statm", "rb") as f:
            size = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        if max_mb:
            cap = size + int((max_mb + ADDRESS_SPACE_HEADROOM_MB) * 1024 * 1024)
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            if soft == resource.RLIM_INFINITY or cap < soft:
                resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
                previous = (soft, hard)
    except (ImportError, OSError, ValueError, IndexError):
        pass
    try:
        yield
    finally:
        if previous is not None:
            resource.setrlimit(resource.RLIMIT_AS, previous)


def out_of_memory_message(max_mb, line: int | None) -> str:
    where = f" (it was running line {line})" if line else ""
    limit = f"{max_mb:,.0f} MB" if max_mb else "the memory available"
    return (f"RangeError: Out of memory: the program needs more than {limit}, "
            f"the most Closure Explorer gives a run{where}")


__all__ = ["DEFAULT_MAX_HEAP_MB", "MemoryBudget", "reserve", "rss_bytes", "out_of_memory_message",
           "capped_address_space"]
