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


# ---------------------------------------------------------------------- the engine's import order

ENGINE = PACKAGE / "engine"
# Every module of explorer/engine, in the order imports run: a module imports only modules before it
# (at the top or inside a function). A new module takes its place here.
ENGINE_ORDER = (
    "errors", "utf16", "hooks", "memory", "deepstack",
    "values", "conversions", "runtime",
    "builtins.object", "builtins.function", "builtins.iterators", "builtins.string", "builtins.regexp",
    "builtins.math", "builtins.promise", "builtins.date", "builtins.globals", "builtins.symbol",
    "inspect",
    "completion", "scope", "coroutines", "function_objects", "class_definition",
    "operators", "source_names",
    "compile_bindings", "compile_left_hand_side", "compile_expressions", "compile_statements", "compiler",
    "syntax_errors", "parser", "evaluation",
    "builtins.array", "builtins.boolean", "builtins.console", "builtins.error", "builtins.generator",
    "builtins.json", "builtins.mapset", "builtins.number", "builtins.reflect", "builtins.timers", "builtins.web",
    "builtins",
    "realm", "repl", "interpreter", "edges",
    "",   # explorer/engine/__init__.py
)


def _engine_module(path: Path) -> str:
    rel = path.relative_to(ENGINE).with_suffix("").as_posix().replace("/", ".")
    return "" if rel == "__init__" else rel.removesuffix(".__init__")


def engine_imports(tree: ast.AST, module: str, known) -> list[tuple[str, int, bool]]:
    """(imported engine module, line, at module level?) for every import in ``tree``, ``module``'s code."""
    is_package = module == "" or module == "builtins"
    package = module.split(".") if is_package and module else module.split(".")[:-1]
    top = {id(n) for n in getattr(tree, "body", ())}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1] if node.level > 1 else package
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.startswith("explorer.engine"):
                target = node.module.removeprefix("explorer.engine").lstrip(".")
            else:
                continue
            for alias in node.names:
                name = f"{target}.{alias.name}" if target else alias.name
                found.append((name if name in known else target, node.lineno, id(node) in top))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("explorer.engine"):
                    found.append((alias.name.removeprefix("explorer.engine").lstrip("."), node.lineno, id(node) in top))
    return [(t, line, at_top) for t, line, at_top in found if t in known and t != module]


def test_engine_imports_run_one_way():
    """values -> conversions -> ... -> compiler -> interpreter: no module imports one after it in
    ENGINE_ORDER, neither at the top nor inside a function (an import in a function is no way round
    a cycle), and the realm's built-in modules (imported by name) come before the realm."""
    from explorer.engine import realm

    files = {_engine_module(p): p for p in sorted(ENGINE.rglob("*.py")) if "__pycache__" not in p.parts}
    assert sorted(files) == sorted(ENGINE_ORDER), "place new modules in ENGINE_ORDER"
    rank = {m: i for i, m in enumerate(ENGINE_ORDER)}
    wrong = []
    for module, path in files.items():
        edges = engine_imports(ast.parse(path.read_text(encoding="utf-8")), module, files)
        if module == "realm":
            edges += [(f"builtins.{name}", 0, False) for name in realm.BUILTIN_MODULES]
        wrong += [f"{module} (line {line}, {'top' if at_top else 'in a function'}) imports {target}"
                  for target, line, at_top in edges if rank[target] >= rank[module]]
    assert not wrong, "imports against the order:\n" + "\n".join(wrong)


def test_the_import_order_check_sees_imports_inside_functions():
    known = {"values", "compiler", "interpreter", "builtins.symbol"}
    tree = ast.parse("from .values import UNDEFINED\n\ndef f():\n    from .interpreter import x\n"
                     "    from .builtins.symbol import y\n")
    assert engine_imports(tree, "compiler", known) == [
        ("values", 1, True), ("interpreter", 4, False), ("builtins.symbol", 5, False)]
    tree = ast.parse("from ..values import UNDEFINED\nfrom .object import arg\n")
    assert engine_imports(tree, "builtins.array", known | {"builtins.object"}) == [
        ("values", 1, True), ("builtins.object", 2, True)]


# ---------------------------------------------------------------------- class sizes

MAX_CLASS_LINES = 800
# classes allowed to be longer, and why (each one is a debt to pay, not a design)
LONG_CLASSES: dict[str, str] = {}


def test_no_class_is_over_800_lines():
    long = {}
    for folder in ("engine", "trace"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                    long[f"{path.relative_to(ROOT).as_posix()}::{node.name}"] = node.end_lineno - node.lineno + 1
    unlisted = {k: v for k, v in long.items() if k not in LONG_CLASSES}
    assert not unlisted, f"classes over {MAX_CLASS_LINES} lines: {unlisted}"
    stale = set(LONG_CLASSES) - set(long)
    assert not stale, f"no longer over {MAX_CLASS_LINES} lines, take them off LONG_CLASSES: {stale}"
