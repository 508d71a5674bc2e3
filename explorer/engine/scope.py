"""Static scope analysis: the resolver pass that runs once before the program.

It answers, per function and block, which names are declared there and how
(hoisting, the temporal dead zone), and per function which outer names it
really references (``captured``: the bright rows of its backpack). Results
live on ``Scope`` objects kept in a side table keyed by node identity.
"""

from __future__ import annotations

from .errors import NotSupported

WITH_OBJECT = "(object)"     # the one slot of a with's environment: its object (not an identifier)

# Built-ins Node has that this engine does not: a program using one is refused
# up front ("not supported yet") rather than failing later with a ReferenceError.
UNSUPPORTED_GLOBALS = frozenset({
    "Proxy", "Intl", "WeakRef", "FinalizationRegistry", "ArrayBuffer", "SharedArrayBuffer", "DataView",
    "Atomics", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "WebAssembly",
    "TextEncoder", "TextDecoder", "fetch",
})


class Scope:
    """One static scope: the names an environment of this kind will hold, in slot order."""

    __slots__ = ("kind", "parent", "node", "names", "decl_kinds", "slots", "function", "strict",
                 "captured_names", "var_names", "var_functions", "materialized", "owner_name", "dynamic", "base")

    def __init__(self, kind: str, parent: "Scope | None", node, function: "FunctionInfo | None", strict: bool):
        self.kind = kind              # global, function, block, catch, for, class, switch
        self.parent = parent
        self.node = node
        self.names: list[str] = []
        self.decl_kinds: list[str] = []
        self.slots: dict[str, int] = {}
        self.function = function      # the FunctionInfo this scope belongs to (None at top level)
        self.strict = strict
        self.captured_names: set[str] = set()   # names here that some inner function references
        self.var_names: list[str] = []          # global scope only: var/function names (global object)
        self.var_functions: set[str] = set()    # global scope only: those of var_names a function declaration makes
        self.materialized = True
        self.owner_name = ""
        # Names looked up through this scope are resolved at run time: a `with` object may hold any
        # name, a sloppy direct eval may add vars to its function, and eval code's own outer names
        # live in environments compiled without it.
        self.dynamic = kind in ("with", "eval")
        self.base = self    # an environment grown by eval gets its own copy; this is the static original

    def grown(self, name: str, kind: str) -> "Scope":
        """A copy of this scope with one more name (an eval's ``var`` in one environment of it): the
        other environments of the scope keep the static one, and its slots stay a prefix of the copy's."""
        c = Scope(self.kind, self.parent, self.node, self.function, self.strict)
        c.names = list(self.names)
        c.decl_kinds = list(self.decl_kinds)
        c.slots = dict(self.slots)
        c.captured_names = set(self.captured_names) | {name}
        c.var_names = self.var_names
        c.var_functions = self.var_functions
        c.materialized = self.materialized
        c.owner_name = self.owner_name
        c.dynamic = self.dynamic
        c.base = self.base
        c.declare(name, kind)
        return c

    def declare(self, name: str, kind: str) -> int:
        i = self.slots.get(name)
        if i is not None:
            # var after param/function keeps the first binding; a function declaration wins its value
            if kind == "function" and self.decl_kinds[i] in ("var", "param"):
                self.decl_kinds[i] = "function"
            return i
        i = len(self.names)
        self.names.append(name)
        self.decl_kinds.append(kind)
        self.slots[name] = i
        return i

    def __repr__(self) -> str:
        return f"<Scope {self.kind} {self.names}>"


class FunctionInfo:
    """What the resolver knows of one function; the compiler turns it into the function's code."""

    def __init__(self, node, kind: str, name: str, strict: bool):
        self.node = node
        self.func_kind = kind        # normal, arrow, method, class, generator, async, asyncarrow, asyncgenerator
        self.name = name
        self.strict = strict
        self.scope: Scope | None = None
        self.captured: list[str] = []
        self.globals_used: list[str] = []   # names it uses that no enclosing function declares
        self.uses_arguments = False
        self.uses_this = False
        self.is_arrow = kind in ("arrow", "asyncarrow")
        self.params: list[str] = []
        self.simple_params = True
        self.var_declared_functions: list = []   # FunctionDeclaration nodes hoisted to this scope
        self.body_scope: Scope | None = None     # where the body's declarations live (see Resolver._function)
        self.has_eval = False        # a direct eval may run in it (every name it sees is kept)

    @property
    def display_name(self) -> str:
        return self.name or "(anonymous)"


def pattern_names(node, out: list) -> list:
    t = node.type
    if t == "Identifier":
        out.append(node.name)
    elif t == "ObjectPattern":
        for p in node.properties:
            pattern_names(p.argument if p.type == "RestElement" else p.value, out)
    elif t == "ArrayPattern":
        for e in node.elements:
            if e is not None:
                pattern_names(e, out)
    elif t == "AssignmentPattern":
        pattern_names(node.left, out)
    elif t == "RestElement":
        pattern_names(node.argument, out)
    return out


def param_label(p) -> str:
    """A parameter as a learner reads it: ``a``, ``b = 2``, ``...rest``, ``{ x, y }``."""
    if p.type == "Identifier":
        return p.name
    if p.type == "AssignmentPattern" and p.left.type == "Identifier":
        return p.left.name
    if p.type == "RestElement" and p.argument.type == "Identifier":
        return "..." + p.argument.name
    names = pattern_names(p, [])
    return "{" + ", ".join(names) + "}" if names else "_"


def _identifiers(node, out: set) -> set:
    """Every identifier name written in a subtree (parameters: what their expressions may read)."""
    if isinstance(node, list):
        for n in node:
            if n is not None:
                _identifiers(n, out)
        return out
    if node.type == "Identifier":
        out.add(node.name)
        return out
    for k, v in node.__dict__.items():
        if k in ("loc", "range") or k[0] == "_":
            continue
        if isinstance(v, list) or hasattr(v, "type"):
            _identifiers(v, out)
    return out


def _is_strict_body(stmts) -> bool:
    for s in stmts:
        if s.type == "ExpressionStatement" and getattr(s, "directive", None) is not None:
            if s.directive == "use strict":
                return True
            continue
        break
    return False


def _loc(node):
    return node.loc.start.line, node.loc.start.column


def _var_would_fit(name: str, block: Scope, var_scope: Scope) -> bool:
    """Annex B.3.3: a sloppy block's function is also a var of the function only when a ``var`` of its
    name would be no early error (no lexical declaration of it between the block and the function) and
    it is not a parameter's name."""
    s = block.parent
    while s is not None:
        i = s.slots.get(name)
        kind = s.decl_kinds[i] if i is not None else None
        if kind in ("let", "const", "class", "param"):     # (V8 lets an enclosing block's function be)
            return False
        if s is var_scope:
            return True
        s = s.parent
    return True


class Resolver:
    """Build the scope tree (pass 1: declarations), then resolve references (pass 2)."""

    def __init__(self):
        self.scopes: dict[int, Scope] = {}        # id(node) -> Scope it opens
        self.functions: dict[int, FunctionInfo] = {}
        self.annex_b: set[int] = set()  # id(block-level function declaration) that is also a var (Annex B.3.3)
        self._keep: list = []                     # keep nodes alive so ids stay unique
        self.global_vars: set = set()
        self._where = (1, 0)
        self._eval_root: Scope | None = None      # eval code: the scopes above it are compiled, not to be changed

    # ---------------------------------------------------------------- pass 1
    def analyse(self, program) -> Scope:
        strict = _is_strict_body(program.body)
        g = Scope("global", None, program, None, strict)
        g.owner_name = "global"
        self._open(program, g)
        self._hoist_body(program.body, g, g)
        self._declare_walk(program.body, g, g)
        self.global_vars = set(g.var_names)
        self._resolve_walk(program.body, g)
        return g

    def _open(self, node, scope: Scope) -> None:
        self.scopes[id(node)] = scope
        self._keep.append(node)

    def _hoist_body(self, stmts, var_scope: Scope, lex_scope: Scope) -> None:
        """Declare the var-scoped names found anywhere in these statements, and the block's lexical ones."""
        for s in stmts:
            self._hoist_vars(s, var_scope)
        self._declare_lexical(stmts, lex_scope, var_scope)

    def analyse_dynamic_function(self, fnode, g: Scope) -> None:
        """The function ``Function(...)`` made (CreateDynamicFunction): analysed in the global scope ``g``,
        named "anonymous" with no binding of that name."""
        self._declare_walk(fnode, g, g)
        self.functions[id(fnode)].name = "anonymous"
        self._resolve_walk(fnode, g)

    def analyse_eval(self, program, outer: Scope, strict: bool) -> Scope:
        """Eval code (and a console entry evaluated at a step) whose outer scope is ``outer``, the static
        scope of the live environment it runs in (PerformEval, EvalDeclarationInstantiation).

        Sloppy eval code declares its ``var``s and functions in the caller's variable environment: they
        are listed in ``var_names`` and made at run time. Strict code keeps them in its own environment.
        """
        strict = strict or _is_strict_body(program.body)
        es = Scope("eval", outer, program, outer.function, strict)
        es.owner_name = "eval"
        self._eval_root = es
        self._open(program, es)
        self._hoist_body(program.body, es, es)
        self._declare_walk(program.body, es, es)
        self._resolve_walk(program.body, es)
        return es

    def _declare_var(self, scope: Scope, name: str, kind: str) -> None:
        if scope.kind == "global" or scope.kind == "eval" and not scope.strict:
            if name in scope.slots:
                return
            if kind == "function" and scope.kind == "global":
                scope.var_functions.add(name)
            if name not in scope.var_names:
                scope.var_names.append(name)
        else:
            scope.declare(name, kind)

    def _hoist_vars(self, s, var_scope: Scope) -> None:
        t = s.type
        if t == "VariableDeclaration":
            if s.kind == "var":
                for d in s.declarations:
                    for n in pattern_names(d.id, []):
                        self._declare_var(var_scope, n, "var")
        elif t == "IfStatement":
            self._hoist_vars(s.consequent, var_scope)
            if s.alternate:
                self._hoist_vars(s.alternate, var_scope)
        elif t in ("ForStatement",):
            if s.init is not None and s.init.type == "VariableDeclaration":
                self._hoist_vars(s.init, var_scope)
            self._hoist_vars(s.body, var_scope)
        elif t in ("ForInStatement", "ForOfStatement"):
            if s.left.type == "VariableDeclaration":
                self._hoist_vars(s.left, var_scope)
            self._hoist_vars(s.body, var_scope)
        elif t in ("WhileStatement", "DoWhileStatement", "LabeledStatement"):
            self._hoist_vars(s.body, var_scope)
        elif t == "BlockStatement":
            for x in s.body:
                self._hoist_vars(x, var_scope)
        elif t == "TryStatement":
            self._hoist_vars(s.block, var_scope)
            if s.handler:
                self._hoist_vars(s.handler.body, var_scope)
            if s.finalizer:
                self._hoist_vars(s.finalizer, var_scope)
        elif t == "SwitchStatement":
            for c in s.cases:
                for x in c.consequent:
                    self._hoist_vars(x, var_scope)
        elif t == "WithStatement":
            self._hoist_vars(s.body, var_scope)

    def _declare_lexical(self, stmts, scope: Scope, var_scope: Scope) -> None:
        for s in stmts:
            t = s.type
            if t == "LabeledStatement":
                while s.type == "LabeledStatement":
                    s = s.body
                t = s.type
            if t == "VariableDeclaration" and s.kind in ("let", "const"):
                for d in s.declarations:
                    for n in pattern_names(d.id, []):
                        scope.declare(n, s.kind)
            elif t == "ClassDeclaration":
                scope.declare(s.id.name, "class")
            elif t == "FunctionDeclaration":
                if scope is var_scope:
                    self._declare_var(scope, s.id.name, "function")
                else:
                    scope.declare(s.id.name, "function")
                    # Annex B: a sloppy block's plain function is also a var of the function (not generators/async)
                    plain = not s.generator and not getattr(s, "isAsync", False) and not getattr(s, "async", False)
                    if scope.strict or not plain or not _var_would_fit(s.id.name, scope, var_scope):
                        continue
                    self.annex_b.add(id(s))
                    if var_scope.kind != "global" and not (var_scope.kind == "eval" and not var_scope.strict):
                        var_scope.declare(s.id.name, "var")
                    else:
                        self._declare_var(var_scope, s.id.name, "var")
            elif t in ("ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration",
                       "ExportAllDeclaration"):
                raise NotSupported("modules (import/export)", *_loc(s))

    def _function(self, node, scope: Scope, kind: str, name: str, is_method=False) -> FunctionInfo:
        body_stmts = node.body.body if node.body.type == "BlockStatement" else []
        strict = scope.strict or _is_strict_body(body_stmts)
        info = FunctionInfo(node, kind, name, strict)
        self.functions[id(node)] = info
        fs = Scope("function", scope, node, info, strict)
        fs.owner_name = info.display_name
        info.scope = fs
        self._open(node, fs)
        for p in node.params:
            if p.type != "Identifier":
                info.simple_params = False
            info.params.append(param_label(p))
            for n in pattern_names(p, []):
                fs.declare(n, "param")
        info.body_scope = fs
        if node.body.type == "BlockStatement":
            stmts = node.body.body
            if not info.simple_params:
                # With parameter expressions the body's declarations get an environment of their own
                # (FunctionDeclarationInstantiation, step 28): a default value never sees them, and a
                # closure made there keeps the parameter when a body `var` of its name changes. Made
                # only where the parameters name one of them, as otherwise nothing can tell.
                own = Scope("block", fs, node.body, info, strict)
                self._hoist_body(stmts, own, own)
                if own.names and not set(own.names).isdisjoint(_identifiers(node.params, set())):
                    own.owner_name = fs.owner_name
                    self._open(node.body, own)
                    info.body_scope = own
                    return info
            self._hoist_body(stmts, fs, fs)
        return info

    def _declare_walk(self, node, scope: Scope, var_scope: Scope) -> None:
        """Pass 1 over a subtree: open a scope for every function, block, catch, loop and class."""
        if isinstance(node, list):
            for n in node:
                if n is not None:
                    self._declare_walk(n, scope, var_scope)
            return
        t = node.type
        if t in ("FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"):
            kind = _function_kind(node)
            name = node.id.name if node.id is not None else ""
            info = self._function(node, scope, kind, name)
            fs = info.scope
            if t == "FunctionExpression" and node.id is not None and node.id.name not in fs.slots:
                fs.declare(node.id.name, "funcname")
            for p in node.params:
                self._declare_walk(p, fs, fs)
            body = node.body
            if body.type == "BlockStatement":
                self._declare_walk(body.body, info.body_scope, info.body_scope)
            else:
                self._declare_walk(body, fs, fs)
            return
        if t == "BlockStatement" or t == "StaticBlock":
            if t == "StaticBlock":
                info = FunctionInfo(node, "method", "static", True)
                self.functions[id(node)] = info
                bs = Scope("function", scope, node, info, True)
                bs.owner_name = "static block"
                info.scope = bs
                self._open(node, bs)
                self._hoist_body(node.body, bs, bs)
                self._declare_walk(node.body, bs, bs)
                return
            bs = Scope("block", scope, node, scope.function, scope.strict)
            self._open(node, bs)
            self._declare_lexical(node.body, bs, var_scope)
            self._declare_walk(node.body, bs, var_scope)
            return
        if t in ("ForStatement", "ForInStatement", "ForOfStatement"):
            head = node.init if t == "ForStatement" else node.left
            if head is not None and head.type == "VariableDeclaration" and head.kind in ("let", "const"):
                fs = Scope("for", scope, node, scope.function, scope.strict)
                self._open(node, fs)
                for d in head.declarations:
                    for n in pattern_names(d.id, []):
                        fs.declare(n, head.kind)
                inner = fs
            else:
                inner = scope
            for k in ("init", "test", "update", "left", "right", "body"):
                v = getattr(node, k, None)
                if v is not None:
                    # the iterated expression is evaluated before the loop's environment exists
                    self._declare_walk(v, scope if k == "right" else inner, var_scope)
            return
        if t == "SwitchStatement":
            self._declare_walk(node.discriminant, scope, var_scope)
            ss = Scope("block", scope, node, scope.function, scope.strict)
            self._open(node, ss)
            stmts = [x for c in node.cases for x in c.consequent]
            self._declare_lexical(stmts, ss, var_scope)
            for c in node.cases:
                if c.test is not None:
                    self._declare_walk(c.test, ss, var_scope)
                self._declare_walk(c.consequent, ss, var_scope)
            return
        if t == "CatchClause":
            cs = Scope("catch", scope, node, scope.function, scope.strict)
            self._open(node, cs)
            if node.param is not None:
                for n in pattern_names(node.param, []):
                    cs.declare(n, "catch")
                self._declare_walk(node.param, cs, var_scope)
            self._declare_walk(node.body, cs, var_scope)
            return
        if t in ("ClassDeclaration", "ClassExpression"):
            if node.superClass is not None:
                self._declare_walk(node.superClass, scope, var_scope)
            cs = Scope("class", scope, node, scope.function, True)
            self._open(node, cs)
            if node.id is not None:
                cs.declare(node.id.name, "const")
                cs.owner_name = f"class {node.id.name}"
            for m in node.body.body:
                if m.type in ("MethodDefinition", "PropertyDefinition") and m.key.type == "PrivateIdentifier":
                    cs.declare("#" + m.key.name, "private")
            for m in node.body.body:
                if m.type == "MethodDefinition":
                    if m.computed:
                        self._declare_walk(m.key, cs, var_scope)
                    kind = _function_kind(m.value)
                    if m.kind == "constructor":
                        kind = "class"
                    elif kind == "normal":
                        kind = "method"
                    key = m.key.name if not m.computed and m.key.type in ("Identifier", "PrivateIdentifier") else (
                        str(m.key.value) if not m.computed and m.key.type == "Literal" else "")
                    if m.key.type == "PrivateIdentifier":
                        key = "#" + key
                    if m.kind in ("get", "set"):
                        key = f"{m.kind} {key}"
                    if m.kind == "constructor":
                        key = node.id.name if node.id is not None else ""
                    info = self._function(m.value, cs, kind, key, is_method=True)
                    info.strict = True
                    info.scope.strict = True
                    for p in m.value.params:
                        self._declare_walk(p, info.scope, info.scope)
                    self._declare_walk(m.value.body.body, info.body_scope, info.body_scope)
                elif m.type == "PropertyDefinition":
                    if m.computed:
                        self._declare_walk(m.key, cs, var_scope)
                    if m.value is not None:
                        # a field initialiser runs like a method body with `this` the instance
                        info = FunctionInfo(m, "method", "<field>", True)
                        self.functions[id(m)] = info
                        fs = Scope("function", cs, m, info, True)
                        fs.owner_name = "field initialiser"
                        info.scope = fs
                        self._open(m, fs)
                        self._declare_walk(m.value, fs, fs)
                else:
                    self._declare_walk(m, cs, var_scope)
            return
        if t == "WithStatement":
            self._declare_walk(node.object, scope, var_scope)
            ws = Scope("with", scope, node, scope.function, scope.strict)
            ws.owner_name = f"with ({node.object.name})" if node.object.type == "Identifier" else "with (…)"
            ws.declare(WITH_OBJECT, "with")
            self._open(node, ws)
            self._declare_walk(node.body, ws, var_scope)
            return
        if t == "ImportExpression":
            raise NotSupported("dynamic import()", *_loc(node))
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "eval":
            self._mark_eval(scope)
        for k, v in node.__dict__.items():
            if k in ("loc", "range") or k[0] == "_":
                continue
            if isinstance(v, list):
                self._declare_walk(v, scope, var_scope)
            elif hasattr(v, "type"):
                self._declare_walk(v, scope, var_scope)

    # ---------------------------------------------------------------- pass 2
    def _resolve_walk(self, node, scope: Scope) -> None:
        if isinstance(node, list):
            for n in node:
                if n is not None:
                    self._resolve_walk(n, scope)
            return
        t = node.type
        if t in ("ForInStatement", "ForOfStatement"):
            self._resolve_walk(node.right, scope)
            inner = self.scopes.get(id(node), scope)
            self._resolve_walk(node.left, inner)
            self._resolve_walk(node.body, inner)
            return
        if t == "WithStatement":
            self._resolve_walk(node.object, scope)
            self._resolve_walk(node.body, self.scopes[id(node)])
            return
        opened = self.scopes.get(id(node))
        if opened is not None and opened is not scope:
            scope = opened
        if t == "Identifier":
            self._where = _loc(node)
            self._reference(node.name, scope)
            return
        if t == "MemberExpression":
            self._resolve_walk(node.object, scope)
            if node.computed:
                self._resolve_walk(node.property, scope)
            return
        if t == "Property":
            if node.computed:
                self._resolve_walk(node.key, scope)
            self._resolve_walk(node.value, scope)
            return
        if t in ("MethodDefinition", "PropertyDefinition"):
            if node.computed:
                self._resolve_walk(node.key, scope)
            if node.value is not None:
                self._resolve_walk(node.value, self.scopes.get(id(node), scope))
            return
        if t in ("LabeledStatement", "BreakStatement", "ContinueStatement"):
            if t == "LabeledStatement":
                self._resolve_walk(node.body, scope)
            return
        if t == "MetaProperty" or t == "PrivateIdentifier":
            return
        if t == "ThisExpression" or t == "Super":
            self._this_reference(scope)
            return
        if t == "CallExpression" and node.callee.type == "Identifier" and node.callee.name == "eval":
            self._direct_eval(scope)
        if t in ("FunctionExpression", "FunctionDeclaration", "ArrowFunctionExpression"):
            fs = self.scopes[id(node)]
            self._resolve_walk(node.params, fs)
            self._resolve_walk(node.body, fs)
            return
        for k, v in node.__dict__.items():
            if k in ("loc", "range") or k[0] == "_":
                continue
            if isinstance(v, list):
                self._resolve_walk(v, scope)
            elif hasattr(v, "type"):
                self._resolve_walk(v, scope)

    def _direct_eval(self, scope: Scope) -> None:
        """``eval(...)`` may be a direct eval: its code sees every name in scope, so every enclosing
        function keeps them all (as V8 does), ``arguments`` and ``this`` are there for it, and a sloppy
        one may add vars to its function's environment, so names looked up through that are dynamic."""
        s = scope
        seen: list = []
        while s is not None and s is not self._eval_root:
            seen.append(s)
            s = s.parent
        for sc in seen:
            for name in list(sc.names):
                if not name.startswith(("#", "(")):
                    self._reference(name, scope)
        self._reference("arguments", scope)
        self._this_reference(scope)

    def _mark_eval(self, scope: Scope) -> None:
        """Pass 1: a direct eval may run in ``scope``: its function (a sloppy one) may gain vars, so
        every name looked up through it, before or after the call in the text, is found at run time."""
        s = scope
        while s is not None and s is not self._eval_root:
            if s.function is not None:
                s.function.has_eval = True
            if s.kind in ("function", "eval") and not s.strict:
                s.dynamic = True
                return
            if s.kind == "function":
                return
            s = s.parent

    @staticmethod
    def lookup(scope: Scope, name: str) -> Scope | None:
        s = scope
        while s is not None:
            if name in s.slots:
                return s
            s = s.parent
        return None

    def _inside_eval(self, scope: Scope) -> bool:
        """Whether ``scope`` belongs to the code being analysed (not to compiled code an eval runs in)."""
        root = self._eval_root
        if root is None:
            return True
        s = scope
        while s is not None:
            if s is root:
                return True
            s = s.parent
        return False

    def _reference(self, name: str, scope: Scope) -> None:
        if name == "arguments":
            fs = scope
            while fs is not None and (fs.function is None or fs.function.is_arrow or fs.kind != "function"):
                if name in fs.slots:
                    break
                fs = fs.parent
            if fs is not None and name in fs.slots and fs.kind == "function" and fs.function is not None \
                    and not fs.function.is_arrow and fs.decl_kinds[fs.slots[name]] == "var":
                fs.function.uses_arguments = True     # `var arguments` is the same binding, made with the object
            if fs is not None and fs.kind == "function" and fs.function is not None and name not in fs.slots \
                    and fs.node.type != "PropertyDefinition" and fs.node.type != "StaticBlock" \
                    and self._inside_eval(fs):
                fs.function.uses_arguments = True
                fs.declare("arguments", "arguments")
        d = self.lookup(scope, name)
        if d is None and name in UNSUPPORTED_GLOBALS and name not in self.global_vars:
            raise NotSupported(name, *self._where)
        self._dynamic_capture(name, scope, d)
        if d is None or d.kind == "global":
            s = scope       # a global name: each enclosing function uses it as it is at each call
            while s is not None:
                f = s.function if s.kind == "function" else None
                if f is not None and name not in f.globals_used:
                    f.globals_used.append(name)
                s = s.parent
            return
        s = scope
        root = self._eval_root
        while s is not d and s is not root:
            if s.kind == "function" and s.function is not None and name not in s.function.captured:
                s.function.captured.append(name)
                d.captured_names.add(name)
            s = s.parent

    def _dynamic_capture(self, name: str, scope: Scope, d: Scope | None) -> None:
        """A name may be found at run time before its declaration ``d`` (or where none is seen): in a
        function an eval adds vars to, or on a with's object. The functions between here and there keep
        that environment (their backpack holds it), as it really is what they use."""
        crossed = []
        s = scope
        root = self._eval_root
        while s is not None and s is not root and s is not d:
            if s.dynamic and s.kind in ("function", "with"):
                held = WITH_OBJECT if s.kind == "with" else name
                for f in crossed:
                    if held not in f.captured:
                        f.captured.append(held)
                s.captured_names.add(held)
                if s.kind == "function":
                    return
            if s.kind == "function" and s.function is not None:
                crossed.append(s.function)
            s = s.parent

    def _this_reference(self, scope: Scope) -> None:
        s = scope
        while s is not None and self._inside_eval(s):
            if s.kind == "function" and s.function is not None:
                s.function.uses_this = True
                if not s.function.is_arrow:
                    return
            s = s.parent


def _function_kind(node) -> str:
    is_async = getattr(node, "isAsync", False) or getattr(node, "async", False)
    if node.type == "ArrowFunctionExpression":
        return "asyncarrow" if is_async else "arrow"
    if node.generator:
        return "asyncgenerator" if is_async else "generator"
    return "async" if is_async else "normal"
