"""Compile the ESTree into Python closures, once, before the program runs.

Each expression becomes ``ev(env) -> value`` and each statement
``ex(env) -> None | signal`` (``Ret``/``Brk``/``Cont``), so running never
re-dispatches on node types. Names were resolved by ``scope.Resolver``; here
they become (hops, slot) pairs into ``Environment.vals``.

The interpreter is captured by the closures: ``tick`` (count a step, tell the
recorder) before every statement, and the ``Hooks`` at every write and call.
"""

from __future__ import annotations

from .class_definition import class_factory
from .compile_bindings import Bindings
from .compile_expressions import Expressions
from .compile_left_hand_side import LeftHandSideExpressions
from .compile_statements import StatementsAndDeclarations, for_in_keys
from .completion import Ret
from .conversions import to_string
from .errors import NotSupported
from .function_objects import FunctionCode, closure_factory, compile_function_body
from .runtime import Environment
from .scope import Resolver, Scope
from .source_names import ReadSite, is_anonymous_fn, leading_identifier
from .utf16 import utf16_slicer
from .values import CONFIGURABLE, ENUMERABLE, UNDEFINED, UNINITIALIZED, WRITABLE, JSError, JSSymbol, PrivateName


_RESETS_COMPLETION = frozenset({"IfStatement", "WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement",
                                "ForOfStatement", "SwitchStatement", "TryStatement", "WithStatement"})


def _completion_statements(stmts, out: set) -> None:
    """The statements of eval code (not of the functions in it) that its completion value comes from."""
    for st in stmts:
        if st is None:
            continue
        out.add(id(st))
        t = st.type
        if t == "BlockStatement":
            _completion_statements(st.body, out)
        elif t == "IfStatement":
            _completion_statements([st.consequent, st.alternate], out)
        elif t in ("WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement",
                   "LabeledStatement", "WithStatement"):
            _completion_statements([st.body], out)
        elif t == "TryStatement":
            _completion_statements([st.block, st.handler.body if st.handler else None], out)
        elif t == "SwitchStatement":
            for c in st.cases:
                _completion_statements(c.consequent, out)


# ------------------------------------------------------------------ the compiler


class Compiler(StatementsAndDeclarations, Expressions, LeftHandSideExpressions, Bindings):
    """One ESTree -> closures compiler: the shared core (scopes, the program, the dispatch on node
    types, functions) here; each grammar area's methods in its part, composed by inheritance
    (a method is found once, when a node is compiled, never while the program runs)."""

    def __init__(self, interp, resolver: Resolver, source: str):
        self.interp = interp
        self.realm = interp.realm
        self.hooks = interp.hooks
        self.resolver = resolver
        self.source = source
        self.cut = utf16_slicer(source)     # source text between two of esprima's (UTF-16) offsets
        self.codes: dict[int, FunctionCode] = {}
        self.labels: list = []
        self.read_sites: dict = {}   # id(identifier) -> where its failed read is reported (a ReadSite or a node)
        self.completion_nodes: set = set()   # eval code: ids of the statements that set its completion value
        self.completion = None               # eval code: [value] its statements write their completion into

    # ---------------------------------------------------------------- scopes
    def hops(self, scope: Scope, target: Scope) -> int:
        n = 0
        s = scope
        while s is not target:
            if s.materialized:
                n += 1
            s = s.parent
        return n

    def scope_of(self, node, default: Scope) -> Scope:
        return self.resolver.scopes.get(id(node), default)

    def new_env_maker(self, scope: Scope):
        """A function making the environment for entering ``scope`` (or None when it has no bindings)."""
        if not scope.materialized:
            return None
        init = [UNINITIALIZED if k in ("let", "const", "class") else UNDEFINED for k in scope.decl_kinds]
        hooks = self.hooks

        def enter(parent):
            env = Environment(list(init), parent, scope)
            hooks.env_enter(env)
            return env
        return enter

    # ---------------------------------------------------------------- program
    def compile_program(self, program, global_scope: Scope):
        self.mark_materialized(global_scope)
        self.global_scope = global_scope
        body = self.statements(program.body, global_scope)
        hoisted = []
        for s in program.body:
            while s.type == "LabeledStatement":   # `label: function g() {}` declares g (Annex B)
                s = s.body
            if s.type == "FunctionDeclaration":
                hoisted.append(s)
        fn_makers = [(s.id.name, self.function_maker(s, global_scope)) for s in hoisted]
        realm = self.realm
        hooks = self.hooks
        gobj = realm.global_object

        lexical = [n for n, k in zip(global_scope.names, global_scope.decl_kinds) if k in ("let", "const", "class")]

        def hoist(env):
            """The creation phase of the global execution context (GlobalDeclarationInstantiation)."""
            for name in lexical:
                if gobj.has_own(name) and not gobj.flags_of(name) & CONFIGURABLE:   # undefined, NaN, Infinity
                    raise JSError("SyntaxError", f"Identifier '{name}' has already been declared")
            for name in global_scope.var_names:
                if not gobj.has_own(name):
                    gobj.define_own(name, UNDEFINED, WRITABLE | ENUMERABLE)
                    hooks.global_write(name, UNDEFINED)
            for name, make in fn_makers:
                f = make(env)
                gobj.put(name, f)
                hooks.global_write(name, f)
        return hoist, body

    def mark_materialized(self, root: Scope) -> None:
        for s in self.resolver.scopes.values():
            if s.kind in ("block", "for", "catch", "class") and not s.names:
                s.materialized = False

    # ---------------------------------------------------------------- statements
    def statements(self, stmts, scope: Scope):
        fns = [self.statement(s, scope) for s in stmts if s.type != "EmptyStatement"]
        n = len(fns)
        if n == 0:
            return lambda env: None
        if n == 1:
            return fns[0]
        if n == 2:
            a, b = fns

            def two(env):
                r = a(env)
                if r is not None:
                    return r
                return b(env)
            return two
        fns = tuple(fns)

        def many(env):
            for f in fns:
                r = f(env)
                if r is not None:
                    return r
            return None
        return many

    def note_read_sites(self, node) -> None:
        """Record where V8 reports a failed read of the statement's leading identifier: the statement's
        start (its keyword for ``if``/``return``/``throw``/``switch``), or a declaration's initializer."""
        t = node.type
        if t == "VariableDeclaration":
            starts = [(d.init, d.init) for d in node.declarations if d.init is not None]
        elif t == "ExpressionStatement":
            starts = [(node.expression, node)]
        elif t in ("ReturnStatement", "ThrowStatement"):
            starts = [(node.argument, node)]
        elif t == "IfStatement":
            starts = [(node.test, node)]
        elif t == "SwitchStatement":
            starts = [(node.discriminant, node)]
        else:
            return
        for expression, start in starts:
            ident = leading_identifier(expression)
            if ident is not None and ident.range[0] != start.range[0]:
                self.read_sites[id(ident)] = ReadSite(ident, start)

    def note_expression_site(self, expression) -> None:
        """A concise arrow body or a field initializer has no statement of its own: V8 reports a failed
        read of its leading identifier where it reports the whole expression (the ``x`` of ``w.x``, the
        ``+`` of ``w + 1``)."""
        ident = leading_identifier(expression)
        if ident is not None and ident is not expression:
            self.read_sites[id(ident)] = expression

    def statement(self, node, scope: Scope):
        if self.completion_nodes and id(node) in self.completion_nodes:
            return self.completion_statement(node, scope)
        return self.plain_statement(node, scope)

    def completion_statement(self, node, scope: Scope):
        """A statement of eval code that sets the code's completion value (what ``eval`` returns): an
        expression statement's value; ``undefined`` where an if, loop, switch, try or with begins
        (UpdateEmpty(stmt, undefined)); other statements leave it as it was."""
        cell = self.completion
        if node.type == "ExpressionStatement":
            tick = self.interp.tick
            self.note_read_sites(node)
            ev = self.expr(node.expression, scope)

            def completing_expression(env):
                tick(node, env)
                cell[0] = ev(env)
            return completing_expression
        ex = self.plain_statement(node, scope)
        if node.type not in _RESETS_COMPLETION:
            return ex

        def completing(env):
            cell[0] = UNDEFINED
            return ex(env)
        return completing

    def plain_statement(self, node, scope: Scope):
        t = node.type
        tick = self.interp.tick
        self.note_read_sites(node)
        # The two commonest statements tick and evaluate in one closure: one call less per step.
        if t == "ExpressionStatement":
            ev = self.expr(node.expression, scope)

            def stepped_expression(env):
                tick(node, env)
                ev(env)
            return stepped_expression
        if t == "ReturnStatement" and node.argument is not None:
            ev = self.expr(node.argument, scope)

            def stepped_return(env):
                tick(node, env)
                return Ret(ev(env))
            return stepped_return
        m = getattr(self, "stmt_" + t, None)
        if m is None:
            raise NotSupported(f"{t}", node.loc.start.line, node.loc.start.column)
        ex = m(node, scope)
        if t in ("BlockStatement", "FunctionDeclaration", "EmptyStatement") or ex is None:
            return ex if ex is not None else (lambda env: None)

        def stepped(env):
            tick(node, env)
            return ex(env)
        return stepped

    # ---------------------------------------------------------------- eval code
    def compile_eval(self, program, es: Scope):
        """Eval code: its body, the maker of its strict functions, its sloppy top-level functions
        (name, maker) for the caller's variable environment, and the cell of its completion value."""
        self.global_scope = self.interp.global_scope
        self.mark_materialized(es)
        es.materialized = bool(es.names)
        self.completion = [UNDEFINED]
        self.completion_nodes = set()
        _completion_statements(program.body, self.completion_nodes)
        stmts = program.body
        if es.strict:
            hoist = self.hoist_functions(stmts, es)
            functions = []
        else:
            hoist = None
            functions = []
            for st in stmts:
                while st.type == "LabeledStatement":
                    st = st.body
                if st.type == "FunctionDeclaration":
                    functions.append((st.id.name, self.function_maker(st, es)))
        body = self.statements(stmts, es)
        return body, hoist, functions, self.completion

    # ---------------------------------------------------------------- expressions
    def expr(self, node, scope: Scope, name_hint=None):
        t = node.type
        if name_hint is not None and is_anonymous_fn(node):
            if t == "ClassExpression":
                return self.class_maker(node, scope, name_hint)
            return self.function_maker(node, scope, name_hint)
        m = getattr(self, "expr_" + t, None)
        if m is None:
            raise NotSupported(f"{t}", node.loc.start.line, node.loc.start.column)
        return m(node, scope)

    # ---------------------------------------------------------------- functions
    def code_for(self, node) -> FunctionCode:
        code = self.codes.get(id(node))
        if code is None:
            info = self.resolver.functions[id(node)]
            code = FunctionCode(self, info)
            self.codes[id(node)] = code
            compile_function_body(self.interp, self, code)
        return code

    def function_maker(self, node, scope: Scope, name_hint=None, method_kind=None, name_key=None, name_ev=None,
                       source_node=None):
        """An evaluator creating a new closure over the running environment.

        ``source_node``: the Property or MethodDefinition of a method, whose text (from the key, without
        ``static``) is the method's ``toString()``, as in V8.
        """
        code = self.code_for(node)
        if source_node is not None:
            text = self.cut(source_node.range[0], source_node.range[1])
            if getattr(source_node, "static", False) and text.startswith("static"):
                text = text[len("static"):].lstrip()
            code.source_text = text
        make = closure_factory(self.interp, code, method_kind)
        if method_kind is not None or name_ev is not None:
            if name_key is not None and name_ev is None:
                fixed = _fn_name(name_key, method_kind)

                def make_method(env, key=None):
                    return make(env, fixed if key is None else _fn_name(key, method_kind))
                return make_method

            def make_keyed(env, key=None):
                return make(env, _fn_name(key, method_kind) if key is not None else code.name)
            return make_keyed
        name = code.name or name_hint or ""
        return lambda env: make(env, name)

    def class_maker(self, node, scope: Scope, name_hint=None):
        return class_factory(self.interp, self, node, scope, name_hint)


def _fn_name(key, method_kind) -> str:
    if type(key) is JSSymbol:
        base = "" if key.description is UNDEFINED else f"[{key.description}]"
    elif type(key) is PrivateName:
        base = repr(key)
    else:
        base = to_string(key)
    if method_kind in ("get", "set"):
        return f"{method_kind} {base}"
    return base


__all__ = ["Compiler", "for_in_keys"]
