"""Shrink a program that shows a difference (or a crash) to a few lines that still show it.

    python tests/fuzz/minimize.py PROGRAM.js [--crash] [--out SMALL.js]

The reduction removes statements (and then whole lines) as long as the smaller
program still "fails": by default, its output differs from Node's (stdout, exit
code or the key error line); with ``--crash``, a Python exception escapes
``run_source``. Statements are found with esprima, so blocks shrink from the
inside too. Deterministic, and slow only in proportion to the program size.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

import esprima

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("minimize_oracle", ROOT / "tests" / "tools" / "make_expected.py")
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)


def engine_result(source: str) -> tuple | str:
    """(stdout, exit code, stderr) or the name of the Python exception that escaped."""
    from explorer.engine import run_source

    try:
        r = run_source(source, filename="prog.js", max_steps=2_000_000)
    except BaseException as e:  # noqa: BLE001 - that is what we look for
        return f"{type(e).__name__}: {e}"
    return r.stdout, r.exit_code, r.stderr


def node_result(source: str) -> dict:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "prog.js"
        p.write_text(source, encoding="utf-8")
        return oracle.run_node(p)


def differs(source: str) -> bool:
    """True when the engine and Node disagree on this program (a syntax error in either is no difference)."""
    mine = engine_result(source)
    if isinstance(mine, str):
        return True
    node = node_result(source)
    if node["error_line"] and node["error_line"].startswith("SyntaxError"):
        return False
    if mine[1] == 1 and "SyntaxError" in mine[2] and not node["exit_code"]:
        return False
    lines = [ln.rstrip() for ln in mine[2].splitlines()]
    return (mine[0] != node["stdout"] or mine[1] != node["exit_code"]
            or (node["error_line"] is not None and node["error_line"] not in lines))


def crashes(source: str) -> bool:
    return isinstance(engine_result(source), str)


def _statement_ranges(source: str) -> list[tuple[int, int]]:
    """Source ranges of every statement, innermost last, so removal goes from big to small."""
    try:
        tree = esprima.parseScript(source, {"range": True})
    except Exception:  # noqa: BLE001
        return []
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for x in node:
                walk(x, depth)
            return
        if not isinstance(getattr(node, "type", None), str):
            return
        if node.type.endswith("Statement") or node.type.endswith("Declaration"):
            out.append((depth, node.range[0], node.range[1]))
        for k, v in node.__dict__.items():
            if k not in ("range", "loc") and (isinstance(v, list) or isinstance(getattr(v, "type", None), str)):
                walk(v, depth + 1)
    walk(tree.body, 0)
    out.sort()
    return [(a, b) for _, a, b in out]


def minimize(source: str, fails) -> str:
    assert fails(source), "the program does not fail to begin with"
    changed = True
    while changed:
        changed = False
        for a, b in _statement_ranges(source):
            candidate = source[:a] + source[b:]
            if candidate != source and fails(candidate):
                source = candidate
                changed = True
                break
    lines = source.split("\n")
    i = 0
    while i < len(lines):
        candidate = lines[:i] + lines[i + 1:]
        if fails("\n".join(candidate)):
            lines = candidate
        else:
            i += 1
    return "\n".join(ln for ln in lines if ln.strip()) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("program", type=Path)
    p.add_argument("--crash", action="store_true", help="keep a Python exception escaping instead of a difference")
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    small = minimize(args.program.read_text(encoding="utf-8"), crashes if args.crash else differs)
    if args.out:
        args.out.write_text(small, encoding="utf-8")
    sys.stdout.write(small)
    return 0


if __name__ == "__main__":
    sys.exit(main())
