"""The optional compiled core: which recorder modules Cython may compile, and whether this run uses them.

The modules below are ordinary Python; ``setup.py`` compiles them with Cython when it and a C compiler
are there (their ``.pxd`` files beside them add the C types), and the compiled module then sits beside
its ``.py``. Python would import it first; this module decides instead:

- ``CLOSURE_EXPLORER_PURE=1`` in the environment forces the pure-Python modules;
- a compiled module is used only if it was built from the ``.py`` and ``.pxd`` that are there now
  (``compiled_sources.json``, written by the build, holds their hashes): after an edit or a merge, the
  edited source runs, never a stale build of the old one.

Both paths record the same trace (``tools/trace_identity.py`` compares them; a test runs it).
This module imports only the standard library: ``setup.py`` reads ``MODULES`` from it before anything
is installed.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
PURE_ENV = "CLOSURE_EXPLORER_PURE"
SOURCES_FILE = "compiled_sources.json"     # beside this file: {module: hash of its .py and .pxd}
# the engine's call path and the closures its compiler makes (compiled as they are, without C types: what
# a recording runs between two hooks), the recorder (its mixins and the Recorder), and the world it keeps
# (replayed by state_at too). Not the engine modules whose Python closures the engine reads back
# (edges.py reads what a built-in's closure keeps: a compiled closure has no cells to read).
MODULES = (
    "explorer.engine.values",
    "explorer.engine.completion",
    "explorer.engine.runtime",
    "explorer.engine.operators",
    "explorer.engine.function_objects",
    "explorer.engine.compiler",
    "explorer.engine.compile_statements",
    "explorer.engine.compile_expressions",
    "explorer.engine.compile_left_hand_side",
    "explorer.engine.compile_bindings",
    "explorer.trace.tape",
    "explorer.trace.oplog",
    "explorer.trace.world",
    "explorer.trace.graph",
    "explorer.trace.encoder",
    "explorer.trace.collector",
    "explorer.trace.mirror",
    "explorer.trace.callstack",
    "explorer.trace.jobqueue",
    "explorer.trace.hotpath",
    "explorer.trace.recorder",
)


def source_files(module: str, root: Path = ROOT_DIR) -> list[Path]:
    """The files a compiled module is built from: its .py and, when there, its .pxd."""
    base = root.joinpath(*module.split("."))
    return [p for p in (base.with_suffix(".py"), base.with_suffix(".pxd")) if p.exists()]


def source_hash(module: str, root: Path = ROOT_DIR) -> str:
    h = hashlib.sha256()
    for p in source_files(module, root):
        h.update(p.suffix.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def pure_forced() -> bool:
    return os.environ.get(PURE_ENV, "").strip() not in ("", "0")


def _built_hashes() -> dict:
    try:
        return json.loads((PACKAGE_DIR / SOURCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _extension(module: str) -> Path | None:
    """The compiled module beside the .py, if one was built."""
    base = ROOT_DIR.joinpath(*module.split("."))
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        p = base.with_name(base.name + suffix)
        if p.exists():
            return p
    return None


def _stale() -> set[str]:
    """Compiled modules that were not built from the sources that are there now."""
    built = _built_hashes()
    return {m for m in MODULES if _extension(m) is not None and built.get(m) != source_hash(m)}


class _PureFinder:
    """Finds the listed modules' .py (skipping their compiled form) when the pure path is wanted."""

    def __init__(self, names: set[str]):
        self.names = names

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.names or not path:
            return None
        loaders = [(importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES),
                   (importlib.machinery.SourcelessFileLoader, importlib.machinery.BYTECODE_SUFFIXES)]
        for entry in path:
            spec = importlib.machinery.FileFinder(entry, *loaders).find_spec(fullname)
            if spec is not None:
                return spec
        return None


_reason = ""


def install() -> None:
    """Called once, by ``import explorer``, before any recorder module is imported."""
    global _reason
    if any(isinstance(f, _PureFinder) for f in sys.meta_path):
        return
    built = {m for m in MODULES if _extension(m) is not None}
    if not built:
        _reason = "the compiled core is not built"
        return
    if pure_forced():
        names, _reason = set(MODULES), f"{PURE_ENV} is set"
    else:
        names = _stale()
        if names:
            _reason = "the compiled core is out of date with the source: pip install -e . rebuilds it"
    if names:
        sys.meta_path.insert(0, _PureFinder(names))


def in_use() -> dict[str, bool]:
    """{module: whether its compiled form is the one imported} (imports them)."""
    import importlib

    out = {}
    for m in MODULES:
        mod = importlib.import_module(m)
        out[m] = not str(getattr(mod, "__file__", "")).endswith(".py")
    return out


def describe() -> str:
    """One line for ``--version`` and the benchmark: which recorder runs."""
    used = in_use()
    if all(used.values()):
        return "recorder: compiled core (Cython)"
    if any(used.values()):
        half = ", ".join(m.rsplit(".", 1)[1] for m, c in used.items() if c)
        return f"recorder: partly compiled ({half}); the rest pure Python ({_reason})"
    return f"recorder: pure Python ({_reason or 'the compiled core is not built'})"
