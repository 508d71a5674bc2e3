"""Built-ins' own loops obey the step limit (issue 21 point 4): every program finishes, throws Node's
RangeError, or stops at the limit with the window's message; none loops out of reach or eats memory."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from explorer.engine import run_source

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not on PATH")

# An array-like may claim 2**53 - 1 elements: Node loops on (for hours) where each element is visited.
ENDLESS = [
    "Array.prototype.lastIndexOf.call({length: 2**53 - 1}, 1)",
    "Array.prototype.indexOf.call({length: 2**53 - 1}, 1)",
    "Array.prototype.includes.call({length: 2**53 - 1}, 1)",
    "Array.prototype.copyWithin.call({length: 2**53 - 1}, 0, 1)",
    "Array.prototype.fill.call({length: 2**53 - 1}, 1)",
    "Array.prototype.reverse.call({length: 2**53 - 1})",
    "Array.prototype.sort.call({length: 2**53 - 1})",
    "Array.prototype.splice.call({length: 2**53 - 1}, 0, 1)",
    "Array.prototype.shift.call({length: 2**53 - 1})",
    "Array.prototype.unshift.call({length: 2**53 - 2}, 1)",
    "Array.prototype.join.call({length: 2**53 - 1})",
    "Array.prototype.toSorted.call({length: 2**32 - 2})",
    "Array.prototype.toReversed.call({length: 2**32 - 2})",
    "Array.prototype.with.call({length: 2**32 - 2}, 0, 1)",
    "Array.prototype.toSpliced.call({length: 2**32 - 3}, 0, 1)",
    "Array.prototype.forEach.call({length: 2**53 - 1}, x => x)",
    "Array.prototype.some.call({length: 2**53 - 1}, x => false)",
    "Array.prototype.filter.call({length: 2**53 - 1}, x => true)",
    "Array.prototype.reduce.call({length: 2**53 - 1}, (a, x) => a, 0)",
    "[...Array.prototype.values.call({length: 2**53 - 1})]",
    "String.raw({raw: {length: 2**32 - 1}})",
]


@pytest.mark.parametrize("call", ENDLESS)
def test_a_builtin_loop_over_a_huge_array_like_stops_at_the_step_limit(call):
    start = time.monotonic()
    r = run_source(f"console.log('before');\n{call};\n", max_steps=30_000)
    assert time.monotonic() - start < 30
    assert (r.stdout, r.outcome, r.exit_code) == ("before\n", "step-limit", 3)
    assert r.error == "Stopped after 30,000 steps: the program may never finish (it was running line 2)."


# Node throws at once: an argument list longer than V8 can hold or than its stack can take
AT_ONCE = [
    "Math.max.apply(null, {length: 2**32 - 1})",
    "Math.max.apply(null, {length: 2**24})",
    "Reflect.apply(Math.max, null, {length: 2**28})",
    "String.fromCharCode.apply(null, {length: 2**32 - 1})",
    "Math.max.apply(null, new Array(130000).fill(1))",
    "Reflect.construct(function () {}, [], Math.max)",
    "Promise.resolve.call(Math.max, 1)",
]


@needs_node
@pytest.mark.parametrize("call", AT_ONCE)
def test_what_node_refuses_at_once_is_the_same_error(call):
    src = f"try {{ {call}; console.log('no error'); }} catch (e) {{ console.log(e.name + ': ' + e.message); }}"
    node = subprocess.run([NODE, "-e", src], capture_output=True, text=True, timeout=60)
    r = run_source(src, max_steps=30_000)
    assert r.stdout == node.stdout
