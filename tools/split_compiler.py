"""Split explorer/engine/compiler.py's ``Compiler`` into mixin modules, one per grammar area.

    python tools/split_compiler.py [--check]

A pure move, done by this script so that it can be re-run on the newest compiler.py: every method
of the class goes, unchanged, to the module ``METHODS`` names (a method not named there goes with
the method before it, and is reported); module-level helpers go where ``HELPERS`` says (default:
they stay in compiler.py). Each module's imports are computed from the names its code uses; the
engine's import-order list and class-size exemptions in tests/test_structure.py are updated.
It runs on an unsplit compiler.py only (``Compiler`` one class, no mixin modules yet).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "explorer" / "engine"

# Modules in import order (each imports only those before it), with their docstrings and mixin class.
MODULES = {
    "operators": (None, '''"""The operators' runtime semantics (ES2024 13.15.3 ApplyStringOrNumericBinaryOperator, 7.2.13
IsLessThan, string concatenation within V8's length limit): what a compiled ``+`` or ``<`` calls."""'''),
    "source_names": (None, '''"""What V8 calls a piece of source in its messages and function names: a callee's text
(``o.f is not a function``), the identifier a failed read is reported at, a function's inferred
name (NamedEvaluation, IsAnonymousFunctionDefinition)."""'''),
    "compile_bindings": ("Bindings", '''"""Compiling name references and binding patterns: ResolveBinding through the resolver's
(hops, slot) answers, the dynamic lookups ``with`` and direct ``eval`` force (ES2024 9.4.2), and
BindingInitialization / destructuring assignment of patterns (8.6.2, 13.15.5)."""'''),
    "compile_left_hand_side": ("LeftHandSideExpressions", '''"""Compiling the Left-Hand-Side Expressions (ES2024 13.3): property access, optional chains,
calls, ``new``, ``super`` and ``import()``."""'''),
    "compile_expressions": ("Expressions", '''"""Compiling the expressions other than the left-hand side ones (ES2024 13): literals,
templates, ``this``, object and array initializers, the unary, binary, logical, conditional,
update and assignment operators, ``yield`` and ``await``."""'''),
    "compile_statements": ("StatementsAndDeclarations", '''"""Compiling the Statements and Declarations (ES2024 14): declarations, blocks, ``if``,
``try``/``throw``, labels, the loops (for, for-in, for-of, for-await, while, do-while),
``switch`` and ``with``."""'''),
}

CLASS_DOCS = {
    "Bindings": "Name references and binding patterns, compiled (a part of ``Compiler``).",
    "LeftHandSideExpressions": "Member access, optional chains, calls, ``new`` and ``super``, compiled "
                               "(a part of ``Compiler``).",
    "Expressions": "Literals, templates and the operators, compiled (a part of ``Compiler``).",
    "StatementsAndDeclarations": "Statements and declarations, compiled (a part of ``Compiler``).",
}

# Methods that stay on Compiler itself: construction, scopes, the program and eval entry points,
# the one dispatch on node types for statements and expressions, functions and classes.
CORE = """__init__ hops scope_of new_env_maker compile_program mark_materialized statements note_read_sites
note_expression_site statement completion_statement plain_statement compile_eval expr code_for function_maker
class_maker""".split()

METHODS = {
    "compile_statements": """stmt_EmptyStatement stmt_DebuggerStatement stmt_VariableDeclaration
        infer_names_in_literal binder stmt_FunctionDeclaration stmt_ClassDeclaration stmt_ReturnStatement
        stmt_IfStatement cond stmt_BlockStatement hoist_functions stmt_ThrowStatement stmt_TryStatement loop_labels
        pending_labels stmt_LabeledStatement stmt_BreakStatement stmt_ContinueStatement _loop_control
        stmt_WhileStatement stmt_DoWhileStatement stmt_ForStatement _iteration _for_each_head stmt_ForOfStatement
        for_await stmt_ForInStatement stmt_SwitchStatement stmt_WithStatement""",
    "compile_bindings": """is_dynamic through_with dynamic_reader resolving_first dynamic_initializer
        dynamic_callee dynamic_assigner read_var read_global _slot_target init_var _global_assigner assign_var
        pattern""",
    "compile_expressions": """expr_Literal expr_Identifier expr_TemplateLiteral expr_TaggedTemplateExpression
        expr_ThisExpression _hops_to_function this_reader function_ctx_reader expr_MetaProperty
        expr_ArrayExpression spread_source expr_ObjectExpression expr_FunctionExpression
        expr_ArrowFunctionExpression expr_ClassExpression expr_SequenceExpression expr_ConditionalExpression
        expr_LogicalExpression expr_BinaryExpression expr_UnaryExpression delete_expr delete_target
        expr_UpdateExpression expr_AssignmentExpression expr_YieldExpression expr_AwaitExpression""",
    "compile_left_hand_side": """member_key private_name property_getter property_setter member_assigner
        expr_MemberExpression super_member expr_ChainExpression callee arguments_list expr_CallExpression
        eval_call expr_NewExpression super_call expr_Super expr_PrivateIdentifier expr_ImportExpression""",
}

HELPERS = {
    "operators": """js_add BIG_STRING MAX_STRING_LENGTH concat_big _char_width _bigint_mix js_div js_mod
        _bigint_too_big _arith arith js_less js_lt js_gt js_le js_ge BINARY""",
    "source_names": "leading_identifier inferred_name ReadSite callee_text _FOLDED _folded_not _folded_number "
                    "_is_anonymous_fn",
    "compile_bindings": "reference_error tdz_error",
    "compile_left_hand_side": "ShortCircuit _object_kind SuperBase _super_get _set_failed _find_prop",
    "compile_statements": "_as_statement for_in_keys",
}

# private helpers another module now needs: they become public
RENAMES = {"_is_anonymous_fn": "is_anonymous_fn"}

LINE = 120


def _words(spec: str) -> list[str]:
    return spec.split()


def _item_names(node) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _start(node) -> int:
    return min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])


def _segments(body, lines, first_line):
    """(node, text) for each statement of ``body``: its lines plus the comments and blank lines above it."""
    out = []
    prev = first_line
    for node in body:
        out.append((node, "".join(lines[prev:node.end_lineno])))
        prev = node.end_lineno
    return out


def _rename(text: str) -> str:
    for old, new in RENAMES.items():
        text = re.sub(rf"(?<![\w.]){re.escape(old)}\b", new, text)
    return text


def _used_names(text: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Name)}


def _sort_key(name: str):
    if name.isupper() or (name.upper() == name and "_" in name):
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _import_line(module: str, names: set[str]) -> str:
    ordered = sorted(names, key=_sort_key)
    one = f"from {module} import {', '.join(ordered)}"
    if len(one) <= LINE:
        return one
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in ordered) + ")"


def split() -> dict[str, str]:
    path = ENGINE / "compiler.py"
    src = path.read_text(encoding="utf-8")
    lines = src.splitlines(keepends=True)
    tree = ast.parse(src)
    for m in MODULES:
        if (ENGINE / f"{m}.py").exists():
            sys.exit(f"explorer/engine/{m}.py exists already: run this on an unsplit compiler.py")

    # the imports compiler.py has: name -> (statement kind, module)
    imported: dict[str, tuple[str, str]] = {}
    std_order: list[str] = []
    docstring = None
    body_items = []
    last_import_end = 0
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and docstring is None and not body_items \
                and not imported:
            docstring = "".join(lines[node.lineno - 1:node.end_lineno])
            last_import_end = node.end_lineno
        elif isinstance(node, ast.ImportFrom):
            mod = "." * node.level + (node.module or "")
            if mod == "__future__":
                last_import_end = node.end_lineno
                continue
            for a in node.names:
                imported[a.asname or a.name] = ("from", mod, a.name)
            if not node.level and mod not in std_order:
                std_order.append(mod)
            last_import_end = node.end_lineno
        elif isinstance(node, ast.Import):
            for a in node.names:
                imported[a.asname or a.name] = ("import", a.name, a.name)
                std_order.append(a.name)
            last_import_end = node.end_lineno
        else:
            body_items.append(node)
    comment_of = {}   # trailing comments on import lines (``js_pow  # V8's pow``) travel with the name
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.lineno == node.end_lineno and "#" in lines[node.lineno - 1]:
            for a in node.names:
                comment_of[a.asname or a.name] = lines[node.lineno - 1].split("#", 1)[1].strip()

    segs = _segments(body_items, lines, last_import_end)
    compiler_cls = next(n for n in body_items if isinstance(n, ast.ClassDef) and n.name == "Compiler")
    if compiler_cls.bases:
        sys.exit("Compiler has bases already: already split?")

    # where each helper goes
    helper_home = {}
    for mod, spec in HELPERS.items():
        for name in _words(spec):
            helper_home[name] = mod
    top_names = {n for node in body_items for n in _item_names(node)}
    missing = set(helper_home) - top_names
    if missing:
        print(f"note: helpers no longer in compiler.py: {sorted(missing)}")

    # where each method goes
    method_home = {name: "compiler" for name in CORE}
    for mod, spec in METHODS.items():
        for name in _words(spec):
            method_home[name] = mod
    cls_lines = lines[:compiler_cls.end_lineno]
    members = _segments(compiler_cls.body, cls_lines, compiler_cls.lineno)
    parts: dict[str, list[str]] = {m: [] for m in list(MODULES) + ["compiler"]}
    prev_home = "compiler"
    seen = set()
    for node, text in members:
        names = _item_names(node)
        name = names[0] if names else None
        if name in method_home:
            home = method_home[name]
        else:
            home = prev_home
            print(f"note: {name or ast.dump(node)[:40]} not in the mapping: goes to {home} with the one before it")
        seen.update(names)
        parts[home].append(text)
        prev_home = home
    gone = set(method_home) - seen
    if gone:
        print(f"note: mapped but not in compiler.py: {sorted(gone)}")

    # module-level items: the class is replaced by the composed class; helpers go home
    top_parts: dict[str, list[tuple[ast.AST, str]]] = {m: [] for m in list(MODULES) + ["compiler"]}
    for node, text in segs:
        if node is compiler_cls:
            top_parts["compiler"].append((node, None))
            continue
        names = _item_names(node)
        homes = {helper_home.get(n, "compiler") for n in names} or {"compiler"}
        if len(homes) != 1:
            sys.exit(f"{names}: one statement, several homes")
        top_parts[homes.pop()].append((node, text))

    defined = {}   # name -> module (after renames)
    for mod, items in top_parts.items():
        for node, _ in items:
            for n in _item_names(node):
                defined[RENAMES.get(n, n)] = mod
    mixins = [(mod, cls) for mod, (cls, _) in MODULES.items() if cls]
    for mod, cls in mixins:
        defined[cls] = mod
    order = list(MODULES) + ["compiler"]
    rank = {m: i for i, m in enumerate(order)}

    # the texts of each module
    texts: dict[str, str] = {}
    for mod in order:
        cls = MODULES[mod][0] if mod in MODULES else "Compiler"
        chunks = []
        for node, text in top_parts[mod]:
            if text is None or (mod != "compiler" and cls and node is None):
                continue
            chunks.append(_rename(text))
        body_methods = [_rename(t) for t in parts[mod]]
        if mod == "compiler":
            bases = ", ".join(c for _, c in reversed(mixins))
            klass = (f"class Compiler({bases}):\n"
                     '    """One ESTree -> closures compiler: the shared core (scopes, the program, the dispatch on node\n'
                     "    types, functions) here; each grammar area's methods in its part, composed by inheritance\n"
                     '    (a method is found once, when a node is compiled, never while the program runs)."""\n\n'
                     + "".join(body_methods).lstrip("\n"))
            out_chunks = []
            for node, text in top_parts[mod]:
                if text is None:
                    seg = dict((id(n), t) for n, t in segs)[id(compiler_cls)]
                    lead = seg[:seg.index("class Compiler")]
                    out_chunks.append(lead + klass)
                else:
                    out_chunks.append(_rename(text))
            body = "".join(out_chunks)
            doc = docstring
        else:
            doc = MODULES[mod][1] + "\n"
            body = "".join(chunks)
            if cls:
                methods = "".join(body_methods).lstrip("\n")
                klass = f"class {cls}:\n    \"\"\"{CLASS_DOCS[cls]}\"\"\"\n\n{methods}"
                body = body.rstrip("\n") + "\n\n\n" + klass if body.strip() else "\n\n" + klass
            elif body_methods:
                sys.exit(f"{mod}: methods but no class")
        # imports
        used = _used_names(body)
        if mod == "compiler":
            all_node = next((n for n in body_items if "__all__" in _item_names(n)), None)
            if all_node is not None:
                used |= {e.value for e in ast.walk(all_node) if isinstance(e, ast.Constant)}
        own = {n for n, m in defined.items() if m == mod}
        rel: dict[str, set[str]] = {}
        std: dict[str, set[str]] = {}
        for n in sorted(used - own):
            if n in defined:
                home = defined[n]
                if rank[home] >= rank[mod]:
                    sys.exit(f"{mod} needs {n} from {home}, which comes after it")
                if n.startswith("_"):
                    sys.exit(f"{mod} needs {home}'s private {n}: add it to RENAMES")
                rel.setdefault("." + home, set()).add(n)
            elif n in imported:
                kind, m, orig = imported[n]
                if kind == "import":
                    std.setdefault("import " + m, set())
                elif m.startswith("."):
                    rel.setdefault(m, set()).add(n if orig == n else f"{orig} as {n}")
                else:
                    std.setdefault(m, set()).add(n)
            elif not hasattr(builtins, n):
                pass   # a local name
        head = [doc, "\nfrom __future__ import annotations\n"]
        if std:
            head.append("\n")
            for m in std_order:
                key = m if m in std else ("import " + m if "import " + m in std else None)
                if key is None:
                    continue
                head.append(key + "\n" if key.startswith("import ") else _import_line(m, std[key]) + "\n")
        if rel:
            head.append("\n")
            for m in sorted(rel):
                line = _import_line(m, rel[m])
                commented = [n for n in rel[m] if n in comment_of]
                if commented and "\n" not in line and len(rel[m]) == 1:
                    line += f"  # {comment_of[commented[0]]}"
                head.append(line + "\n")
        text = "".join(head) + ("\n\n" if mod != "compiler" else "") + body
        text = re.sub(r"\n{4,}", "\n\n\n", text).rstrip("\n") + "\n"
        texts[mod] = text
    return texts


def _definitions(trees) -> dict[str, str]:
    """name -> ast dump of every module-level definition and every method of the compiler's classes."""
    out = {}
    for tree in trees:
        for n in tree.body:
            if isinstance(n, ast.ClassDef) and n.name in {"Compiler"} | {c for c, _ in MODULES.values() if c}:
                for m in n.body:
                    if isinstance(m, ast.Expr) and isinstance(m.value, ast.Constant):
                        continue   # the parts' docstrings are new
                    key = "Compiler." + "/".join(_item_names(m))
                    if key in out:
                        sys.exit(f"{key} defined twice")
                    out[key] = ast.dump(m)
            else:
                for name in _item_names(n):
                    out[name] = ast.dump(n)
    return out


def verify(original: str, texts: dict[str, str]) -> None:
    """Every method and helper is the same code as before (renamed helpers aside)."""
    before = {RENAMES.get(k, k): _rename_dump(v) for k, v in _definitions([ast.parse(original)]).items()}
    after = _definitions([ast.parse(t) for t in texts.values()])
    assert set(before) == set(after), set(before) ^ set(after)
    changed = [k for k in before if before[k] != after[k]]
    assert not changed, f"changed in the move: {changed}"
    print(f"verified: {len(after)} methods and helpers unchanged")


def _rename_dump(dump: str) -> str:
    for old, new in RENAMES.items():
        dump = dump.replace(f"'{old}'", f"'{new}'")
    return dump


def update_structure_test(text: str) -> str:
    new = [m for m in MODULES]
    m = re.search(r'"class_definition", "compiler",', text)
    if m:
        text = text.replace('"class_definition", "compiler",',
                            '"class_definition",\n    ' + ", ".join(f'"{n}"' for n in new[:2]) + ",\n    "
                            + ", ".join(f'"{n}"' for n in new[2:]) + ', "compiler",', 1)
    text = re.sub(r'LONG_CLASSES = \{\n    "explorer/engine/compiler\.py::Compiler":.*?\n\}\n',
                  "LONG_CLASSES: dict[str, str] = {}\n", text, flags=re.S)
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the plan, write nothing")
    args = ap.parse_args()
    original = (ENGINE / "compiler.py").read_text(encoding="utf-8")
    texts = split()
    verify(original, texts)
    for mod, text in texts.items():
        print(f"{mod}.py: {text.count(chr(10))} lines")
    if args.check:
        return
    for mod, text in texts.items():
        (ENGINE / f"{mod}.py").write_text(text, encoding="utf-8")
    st = ROOT / "tests" / "test_structure.py"
    st.write_text(update_structure_test(st.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
