"""Node's REPL as the oracle for console entries: ``node -i -e PROGRAM`` fed the entries one by one.

``-e`` runs the program as a script in the REPL's global context (its top-level let/const are
visible to the entries, as in Closure Explorer). A quoted marker entry between two entries splits
the transcript; a pause after each entry lets its timers print before the next one.

Run as a script to refresh the stored expectations (used when node is absent):
    python tests/tools/node_repl.py
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORED = HERE.parent / "engine" / "repl_expected.json"
SAMPLES = HERE.parents[1] / "samples"
MARK = "@@entry@@"

# (program file in samples/ or inline program, entries)
CASES = {
    "set_counter": ("seed002_set_counter.js", ["increment()", "increment()", "counter", "increment",
                                               "setCounter(10)"]),
    "data_privacy": ("seed004_data_privacy.js", ["counter.count", "counter.increment()", "counter.getCount",
                                                 "counter", "count"]),
    "foo_bar_baz": ("seed002_foo_bar_baz.js", ["console.log(x)", "baz()", "baz", "typeof x"]),
    "kinds": ("let base = 10\nfunction f() { throw new TypeError('in f') }\n",
              ["let a = 1", "let a = 2", "a", "const c = a + base", "c", "{ a: 1, b: [1, 2] }",
               "[1, 2, 3].map(n => n * 2)", "throw new Error('boom')", "f()", "null.x", "'str'", "x = 5",
               "console.log('a'); 3", "class K { constructor() { this.v = 1 } }", "new K()", "class K {}",
               "var v = 3", "typeof v", "let base = 2", "function g() { return base }", "g()", "throw 5",
               "Promise.resolve().then(() => console.log('micro')); 2",
               "setTimeout(() => console.log('timer', c), 5); 'set'", "undefinedFn()", "1; let z = 2", "z",
               "1; if (true) { 2 }", "this === globalThis"]),
    # the program's functions see a let an entry declares later, and write it
    "entry_globals": ("function show() { return total }\nfunction bump() { total++ }\n",
                      ["let total = 5", "show()", "bump()", "total", "const k = 1",
                       "function setK() { k = 2 }", "setK()"]),
}


def node_executable() -> str | None:
    return shutil.which("node")


def program_text(program: str) -> str:
    return (SAMPLES / program).read_text(encoding="utf-8") if program.endswith(".js") else program


def node_repl(program: str, entries: list[str], pause: float = 0.25) -> list[str]:
    """What Node's REPL prints for each entry (its output, value or error), one string per entry."""
    node = node_executable()
    if node is None:
        raise RuntimeError("node is not on PATH")
    proc = subprocess.Popen([node, "-i", "-e", program_text(program)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                            env={"PATH": "/usr/bin:/bin", "NODE_NO_READLINE": "1", "TERM": "dumb"})
    for code in entries:
        proc.stdin.write(f"'{MARK}'\n{code}\n")
        proc.stdin.flush()
        time.sleep(pause)
    proc.stdin.write(f"'{MARK}'\n")
    proc.stdin.flush()
    time.sleep(pause)
    out, _ = proc.communicate(timeout=30)
    parts = out.split(f"'{MARK}'\n")[1:]
    return [_clean(p) for p in parts[:len(entries)]]


def _clean(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        while line.startswith("> "):     # the prompt, printed before whatever comes next
            line = line[2:]
        if line in (">", ""):
            continue
        lines.append(line)
    return "\n".join(lines)


def ours(program: str, entries: list[str]) -> list[str]:
    """The same, from Closure Explorer's engine (the program named ``[eval]``, as node names -e code)."""
    from explorer.engine import Interpreter

    interp = Interpreter(program_text(program), filename="[eval]")
    interp.run()
    out = []
    for code in entries:
        res = interp.run_entry(code)
        out.append("\n".join(t for _s, t in res.printed))
    return out


def normalise(text: str) -> str:
    """Node's REPL names the n-th line it read REPLn; ours numbers entries: compare frames without it."""
    return re.sub(r"REPL\d+:", "REPL:", text)


if __name__ == "__main__":
    stored = {name: node_repl(program, entries) for name, (program, entries) in CASES.items()}
    STORED.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {STORED}")
