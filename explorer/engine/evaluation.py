"""Code compiled against a live scope chain: direct and indirect ``eval``, ``with``, and the
console's "evaluate at this step" (one machinery for all of them).

Compiled code normally finds a name at a fixed (hops, slot) pair. Where a scope can gain names
while it runs (a function with a sloppy direct eval, a ``with`` object, the outer scopes of eval
code) the resolver marks it ``dynamic`` and the compiler asks this module instead: it walks the
live environments, reading each one's names from its scope (``env.scope.slots``; an environment
an eval added a var to has its own, longer scope), a ``with`` object's properties, and at the end
the global object, as ResolveBinding / GetIdentifierReference do (ES2024 9.1.2.1).
"""

from __future__ import annotations

import re

import esprima

from .compiler import Compiler
from .errors import JSSyntaxError, NotSupported
from .parser import syntax_error
from .runtime import Environment, ObjectEnvironment, Phase
from .scope import Resolver
from .utf16 import utf16_length
from .values import (
    Accessor,
    CONFIGURABLE,
    ENUMERABLE,
    HIDDEN,
    UNDEFINED,
    UNINITIALIZED,
    WRITABLE,
    JSError,
)

LEXICAL = ("let", "const", "class")


# ------------------------------------------------------------------ finding a name at run time


def variable_environment(env):
    """The nearest function's environment (a function's own scope, arrows included), or the global
    one: where a sloppy direct eval puts its vars."""
    e = env
    while e is not None:
        if type(e) is not ObjectEnvironment and e.scope.kind in ("function", "global"):
            return e
        e = e.parent
    return None


# ------------------------------------------------------------------ eval


_UNDECLARED_PRIVATE = re.compile(r"Private name '#([^']*)' is not declared in an enclosing class")


def parse_piece(source: str, strict: bool, piece: int, private_names=frozenset()):
    """Parse eval code (or a Function's text); a syntax error is the catchable SyntaxError V8 throws.
    Its nodes' ``loc.source`` is ``piece``: the trace shows their steps in that text.
    ``private_names``: the ``#names`` of the classes around a direct eval, which its code may use."""
    def attempt(text):
        try:
            try:
                return esprima.parseScript(text, {"loc": True, "range": True, "source": piece})
            except esprima.Error as e:
                if not private_names or not _UNDECLARED_PRIVATE.search(str(e)):
                    raise
            # the parser knows no class around eval code: check its other errors, forgive those names
            tree = esprima.parseScript(text, {"loc": True, "range": True, "source": piece, "tolerant": True})
            for err in getattr(tree, "errors", ()):
                m = _UNDECLARED_PRIVATE.search(str(err))
                if m is None or "#" + m.group(1) not in private_names:
                    raise err
            return tree
        except RecursionError:
            raise JSError("RangeError", "Maximum call stack size exceeded") from None
        except Exception as e:  # noqa: BLE001 - esprima.Error or an esprima assertion
            raise JSError("SyntaxError", syntax_error(text, e).message) from None

    program = attempt(source)
    if strict:
        # code an eval runs in strict mode obeys strict mode's early errors: check them on a copy
        attempt('"use strict";' + source)
    return program


class EvalCode:
    """One piece of eval code compiled for one outer scope: its body and what it declares."""

    __slots__ = ("scope", "body", "hoist", "var_names", "functions", "completion", "piece", "global_lexicals")

    def __init__(self, scope, body, hoist, var_names, functions, completion, piece, global_lexicals=()):
        self.scope = scope            # the eval's own Scope (its let/const/class, its vars when strict)
        self.body = body
        self.hoist = hoist            # strict: makes its functions in its own environment
        self.var_names = var_names    # sloppy: vars and functions for the caller's variable environment
        self.functions = functions    # sloppy: (name, maker) of its top-level function declarations
        self.completion = completion  # a one-item list the body writes its completion value into
        self.piece = piece            # the piece of source text its nodes belong to
        self.global_lexicals = global_lexicals   # REPL entries: (name, kind) it adds to the global lexical env


def compile_eval(interp, source: str, outer_scope, strict: bool, label: str, repl: bool = False) -> EvalCode:
    key = (source, id(outer_scope.base), strict, repl)
    cache = interp.eval_cache
    hit = cache.get(key)
    if hit is not None:
        return hit[1]
    piece = len(interp.pieces)
    private = set()
    s = outer_scope.base
    while s is not None:
        if s.kind == "class":
            private.update(n for n in s.names if n.startswith("#"))
        s = s.parent
    program = parse_piece(source, strict, piece, frozenset(private))
    interp.pieces.append((label, source))
    resolver = Resolver()
    resolver.global_vars = interp.resolver.global_vars
    es = resolver.analyse_eval(program, outer_scope.base, strict)
    global_lexicals = ()
    if repl and not es.strict:
        # Node's REPL: top-level let/const/class of an entry stay in the global lexical environment;
        # the eval scope forgets them, so the entry's code finds them there at run time
        global_lexicals = tuple((n, k) for n, k in zip(es.names, es.decl_kinds) if k in LEXICAL)
        kept = [(n, k) for n, k in zip(es.names, es.decl_kinds) if k not in LEXICAL]
        es.names = [n for n, _ in kept]
        es.decl_kinds = [k for _, k in kept]
        es.slots = {n: i for i, n in enumerate(es.names)}
    compiler = Compiler(interp, resolver, source)
    body, hoist, functions, cell = compiler.compile_eval(program, es)
    code = EvalCode(es, body, hoist, list(es.var_names), functions, cell, piece, global_lexicals)
    if len(cache) > 500:
        cache.clear()
    cache[key] = (outer_scope.base, code)
    return code


def perform_eval(interp, source: str, env, *, strict: bool, label: str = "eval", repl: bool = False) -> object:
    """Run ``source`` as eval code in the live environment ``env`` (PerformEval with direct true, or
    the global environment for an indirect eval) and return its completion value. ``repl``: in the
    global environment, top-level let/const/class persist there (Node's REPL)."""
    repl = repl and env.scope.kind == "global"
    try:
        code = compile_eval(interp, source, env.scope, strict, label, repl)
    except NotSupported as e:
        raise interp.not_supported_here(e, label) from None
    except JSSyntaxError as e:
        raise JSError("SyntaxError", e.message) from None
    es = code.scope
    hooks = interp.hooks
    if repl and not es.strict:
        declare_script_globals(interp, env, code)
    elif not es.strict:
        declare_eval_vars(interp, env, code)
    if es.materialized:
        inner = Environment([UNINITIALIZED if k in LEXICAL else UNDEFINED for k in es.decl_kinds], env, es)
        hooks.env_enter(inner)
    else:
        inner = env
    cell = code.completion
    cell[0] = UNDEFINED
    try:
        if code.hoist is not None:
            code.hoist(inner)
        if code.functions:
            var_env = variable_environment(env)
            for name, make in code.functions:
                put_var(interp, var_env, name, make(inner), function=True, script=repl)
        code.body(inner)
    finally:
        if inner is not env:
            hooks.env_exit(inner)
    return cell[0]


def declare_script_globals(interp, genv, code: EvalCode) -> None:
    """GlobalDeclarationInstantiation for one more script (a console entry, test262's evalScript): its
    let/const/class join the global lexical environment, its vars and functions the global object
    (not deletable, unlike an eval's); a name may not be both (SyntaxError), nor a function replace a
    global property that cannot be redefined (TypeError). Nothing is declared when a check fails."""
    gobj = interp.realm.global_object
    var_names = interp.global_scope.var_names
    lexical = genv.scope.slots
    for name, _kind in code.global_lexicals:
        if name in lexical or gobj.has_own(name) and not gobj.flags_of(name) & CONFIGURABLE:
            raise JSError("SyntaxError", f"Identifier '{name}' has already been declared")
    for name in code.var_names:
        if name in lexical:
            raise JSError("SyntaxError", f"Identifier '{name}' has already been declared")
    fn_names = {n for n, _ in code.functions}
    for name in fn_names:
        if gobj.has_own(name):
            flags = gobj.flags_of(name)
            accessor = type(gobj.props.get(name)) is Accessor
            if not flags & CONFIGURABLE and (accessor or flags & (WRITABLE | ENUMERABLE) != WRITABLE | ENUMERABLE):
                raise JSError("TypeError", f"Cannot redefine property: {name}")
        elif not gobj.extensible:
            raise JSError("TypeError", f"Cannot define property {name}, object is not extensible")
    for name in code.var_names:
        if name not in fn_names and not gobj.has_own(name) and not gobj.extensible:
            raise JSError("TypeError", f"Cannot define property {name}, object is not extensible")
    for name, kind in code.global_lexicals:
        genv.vals[genv.declare(name, kind)] = UNINITIALIZED
        interp.late_lexicals.add(name)
    for name in code.var_names:
        if name not in var_names:
            var_names.append(name)
        if name not in fn_names and not gobj.has_own(name):
            gobj.define_own(name, UNDEFINED, WRITABLE | ENUMERABLE)
            interp.hooks.global_write(name, UNDEFINED)


def declare_eval_vars(interp, env, code: EvalCode) -> None:
    """EvalDeclarationInstantiation for sloppy code: a var may not redeclare a let/const/class between
    the eval and its variable environment; new vars are made (undefined) in that environment."""
    names = code.var_names
    if not names:
        return
    var_env = variable_environment(env)
    ctx = var_env.ctx
    if ctx is not None and ctx.phase is Phase.CREATION and ctx.function is not None:
        # an eval in a parameter's default: its vars may not redeclare a parameter (V8, ES2017 10.2.11)
        sc = var_env.scope
        for name in names:
            slot = sc.slots.get(name)
            if slot is not None and sc.decl_kinds[slot] == "param":
                raise JSError("SyntaxError", f"Identifier '{name}' has already been declared")
    e = env
    while e is not None:
        if type(e) is not ObjectEnvironment:
            sc = e.scope
            for name in names:
                slot = sc.slots.get(name)
                if slot is not None and sc.decl_kinds[slot] in LEXICAL:
                    raise JSError("SyntaxError", f"Identifier '{name}' has already been declared")
        if e is var_env:
            break
        e = e.parent
    gobj = interp.realm.global_object
    fn_names = {n for n, _ in code.functions}
    global_vars = interp.global_scope.var_names
    for name in names:
        if var_env.scope.kind == "global":
            if name not in global_vars:
                global_vars.append(name)     # a var of the global code from now on (not an implicit global)
            if name not in fn_names and not gobj.has_own(name):
                gobj.define_own(name, UNDEFINED, WRITABLE | ENUMERABLE | CONFIGURABLE)
                interp.hooks.global_write(name, UNDEFINED)
        elif name not in var_env.scope.slots:
            slot = var_env.declare(name, "var")
            interp.hooks.binding_write(var_env, slot, UNDEFINED, True)


def put_var(interp, var_env, name: str, value, function: bool = False, script: bool = False) -> None:
    """Set a var binding an eval (or a script) declared in its variable environment."""
    if var_env.scope.kind == "global":
        gobj = interp.realm.global_object
        if function:
            flags = gobj.flags_of(name) if gobj.has_own(name) else None
            if flags is None or flags & CONFIGURABLE:
                gobj.define_own(name, value, WRITABLE | ENUMERABLE | (0 if script else CONFIGURABLE))
            else:
                gobj.put(name, value)
        else:
            gobj.put(name, value)
        interp.hooks.global_write(name, value)
        return
    slot = var_env.declare(name, "var")
    var_env.vals[slot] = value
    interp.hooks.binding_write(var_env, slot, value, True)


def create_dynamic_function(interp, kind: str, params: list, body: str):
    """CreateDynamicFunction (ES2024 20.2.1.1.1): ``new Function(...params, body)`` and its generator and
    async kin, compiled in the global scope as a sloppy function named "anonymous"."""
    keyword = {"normal": "function", "generator": "function*", "async": "async function",
               "asyncgenerator": "async function*"}[kind]
    head = f"({keyword} anonymous({','.join(params)}\n) "
    src = f"{head}{{\n{body}\n}})"
    piece = len(interp.pieces)
    program = parse_piece(src, False, piece)
    # the parameters and the body must each stand alone (V8's CreateDynamicFunction checks)
    stmts = program.body
    fnode = stmts[0].expression if len(stmts) == 1 and stmts[0].type == "ExpressionStatement" else None
    if fnode is None or fnode.type != "FunctionExpression" or fnode.range[1] != utf16_length(src) - 1:
        raise JSError("SyntaxError", "Single function literal required")
    if fnode.body.range[0] != utf16_length(head):
        raise JSError("SyntaxError", "Unexpected end of arg string" if "/*" in head
                      else "Arg string terminates parameters early")
    resolver = interp.resolver
    g = interp.global_scope
    label = "Function" if kind == "normal" else {"generator": "GeneratorFunction", "async": "AsyncFunction",
                                                  "asyncgenerator": "AsyncGeneratorFunction"}[kind]
    fnode.id = None     # named "anonymous", but no binding of that name is in scope (CreateDynamicFunction)
    strict_script = g.strict
    g.strict = False       # a Function body is sloppy unless it says otherwise, whoever calls Function
    try:
        resolver.analyse_dynamic_function(fnode, g)
        compiler = Compiler(interp, resolver, src)
        compiler.global_scope = g
        compiler.mark_materialized(g)
        make = compiler.function_maker(fnode, g)
    except NotSupported as e:
        raise interp.not_supported_here(e, label) from None
    finally:
        g.strict = strict_script
    interp.pieces.append((label, src))
    return make(interp.global_env)


def install_eval(realm) -> None:
    """The global ``eval`` (an indirect call of it runs its code in the global scope, sloppy)."""
    host = realm.host

    def eval_(this, args):
        x = args[0] if args else UNDEFINED
        if type(x) is not str:
            return x
        return perform_eval(host, x, host.global_env, strict=False, label="eval")

    f = realm.native(eval_, "eval", 1)
    realm.global_object.define_own("eval", f, HIDDEN)
    realm.intrinsics["%eval%"] = f


__all__ = ["perform_eval", "compile_eval", "install_eval", "variable_environment", "create_dynamic_function"]
