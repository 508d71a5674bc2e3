"""``push`` tells the recorder what it did (``Hooks.appended``), so the recorder compares only the new
elements and a push loop records in linear time. The array drawn must still be the engine's array at
every step, whatever other writes come between the pushes: here at each ``console.log``, the elements
the trace draws are joined as the program joins them, and the program prints what Node prints.
"""

from __future__ import annotations

import subprocess

import pytest

from explorer.trace import Ref, StepKind, record

from invariant import check

PROGRAM = """
const a = [];
for (let i = 0; i < 6; i++) a.push(i * 10);
console.log(a.join());
a[1] = 7; a.push(8);
console.log(a.join());
a.splice(0, 2); a.push(9, 10);
console.log(a.join());
a.reverse(); a.push(11);
console.log(a.join());
a.length = 2; a.push(12);
console.log(a.join());
a.sort(); a.push(13); a.unshift(14); a.push(15);
console.log(a.join());
a.fill(0, 1, 3); a.push(16); a.pop(); a.push(17, 18);
console.log(a.join());
const b = a; b.push(19); a.copyWithin(0, 3); a.push(20);
console.log(a.join());
"""


def _shown(state, name: str) -> str:
    ref = next(b.value for b in state.global_memory if b.name == name)
    assert isinstance(ref, Ref)
    return ",".join(e.text for e in state.heap[ref.id].elements)


def test_the_array_drawn_is_the_engines_at_every_print():
    trace = record(PROGRAM, filename="push.js")
    prints = [i for i in range(len(trace)) if trace.kind(i) == StepKind.CONSOLE]
    printed = [line.text for line in trace.console if line.stream == "stdout"]
    assert len(prints) == len(printed) == 8
    for step, text in zip(prints, printed):
        assert _shown(trace.state_at(step), "a") == text, step
    assert check(PROGRAM) == []      # and nothing released is referenced again


def test_it_prints_what_node_prints(tmp_path):
    path = tmp_path / "push.js"
    path.write_text(PROGRAM)
    try:
        node = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=30).stdout
    except FileNotFoundError:
        pytest.skip("node is not installed")
    assert record(PROGRAM, filename="push.js").stdout == node
