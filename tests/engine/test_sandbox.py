"""Sandbox: a program reaches no Python object, no file and no host facility.

Three kinds of checks:

1. escape attempts written in JavaScript (``constructor.constructor``, ``Function``,
   ``__proto__`` tricks, Python attribute names on every kind of value, Node's
   ``require``/``process``) end in ``undefined`` or a ReferenceError;
2. after a run, every value reachable from the global object, the intrinsics and
   the environments is a JavaScript value of the engine's value model: nothing
   else (a Python ``int``, ``None``, a hole marker, an engine record) ever
   becomes visible to the program;
3. the engine's source is checked for the Python calls a JavaScript-controlled
   string could turn into an escape (``getattr`` with a computed name, ``eval``,
   ``exec``, ``open``, ``__import__``, ``subprocess``…): each computed use is on
   a reviewed list, so a new one fails this test until someone has looked at it.
"""
from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from explorer.engine import Interpreter, NotSupported, run_source
from explorer.engine.runtime import Environment, ScriptFunction
from explorer.engine.values import (
    HOLE,
    NULL,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSArray,
    JSBigInt,
    JSFunction,
    JSObject,
    JSSymbol,
    PrivateName,
)

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "explorer" / "engine"
_spec = importlib.util.spec_from_file_location("sandbox_oracle", ROOT / "tests" / "tools" / "make_expected.py")
oracle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(oracle)
needs_node = pytest.mark.skipif(oracle.node_executable() is None, reason="node is not on PATH")


# ====================================================================== 1. escape attempts
PYTHON_NAMES = [
    "__class__", "__globals__", "__dict__", "__init__", "__subclasses__", "mro", "__mro__", "func_globals",
    "gi_frame", "f_globals", "__builtins__", "__code__", "__closure__", "__self__", "__module__", "__bases__",
    "__base__", "__getattribute__", "__reduce__", "__reduce_ex__", "__weakref__", "__slots__", "__import__",
    "gi_code", "cr_frame", "tb_frame", "f_back", "co_code", "__len__", "__getitem__", "__call__", "__new__",
    "__repr__", "__str__", "__doc__", "__name__", "__qualname__", "__func__", "__wrapped__", "_JSObject__x",
    # the engine's own attribute names
    "props", "proto", "internal", "realm", "fn", "ctor", "elems", "code", "scope", "env", "vals", "host", "cls",
    "oid", "flags", "extensible", "privates", "func_kind", "frozen", "home_object", "fields", "this_value",
]

KINDS_JS = r"""
function* gen() { yield 1; }
async function af() {}
async function* ag() {}
class K { m() {} }
const values = {
  object: {}, array: [1, 2], sparse: [, 1], func: function named() {}, arrow: () => 1, klass: K, instance: new K(),
  string: "str", number: 42, bool: true, bigint: 10n, symbol: Symbol("s"), error: new TypeError("t"),
  promise: Promise.resolve(1), pending: new Promise(() => {}), generator: gen(), genfunc: gen, asyncfunc: af,
  asyncgen: ag(), map: new Map([[1, 2]]), set: new Set([1]), date: new Date(0), regexp: /x/g,
  bound: (function () {}).bind(null), nativefn: Math.max, args: (function () { return arguments; })(1),
  boxed: new Number(1), boxedString: new String("s"), json: JSON, math: Math, global: globalThis,
  iterator: [1][Symbol.iterator](), mapIterator: new Map().entries(), weakmap: new WeakMap(),
  nullproto: Object.create(null), reflect: Reflect, console, proxyish: { get __proto__() { return null; } },
};
"""


def test_python_attribute_names_are_undefined_on_every_kind_of_value():
    src = KINDS_JS + "const names = " + repr(PYTHON_NAMES).replace("'", '"') + r""";
const seen = [];
for (const [kind, v] of Object.entries(values)) {
  for (const n of names) {
    let r;
    try { r = v[n]; } catch (e) { r = "threw " + e.name; }
    if (r !== undefined) seen.push(`${kind}.${n}: ${typeof r}`);
    try { if (n in Object(v)) seen.push(`${kind}: has ${n}`); } catch (e) { seen.push(`${kind}: in threw`); }
  }
}
console.log(seen.join("\n"));
"""
    r = run_source(src)
    assert r.exit_code == 0, r.stderr
    # the only hit is a real JavaScript property of RegExp.prototype
    assert r.stdout == "regexp.flags: string\nregexp: has flags\n"


ESCAPES = [
    ("({}).constructor.constructor('return this')() === globalThis", "true"),
    ("Function('return this')() === globalThis", "true"),
    ("this.constructor.constructor === Function", "true"),
    ("(() => 1).constructor('return typeof globalThis')()", "object"),
    ("Function('return process')()", "ReferenceError: process is not defined"),
    ("Function('return require')()", "ReferenceError: require is not defined"),
    ("(function () { return this; })() === globalThis", "true"),
    ("({}).__proto__.__proto__", "null"),
    ("Object.prototype.__proto__ = {}", "TypeError: Immutable prototype object 'Object.prototype' cannot have their "
                                        "prototype set"),
    ("Object.setPrototypeOf(Object.prototype, Array.prototype)",
     "TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set"),
    ("(() => { const a = {}; const b = Object.create(a); a.__proto__ = b; })()", "TypeError: Cyclic __proto__ value"),
    ("globalThis.__builtins__", "undefined"),
    ("globalThis.__import__", "undefined"),
    ("globalThis.process", "undefined"),
    ("globalThis.require", "undefined"),
    ("require('fs')", "ReferenceError: require is not defined"),
    ("process.exit(3)", "ReferenceError: process is not defined"),
    ("module.exports", "ReferenceError: module is not defined"),
    ("__dirname", "ReferenceError: __dirname is not defined"),
    ("Buffer.from('x')", "ReferenceError: Buffer is not defined"),
    ("global === globalThis && global.require === undefined", "true"),   # Node's alias, not a way out
    ("open('/etc/passwd')", "ReferenceError: open is not defined"),
    ("Function.prototype.toString.call(Math.max)", "function max() { [native code] }"),
    ("String([].push)", "function push() { [native code] }"),
    ("String(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get)", "function get size() { [native code] }"),
    ("String(Function.prototype)", "function () { [native code] }"),
    ("Object.prototype.toString.call(Promise.resolve())", "[object Promise]"),
    ("Object.prototype.toString.call((function* () {})())", "[object Generator]"),
    ("Object.prototype.toString.call(globalThis)", "[object global]"),
    ("Reflect.ownKeys(Math.max).join()", "length,name"),
    ("Reflect.ownKeys(new Error('x')).join()", "stack,message"),
    ("Reflect.ownKeys(Promise.resolve(1)).length", "0"),
    ("Reflect.ownKeys((function* () {})()).length", "0"),
    ("Object.getOwnPropertyNames(Object.getPrototypeOf([][Symbol.iterator]())).join()", "next"),
    ("typeof Function('return import.meta')", "SyntaxError: Cannot use 'import.meta' outside a module"),
    ("Function('}), (function () {')", "SyntaxError: Single function literal required"),
    ("Function('a', 'return a')('ok')", "ok"),
    ("eval('process')", "ReferenceError: process is not defined"),
    ("(0, eval)('typeof require + typeof __import__')", "undefinedundefined"),
    ("eval('(function () { return this; })()') === globalThis", "true"),
    ("Symbol.for('__class__').description", "__class__"),
    ("String(new Error('e').stack).includes('.py')", "false"),
    ("[1, 2].map(function () { return new Error('x').stack; })[0].includes('.py')", "false"),
    ("(() => { try { null.f(); } catch (e) { return /python|\\.py|Traceback/i.test(e.stack + e.message); } })()",
     "false"),
]


def test_escape_attempts():
    lines = []
    for i, (expr, _) in enumerate(ESCAPES):
        lines.append(f"try {{ const v = ({expr}); console.log(v === globalThis ? 'globalThis' : String(v)); }} "
                     f"catch (e) {{ console.log(e.name + ': ' + e.message); }}")
    r = run_source("\n".join(lines))
    assert r.exit_code == 0, r.stderr
    got = r.stdout.splitlines()
    assert len(got) == len(ESCAPES)
    wrong = [f"{expr}\n    gives {g!r}, expected {want!r}" for (expr, want), g in zip(ESCAPES, got) if g != want]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("source, what", [
    ('import("fs")', "dynamic import()"),
    ("new Proxy({}, {})", "Proxy"),
])
def test_escape_hatches_that_are_refused_up_front(source, what):
    with pytest.raises(NotSupported) as info:
        Interpreter(source)
    assert info.value.message == what


def test_dynamic_function_sees_only_the_global_scope():
    """A Function body cannot see the locals of its caller (no scope leak), as in V8."""
    src = """
function outer() {
  const secret = 42;
  return Function("return typeof secret")();
}
console.log(outer());
var visible = 1;
console.log(Function("return visible")());
"""
    r = run_source(src)
    assert (r.stdout, r.exit_code) == ("undefined\n1\n", 0), r.stderr


# ====================================================================== 2. only JavaScript values
_LEGAL_PRIMITIVES = (bool, float, str, JSBigInt, JSSymbol)


def _js_value(v) -> bool:
    return v is UNDEFINED or v is NULL or type(v) in _LEGAL_PRIMITIVES or isinstance(v, JSObject)


def _walk(interp) -> list[str]:
    """Every problem found walking the object graph a program can reach."""
    problems: list[str] = []
    realm = interp.realm
    seen: set = set()
    todo: list = [realm.global_object, realm.object_prototype, realm.function_prototype, realm.array_prototype,
                  *(v for v in realm.intrinsics.values() if isinstance(v, JSObject)),  # the rest are Python helpers
                  *realm.error_prototypes.values()]
    envs: list = [interp.global_env]
    seen_envs: set = set()

    def value(v, where: str, holes_ok: bool = False, uninit_ok: bool = False) -> None:
        if type(v) is Accessor:
            for part in (v.get, v.set):
                if part is not UNDEFINED and not isinstance(part, JSFunction):
                    problems.append(f"{where}: accessor part {part!r}")
                elif isinstance(part, JSObject):
                    todo.append(part)
            return
        if v is HOLE and holes_ok or v is UNINITIALIZED and uninit_ok:
            return
        if not _js_value(v):
            problems.append(f"{where}: {type(v).__name__} {v!r}")
        elif isinstance(v, JSObject):
            todo.append(v)

    while todo or envs:
        while envs:
            e = envs.pop()
            if e is None or id(e) in seen_envs:
                continue
            seen_envs.add(id(e))
            if not isinstance(e, Environment):
                problems.append(f"environment {e!r}")
                continue
            for i, v in enumerate(e.vals):
                if type(v) is PrivateName:
                    continue
                value(v, f"binding {e.scope.names[i] if i < len(e.scope.names) else i}", uninit_ok=True)
            envs.append(e.parent)
        if not todo:
            break
        o = todo.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        if not isinstance(o, JSObject):
            problems.append(f"non-object on the heap: {o!r}")
            continue
        if o.proto is not None and not isinstance(o.proto, JSObject):
            problems.append(f"{o!r}.proto is {o.proto!r}")
        elif o.proto is not None:
            todo.append(o.proto)
        for k, v in list(o.props.items()):
            if type(k) is not str and type(k) is not JSSymbol:
                problems.append(f"{o!r} has the key {k!r}")
            if k == "stack" and type(v).__name__ == "LazyStack":   # a str made final by the error's get_own
                continue
            value(v, f"{o!r}[{k!r}]")
        if isinstance(o, JSArray):
            for i, v in enumerate(o.elems):
                value(v, f"{o!r}[{i}]", holes_ok=True)
        if o.privates:
            for k, v in o.privates.items():
                value(v, f"{o!r}.{k!r}")
        internal = o.internal
        entries = getattr(internal, "entries", None)
        if callable(entries):
            for k, v in entries():
                value(k, f"{o!r} entry key")
                value(v, f"{o!r} entry value")
        if type(o).__name__ == "JSObject" and o.cls == "Promise":
            value(internal.result, f"{o!r} promise result")
        if isinstance(o, ScriptFunction):
            envs.append(o.scope)
    return problems


PROGRAMS = [
    KINDS_JS + "globalThis.keep = values;",
    """
const a = [1, , 3]; a[10] = 4; delete a[0];
const o = { get g() { return 1; }, set s(v) {} };
Object.defineProperty(a, 5, { get() { return 5; }, enumerable: true, configurable: true });
const copies = [[...a], Array.from(a), a.slice(), a.concat(a), Object.values(a), Object.entries(a),
                a.map(x => x), a.filter(() => true), [...a.entries()], JSON.parse(JSON.stringify(a)),
                a.flat(), Array.prototype.concat.call({}, a), a.toSorted?.() ?? a, structuredCloneLike(a)];
function structuredCloneLike(x) { return x.map ? x.map(v => v) : x; }
const [p, , q = 7, ...rest] = a;
const { length, 0: zero, ...others } = a;
globalThis.keep = { a, o, copies, p, q, rest, length, zero, others };
""",
    """
class A { #x = 1; static #y = 2; #m() { return this.#x; } get x() { return this.#m(); } static y() { return A.#y; } }
const m = new Map([[{}, []], [NaN, -0]]); m.set(m, m);
const s = new Set([1, "1", 1n, Symbol.iterator]);
const w = new WeakMap([[{}, 1]]);
const p = Promise.reject(new Error("handled")); p.catch(() => {});
const q = Promise.all([1, Promise.resolve(2)]);
function* g() { const x = yield 1; try { yield x; } finally { globalThis.fin = true; } }
const it = g(); it.next(); it.next(5); it.return(9);
let tdz = () => later; const closures = []; for (let i = 0; i < 3; i++) closures.push(() => i);
const later = 1;
async function af() { await null; return 1; } const r = af();
globalThis.keep = { a: new A(), x: new A().x, y: A.y(), m, s, w, p, q, it, tdz, closures, r, args: (function () { return arguments; })(1, 2) };
""",
    """
const results = [];
for (const f of [() => [].reduce((a, b) => a), () => null.x, () => undefinedName, () => Symbol() + "",
                 () => new Array(-1), () => BigInt(1.5), () => JSON.parse("{"), () => "a".repeat(-1),
                 () => Object.defineProperty(1, "x", {}), () => new (class extends null {})(),
                 () => (function f() { "use strict"; f.caller; })(), () => { throw Object.create(null); }]) {
  try { results.push(f()); } catch (e) { results.push(e); }
}
globalThis.keep = results;
""",
]


@pytest.mark.parametrize("source", PROGRAMS, ids=["kinds", "arrays", "classes-collections-async", "errors"])
def test_nothing_but_javascript_values_are_reachable(source):
    interp = Interpreter(source)
    r = interp.run()
    assert r.exit_code == 0, r.stderr
    problems = _walk(interp)
    assert not problems, "\n".join(problems[:20])


def test_typeof_of_everything_a_program_can_touch():
    """Walk the values from JavaScript: every typeof is one of the eight, every object has a [[Class]] tag."""
    src = KINDS_JS + r"""
const kinds = new Set(["undefined", "object", "boolean", "number", "bigint", "string", "symbol", "function"]);
const bad = [];
const seen = new Set();
function visit(v, path, depth) {
  if (!kinds.has(typeof v)) bad.push(path + ": " + typeof v);
  if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v) || depth > 4) return;
  seen.add(v);
  const tag = Object.prototype.toString.call(v);
  if (!/^\[object [A-Za-z ]+\]$/.test(tag)) bad.push(path + ": tag " + tag);
  for (const k of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (!d) { bad.push(path + ": no descriptor for " + String(k)); continue; }
    if ("value" in d) visit(d.value, path + "." + String(k), depth + 1);
    else { visit(d.get, path + ".get " + String(k), depth + 1); visit(d.set, path + ".set " + String(k), depth + 1); }
  }
  visit(Object.getPrototypeOf(v), path + ".__proto__", depth + 1);
}
visit(values, "values", 0);
visit(globalThis, "globalThis", 0);
console.log(bad.length ? bad.join("\n") : "clean", seen.size > 300);
"""
    r = run_source(src, max_steps=5_000_000)
    assert (r.stdout, r.exit_code) == ("clean true\n", 0), r.stderr


@needs_node
def test_python_attribute_names_agree_with_node(tmp_path):
    src = KINDS_JS + "const names = " + repr(PYTHON_NAMES).replace("'", '"') + r""";
const seen = [];
for (const [kind, v] of Object.entries(values)) for (const n of names) if (n !== "console" && v[n] !== undefined) seen.push(kind + "." + n);
console.log(seen.join(" "));
"""
    p = tmp_path / "names.js"
    p.write_text(src, encoding="utf-8")
    rec = oracle.run_node(p)
    assert run_source(src).stdout == rec["stdout"] == "regexp.flags\n"


# ====================================================================== 3. the engine's source
DANGEROUS = {"eval", "exec", "compile", "open", "__import__", "globals", "locals", "vars", "breakpoint", "input"}
DANGEROUS_MODULES = {"subprocess", "os", "pickle", "marshal", "shutil", "socket", "ctypes", "importlib", "builtins",
                     "shelve", "code", "pty", "tempfile"}
# (file, function called, the argument's source): computed attribute names that were reviewed
REVIEWED_COMPUTED = {
    ("compiler.py", "getattr", "'stmt_' + t"),        # t is an esprima node type, never a program string
    ("compiler.py", "getattr", "'expr_' + t"),
    ("class_definition.py", "setattr", "kind"),        # "get"/"set" from the class body's AST
    ("function_objects.py", "setattr", "kind"),        # the same "get"/"set", for private accessors' fields
    ("builtins/object.py", "getattr", "which"),        # __lookupGetter__/__lookupSetter__: "get"/"set"
    ("builtins/date.py", "getattr", "field"),          # fixed Date field names
    ("inspect.py", "getattr", "k"),                    # copying InspectOptions.__slots__
    ("inspect.py", "setattr", "k"),
    ("scope.py", "getattr", "k"),                      # a constant tuple of ESTree child names
    ("syntax_errors.py", "getattr", "name"),           # esprima Parser method names written in that module
    ("realm.py", "import_module", "f'explorer.engine.builtins.{name}'"),  # BUILTIN_MODULES, a constant tuple
}
# modules allowed to import something from DANGEROUS_MODULES, and why
REVIEWED_IMPORTS = {
    ("realm.py", "importlib"),        # loads the built-in modules listed in BUILTIN_MODULES
    ("memory.py", "os"),              # os.sysconf for the page size
    ("memory.py", "ctypes"),          # GetProcessMemoryInfo on Windows
}


def _engine_files():
    return sorted(p for p in ENGINE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_python_escape_hatches_in_the_engine():
    found = []
    for path in _engine_files():
        rel = path.relative_to(ENGINE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) or isinstance(node, ast.ImportFrom) and not node.level:
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if top in DANGEROUS_MODULES and (rel, top) not in REVIEWED_IMPORTS:
                        found.append(f"{rel}:{node.lineno}: imports {name}")
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name in DANGEROUS and isinstance(f, ast.Name):
                # open() of a constant path (memory.py reads /proc/self/statm) is fine
                if not (name == "open" and node.args and isinstance(node.args[0], ast.Constant)):
                    found.append(f"{rel}:{node.lineno}: calls {name}()")
            if name in ("getattr", "setattr", "delattr", "hasattr", "import_module") and len(node.args) >= 1:
                arg = node.args[1] if name != "import_module" else node.args[0]
                if not isinstance(arg, ast.Constant):
                    key = (rel, name, ast.unparse(arg))
                    if key not in REVIEWED_COMPUTED:
                        found.append(f"{rel}:{node.lineno}: {name} with a computed name {ast.unparse(arg)}")
    assert not found, "review these (could a program's string reach them?):\n" + "\n".join(found)


def test_the_reviewed_lists_are_not_stale():
    """Every reviewed entry still exists, so the lists stay an honest record."""
    live = set()
    imports = set()
    for path in _engine_files():
        rel = path.relative_to(ENGINE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                if name in ("getattr", "setattr", "import_module") and node.args:
                    arg = node.args[1] if name != "import_module" and len(node.args) > 1 else node.args[0]
                    live.add((rel, name, ast.unparse(arg)))
            elif isinstance(node, ast.Import):
                imports |= {(rel, a.name.split(".")[0]) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imports.add((rel, node.module.split(".")[0]))
    assert REVIEWED_COMPUTED <= live, REVIEWED_COMPUTED - live
    assert REVIEWED_IMPORTS <= imports, REVIEWED_IMPORTS - imports
