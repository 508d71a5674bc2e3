"""The shape of the house: who may import what, read from the source with ``ast``.

A name that starts with ``_`` is its module's own business: another module that needs it
means the name is public API (drop the underscore) or lives in the wrong module.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "explorer"


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_another_modules_private_name():
    found = []
    for path, tree in _modules():
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                found += [f"{rel}:{node.lineno}: from {'.' * node.level}{node.module or ''} import {a.name}"
                          for a in node.names if _private(a.name)]
            elif isinstance(node, ast.Import):
                found += [f"{rel}:{node.lineno}: import {a.name}" for a in node.names
                          if any(_private(part) for part in a.name.split("."))]
    assert not found, "private names imported across modules:\n" + "\n".join(found)


def test_the_private_import_check_sees_both_forms():
    """The check above catches a private name imported at module level and inside a function."""
    tree = ast.parse("from .scope import _walk\n\ndef f():\n    from ..values import ok, _hidden\n")
    private = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names if _private(a.name)]
    assert private == ["_walk", "_hidden"]
    assert not _private("__all__") and _private("_x") and _private("__x")
