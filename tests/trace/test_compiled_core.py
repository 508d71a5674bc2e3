"""The optional compiled core (explorer/compiled.py, setup.py) records exactly what pure Python records.

Every sample, every corpus and test program and every bench program is recorded twice, each in a process
of its own: once with the compiled recorder modules and once with CLOSURE_EXPLORER_PURE=1; the whole
recordings are compared part by part (every tape array and side table, every checkpoint, the outcome and
its message) with tools/trace_identity.py. The switch itself is checked too: the variable forces the
pure modules, ``--version`` says which path runs, and a compiled module is never used with a source it
was not built from.

Without a built core (no Cython or no C compiler where the project was installed) there is nothing to
compare and these tests skip and say so; CI installs with both, so there they run.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import compiled

ROOT = Path(__file__).resolve().parents[2]
BUILT = all(compiled._extension(m) is not None for m in compiled.MODULES)
needs_core = pytest.mark.skipif(not BUILT, reason="the compiled core is not built here (no Cython or no C "
                                                   "compiler at install time): nothing to compare")

# Run in a child process: which form of each listed module was imported, and the --version line.
WHICH = """
import json, sys
from explorer import compiled
print(json.dumps({"in_use": compiled.in_use(), "describe": compiled.describe()}))
"""

# Run in a child process: fingerprints of every program's recording (tools/trace_identity.py), after
# checking that the path the environment asks for is the one imported.
DUMP = """
import sys
from explorer import compiled
want_compiled = sys.argv[2] == "compiled"
used = compiled.in_use()
assert all(v == want_compiled for v in used.values()), (sys.argv[2], used)
sys.path.insert(0, sys.argv[3])
import trace_identity
raise SystemExit(trace_identity.main(["dump", sys.argv[1], "--states", "0"]))
"""


def _env(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_ENV}
    if pure:
        env[compiled.PURE_ENV] = "1"
    return env


def _python(code: str, *args: str, pure: bool = False, cwd: Path = ROOT, pythonpath: Path | None = None):
    env = _env(pure)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=900, check=False)


@needs_core
def test_the_compiled_and_the_pure_recorder_record_the_same_trace_for_every_program(tmp_path):
    tools = ROOT / "tools"
    out = {}
    for path in ("compiled", "pure"):
        out[path] = tmp_path / f"{path}.json"
        done = _python(DUMP, str(out[path]), path, str(tools), pure=path == "pure")
        assert done.returncode == 0, done.stdout + done.stderr
    fast = json.loads(out["compiled"].read_text())
    slow = json.loads(out["pure"].read_text())
    sys.path.insert(0, str(tools))
    try:
        import trace_identity
    finally:
        sys.path.remove(str(tools))
    assert sorted(fast) == sorted(slow) and len(fast) == len(trace_identity.programs()) >= 300
    # the parts really are compared: every tape array, checkpoints and the outcome are there
    some = fast["samples/seed001_retaining_function_memory.js"]
    assert {"tape.kinds", "tape.op", "tape.pl", "tape.id_kind", "checkpoint.0", "outcome"} <= set(some)
    differ = {name: trace_identity.differences(fast[name], slow[name]) for name in fast}
    assert not {name: d for name, d in differ.items() if d}


@needs_core
def test_the_pure_variable_imports_every_listed_module_from_its_python_source():
    fast = _python(WHICH)
    slow = _python(WHICH, pure=True)
    assert fast.returncode == 0 and slow.returncode == 0, fast.stderr + slow.stderr
    fast, slow = json.loads(fast.stdout), json.loads(slow.stdout)
    assert set(fast["in_use"]) == set(compiled.MODULES)
    assert all(fast["in_use"].values()) and fast["describe"] == "recorder: compiled core (Cython)"
    assert not any(slow["in_use"].values())
    assert slow["describe"] == f"recorder: pure Python ({compiled.PURE_ENV} is set)"


def test_version_names_the_recorder_path_in_use():
    for pure in (False, True):
        done = subprocess.run([sys.executable, "-m", "explorer", "--version"], cwd=ROOT, env=_env(pure),
                              capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        first, path = done.stdout.strip().split(", ", 1)
        assert first == "closure-explorer 0.1.0"
        if pure or not BUILT:
            assert path.startswith("recorder: pure Python ("), path
        else:
            assert path == "recorder: compiled core (Cython)"


@needs_core
def test_a_compiled_module_is_not_used_once_its_source_changed(tmp_path):
    """An edit (or a merge) after the build runs the edited source, not the stale compiled module."""
    copy = tmp_path / "explorer"
    shutil.copytree(ROOT / "explorer", copy, ignore=shutil.ignore_patterns("__pycache__"))
    done = _python(WHICH, cwd=tmp_path, pythonpath=tmp_path)
    assert done.returncode == 0, done.stderr
    assert all(json.loads(done.stdout)["in_use"].values()), "the copy should use its compiled modules as built"
    edited = compiled.MODULES[0]
    source = copy.joinpath(*edited.split(".")[1:]).with_suffix(".py")
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED_AFTER_THE_BUILD = True\n", encoding="utf-8")
    done = _python(WHICH + f"\nimport {edited} as m; print(m.EDITED_AFTER_THE_BUILD)", cwd=tmp_path,
                   pythonpath=tmp_path)
    assert done.returncode == 0, done.stderr
    seen, flag = done.stdout.strip().splitlines()
    seen = json.loads(seen)
    assert flag == "True"
    assert seen["in_use"][edited] is False
    assert all(used for m, used in seen["in_use"].items() if m != edited)
    assert seen["describe"].endswith("the compiled core is out of date with the source: pip install -e . "
                                     "rebuilds it)")


def _pxd_classes(text: str) -> dict[str, set[str]]:
    """{class: attribute names} of the ``cdef class`` blocks of a .pxd."""
    classes: dict[str, set[str]] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"cdef class (\w+)", line)
        if m:
            current = classes.setdefault(m.group(1), set())
            continue
        m = re.match(r"\s+cdef (?:public |readonly )?[\w ]+? (\w+(?:, *\w+)*)\s*$", line)
        if current is not None and m:
            current.update(n.strip() for n in m.group(1).split(","))
        elif line and not line[0].isspace():
            current = None
    return classes


def test_every_slot_of_a_class_the_compiled_core_types_is_declared_in_its_pxd():
    """A class a .pxd turns into a C struct has only the fields the .pxd declares: a slot added to the
    .py alone would be an AttributeError in the compiled core only. This check needs no compiler."""
    checked = 0
    for module in compiled.MODULES:
        py, *pxd = compiled.source_files(module)
        if not pxd:
            continue
        declared = _pxd_classes(pxd[0].read_text(encoding="utf-8"))
        for node in ast.parse(py.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef) or node.name not in declared:
                continue
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and any(getattr(t, "id", "") == "__slots__" for t in stmt.targets):
                    slots = set(ast.literal_eval(stmt.value))
                    assert slots <= declared[node.name], (module, node.name, slots - declared[node.name])
                    checked += 1
    assert checked >= 2     # callstack's Frame and Call at least
