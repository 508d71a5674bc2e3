"""Compiling the Statements and Declarations (ES2024 14): declarations, blocks, ``if``,
``try``/``throw``, labels, the loops (for, for-in, for-of, for-await, while, do-while),
``switch`` and ``with``."""

from __future__ import annotations

from greenlet import GreenletExit

from .completion import BREAK, CONTINUE, Brk, Cont, Ret
from .conversions import is_callable, strict_equals, to_boolean
from .coroutines import GeneratorReturn, await_value, call_next, not_an_iterator_result
from .runtime import ObjectEnvironment
from .scope import Resolver, Scope
from .source_names import callee_text
from .values import (
    ENUMERABLE,
    HOLE,
    MISSING,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    JSArray,
    JSError,
    JSObject,
    JSThrow,
    type_error,
)


def _as_statement(ev):
    """An expression evaluator run as a statement (which must return None: anything else is a signal)."""
    def ex(env):
        ev(env)
    return ex


def for_in_keys(obj):
    """The keys a for-in loop visits: enumerable string keys, own first, then up the chain."""
    seen = set()
    o = obj
    while o is not None:
        for k in o.own_keys():
            if type(k) is not str or k in seen:
                continue
            seen.add(k)
            if o.flags_of(k) & ENUMERABLE and o.get_own(k) is not MISSING:
                yield k
        o = o.proto


class StatementsAndDeclarations:
    """Statements and declarations, compiled (a part of ``Compiler``)."""

    def stmt_EmptyStatement(self, node, scope):
        return lambda env: None

    def stmt_DebuggerStatement(self, node, scope):
        return lambda env: None

    def stmt_VariableDeclaration(self, node, scope):
        parts = []
        for d in node.declarations:
            if d.init is None:
                if node.kind == "var":
                    continue
                # `let x;` initialises x to undefined
                parts.append(self.binder(d.id, scope, "init", node.kind, lambda env: UNDEFINED))
                continue
            init = self.expr(d.init, scope, name_hint=d.id.name if d.id.type == "Identifier" else None)
            if d.id.type == "Identifier":
                self.infer_names_in_literal(d.init, d.id.name)
                if node.kind == "var":
                    first = self.resolving_first(d.id.name, scope, d, self.assign_var(d.id.name, scope, d), init)
                    if first is not None:
                        parts.append(_as_statement(first))
                        continue
            parts.append(self.binder(d.id, scope, "init" if node.kind != "var" else "var", node.kind, init,
                                     decl_init=d.init))
        if not parts:
            return lambda env: None
        if len(parts) == 1:
            return parts[0]

        def ex(env):
            for p in parts:
                p(env)
        return ex

    def infer_names_in_literal(self, node, prefix: str) -> None:
        """V8 names an anonymous function in an array literal after the variable (and keys) holding
        the array, for stack traces: ``arr`` in ``const arr = [function () {}]``, ``o.list``."""
        if node.type == "ArrayExpression":
            for e in node.elements:
                if e is not None and e.type in ("FunctionExpression", "ArrowFunctionExpression") and e.id is None:
                    self.code_for(e).inferred_name = prefix
                elif e is not None:
                    self.infer_names_in_literal(e, prefix)
        elif node.type == "ObjectExpression":
            for p in node.properties:
                if p.type == "Property" and not p.computed and p.value.type in ("ArrayExpression", "ObjectExpression"):
                    key = p.key.name if p.key.type == "Identifier" else str(p.key.value)
                    self.infer_names_in_literal(p.value, f"{prefix}.{key}")

    def binder(self, target, scope, mode, kind, value_ev, decl_init=None):
        bind = self.pattern(target, scope, mode, decl_init=decl_init)

        def ex(env):
            bind(env, value_ev(env))
        return ex

    def stmt_FunctionDeclaration(self, node, scope):
        # hoisted: made when the scope is entered. In a block (sloppy), also copied to the var.
        info = self.resolver.functions[id(node)]
        if id(node) in self.resolver.annex_b:
            decl_scope = Resolver.lookup(scope, node.id.name)
            var_scope = decl_scope.parent
            while var_scope is not None and var_scope.kind not in ("function", "global", "eval"):
                var_scope = var_scope.parent
            get = self.read_var(node.id.name, scope, node)
            assign = self.assign_var(node.id.name, var_scope, node) if var_scope else None
            if assign is not None:
                up = self.hops(scope, var_scope)   # the assignment resolves from the var scope's environment

                def ex(env):
                    e = env
                    for _ in range(up):
                        e = e.parent
                    assign(e, get(env))
                return ex
        del info
        return lambda env: None

    def stmt_ClassDeclaration(self, node, scope):
        make = self.class_maker(node, scope)
        init = self.init_var(node.id.name, scope, node)

        def ex(env):
            init(env, make(env))
        return ex

    def stmt_ReturnStatement(self, node, scope):
        # `return expr;` is compiled by ``statement`` itself
        return lambda env: Ret(UNDEFINED)

    def stmt_IfStatement(self, node, scope):
        test = self.cond(node.test, scope)
        cons = self.statement(node.consequent, scope)
        if node.alternate is None:
            def ex(env):
                if test(env):
                    return cons(env)
            return ex
        alt = self.statement(node.alternate, scope)

        def ex2(env):
            if test(env):
                return cons(env)
            return alt(env)
        return ex2

    def cond(self, node, scope):
        ev = self.expr(node, scope)

        def c(env):
            v = ev(env)
            if v is True:
                return True
            if v is False:
                return False
            return to_boolean(v)
        return c

    def stmt_BlockStatement(self, node, scope):
        bs = self.scope_of(node, scope)
        enter = self.new_env_maker(bs) if bs is not scope else None
        hoist = self.hoist_functions(node.body, bs)
        body = self.statements(node.body, bs)
        if enter is None:
            if hoist is None:
                return body

            def ex0(env):
                hoist(env)
                return body(env)
            return ex0
        hooks = self.hooks

        def ex(env):
            inner = enter(env)
            try:
                if hoist is not None:
                    hoist(inner)
                return body(inner)
            finally:
                hooks.env_exit(inner)
        return ex

    def hoist_functions(self, stmts, scope: Scope):
        """Function declarations of a block/function body, made when it is entered."""
        makers = []
        for s in stmts:
            while s.type == "LabeledStatement":
                s = s.body
            if s.type == "FunctionDeclaration":
                makers.append((self.function_maker(s, scope), self.init_var(s.id.name, scope, s)))
        if not makers:
            return None

        def hoist(env):
            for make, init in makers:
                init(env, make(env))
        return hoist

    def stmt_ThrowStatement(self, node, scope):
        ev = self.expr(node.argument, scope)
        hooks = self.hooks

        interp = self.interp

        def ex(env):
            v = ev(env)
            interp.current_node = node  # where an uncaught error is reported, as Node's caret
            hooks.thrown(v, node)
            raise JSThrow(v)
        return ex

    def stmt_TryStatement(self, node, scope):
        block = self.statement(node.block, scope)
        handler = None
        if node.handler is not None:
            h = node.handler
            cs = self.scope_of(h, scope)
            enter = self.new_env_maker(cs)
            bind = self.pattern(h.param, cs, "init") if h.param is not None else None
            hbody = self.statement(h.body, cs)
            realm = self.realm
            hooks = self.hooks
            interp = self.interp

            def handler(env, exc):
                fresh = isinstance(exc, JSError) and exc.value is None
                v = exc.js_value(realm)
                if fresh:
                    hooks.thrown(v, interp.current_node)
                hooks.caught(v, h)
                inner = enter(env) if enter is not None else env
                try:
                    if bind is not None:
                        bind(inner, v)
                    return hbody(inner)
                finally:
                    if enter is not None:
                        hooks.env_exit(inner)
        final = self.statement(node.finalizer, scope) if node.finalizer is not None else None
        interp = self.interp
        if final is None:
            def ex(env):
                try:
                    return block(env)
                except JSThrow as e:
                    return handler(env, e)
            return ex
        # An exception passing through runs the finally block; a completion there (return, break)
        # replaces it, also generator.return()'s; otherwise it goes on, reported where it was thrown.
        if handler is None:
            guarded = block
        else:
            def guarded(env):
                try:
                    return block(env)
                except JSThrow as e:
                    return handler(env, e)

        hooks = self.hooks

        def ex_finally(env):
            try:
                r = guarded(env)
            except (JSThrow, GeneratorReturn) as e:
                where = interp.current_node
                pending = getattr(e, "value", None)
                hooks.hold(pending)         # the exception waits while the finally block runs
                try:
                    f = final(env)
                finally:
                    hooks.release(pending)
                if f is not None:
                    return f
                interp.current_node = where
                raise
            except GreenletExit:
                raise       # a paused generator or async body being destroyed: no JavaScript runs (as in V8)
            except BaseException:
                final(env)
                raise
            f = final(env)
            return f if f is not None else r
        return ex_finally

    # -- loops
    def loop_labels(self):
        labels = self.pending_labels
        self.pending_labels = ()
        return labels

    pending_labels: tuple = ()

    def stmt_LabeledStatement(self, node, scope):
        labels = self.pending_labels + (node.label.name,)
        body = node.body
        if body.type in ("ForStatement", "ForInStatement", "ForOfStatement", "WhileStatement",
                         "DoWhileStatement", "LabeledStatement"):
            self.pending_labels = labels
            return self.statement(body, scope)
        self.pending_labels = ()
        inner = self.statement(body, scope)
        name = node.label.name

        def ex(env):
            r = inner(env)
            if type(r) is Brk and r.label == name:
                return None
            return r
        return ex

    def stmt_BreakStatement(self, node, scope):
        sig = Brk(node.label.name) if node.label is not None else BREAK
        return lambda env: sig

    def stmt_ContinueStatement(self, node, scope):
        sig = Cont(node.label.name) if node.label is not None else CONTINUE
        return lambda env: sig

    @staticmethod
    def _loop_control(r, labels):
        """Classify a body's completion: 0 go on, 1 break the loop, 2 propagate."""
        if r is CONTINUE:
            return 0
        if r is BREAK:
            return 1
        t = type(r)
        if t is Cont and r.label in labels:
            return 0
        if t is Brk and r.label in labels:
            return 1
        return 2

    def stmt_WhileStatement(self, node, scope):
        labels = self.loop_labels()
        test = self.cond(node.test, scope)
        body = self.statement(node.body, scope)
        tick = self.interp.tick
        ctl = self._loop_control
        tnode = node.test

        def ex(env):
            while True:
                tick(tnode, env)
                if not test(env):
                    return None
                r = body(env)
                if r is not None:
                    c = ctl(r, labels)
                    if c == 1:
                        return None
                    if c == 2:
                        return r
        return ex

    def stmt_DoWhileStatement(self, node, scope):
        labels = self.loop_labels()
        test = self.cond(node.test, scope)
        body = self.statement(node.body, scope)
        tick = self.interp.tick
        ctl = self._loop_control
        tnode = node.test

        def ex(env):
            while True:
                r = body(env)
                if r is not None:
                    c = ctl(r, labels)
                    if c == 1:
                        return None
                    if c == 2:
                        return r
                tick(tnode, env)
                if not test(env):
                    return None
        return ex

    def stmt_ForStatement(self, node, scope):
        labels = self.loop_labels()
        fs = self.scope_of(node, scope)
        own = fs is not scope
        enter = self.new_env_maker(fs) if own else None
        init = None
        if node.init is not None:
            if node.init.type == "VariableDeclaration":
                init = self.stmt_VariableDeclaration(node.init, fs)
            else:
                e = self.expr(node.init, fs)
                init = e
        test = self.cond(node.test, fs) if node.test is not None else None
        update = self.expr(node.update, fs) if node.update is not None else None
        body = self.statement(node.body, fs)
        per_iteration = own and bool(fs.captured_names)
        tick = self.interp.tick
        hooks = self.hooks
        ctl = self._loop_control
        tnode = node.test
        unode = node.update

        def ex(env):
            loop_env = enter(env) if enter is not None else env
            try:
                if init is not None:
                    init(loop_env)
                if per_iteration:
                    loop_env = loop_env.copy()
                    hooks.env_enter(loop_env)
                while True:
                    if test is not None:
                        tick(tnode, loop_env)
                        if not test(loop_env):
                            return None
                    elif update is None:
                        tick(node, loop_env)  # `for (;;) {}` still counts toward the step limit
                    r = body(loop_env)
                    if r is not None:
                        c = ctl(r, labels)
                        if c == 1:
                            return None
                        if c == 2:
                            return r
                    if per_iteration:
                        # CreatePerIterationEnvironment: closures made in this iteration keep their copy
                        loop_env = loop_env.copy()
                        hooks.env_enter(loop_env)
                    if update is not None:
                        tick(unode, loop_env)
                        update(loop_env)
            finally:
                if enter is not None:
                    hooks.env_exit(loop_env)
        return ex

    def _iteration(self, enter, bind, body):
        """One turn of a for-in/of loop: ``run_one(env, value)`` binds the value (in a fresh
        environment when the head declares let/const) and runs the body; its completion."""
        if enter is None:
            def run_one(env, v):
                bind(env, v)
                return body(env)
            return run_one
        hooks = self.hooks

        def run_fresh(env, v):
            inner = enter(env)
            try:
                bind(inner, v)
                return body(inner)
            finally:
                hooks.env_exit(inner)
        return run_fresh

    def _for_each_head(self, node, scope, fs):
        """How each iteration binds its value: (enter_iteration_env or None, bind(env, value))."""
        left = node.left
        if left.type == "VariableDeclaration":
            target = left.declarations[0].id
            if left.kind == "var":
                return None, self.pattern(target, scope, "var")
            enter = self.new_env_maker(fs)
            return enter, self.pattern(target, fs, "init")
        return None, self.pattern(left, scope, "assign")

    def stmt_ForOfStatement(self, node, scope):
        if getattr(node, "allowAwait", False) or getattr(node, "await", False):
            return self.for_await(node, scope)
        labels = self.loop_labels()
        fs = self.scope_of(node, scope)
        right = self.expr(node.right, scope)
        enter, bind = self._for_each_head(node, scope, fs)
        run_one = self._iteration(enter, bind, self.statement(node.body, fs if enter is not None else scope))
        realm = self.realm
        tick = self.interp.tick
        ctl = self._loop_control
        rtext = callee_text(node.right)
        lnode = node.left
        interp = self.interp
        # V8 places the caller of a generator's next() at the loop's binding
        binding = lnode.declarations[0].id if lnode.type == "VariableDeclaration" else lnode
        hooks = self.hooks

        def ex(env):
            iterable = right(env)
            hooks.hold(iterable)        # the loop keeps its iterable alive while it runs (the trace's roots)
            try:
                return loop(env, iterable)
            finally:
                hooks.release(iterable)

        def loop(env, iterable):
            if iterable is UNDEFINED or iterable is NULL or (
                    not isinstance(iterable, JSObject) and type(iterable) is not str
                    and realm.get_v(iterable, SYM_ITERATOR) is UNDEFINED):
                raise self.interp.error_at(node.right, type_error(
                    f"{rtext if rtext != '(intermediate value)' else realm.host.describe(iterable)} is not iterable"))
            if type(iterable) is JSArray and realm.array_iteration_is_pristine(iterable):
                elems = iterable.elems
                i = 0
                while i < len(elems):
                    v = elems[i]
                    if v is HOLE:
                        v = UNDEFINED
                    i += 1
                    tick(lnode, env)
                    r = run_one(env, v)
                    if r is not None:
                        c = ctl(r, labels)
                        if c == 1:
                            return None
                        if c == 2:
                            return r
                return None
            it, nxt = realm.get_iterator(iterable)
            hooks.hold(it)          # and its iterator and next method, which the iterable may not keep
            hooks.hold(nxt)
            try:
                while True:
                    res = call_next(interp, nxt, it, binding)
                    if to_boolean(res.get("done")):
                        return None
                    v = res.get("value")
                    tick(lnode, env)
                    try:
                        r = run_one(env, v)
                    except JSThrow:
                        try:
                            realm.close_iterator(it)
                        except JSThrow:
                            pass
                        raise
                    if r is not None:
                        c = ctl(r, labels)
                        if c != 0:
                            realm.close_iterator(it)
                            return None if c == 1 else r
            finally:
                hooks.release(nxt)
                hooks.release(it)
        return ex

    def for_await(self, node, scope):
        labels = self.loop_labels()
        fs = self.scope_of(node, scope)
        right = self.expr(node.right, scope)
        enter, bind = self._for_each_head(node, scope, fs)
        run_one = self._iteration(enter, bind, self.statement(node.body, fs if enter is not None else scope))
        realm = self.realm
        interp = self.interp
        ctl = self._loop_control

        hooks = self.hooks

        def ex(env):
            iterable = right(env)
            hooks.hold(iterable)        # the loop keeps these alive while it runs (the trace's roots)
            try:
                it, nxt = realm.get_iterator(iterable, async_=True)
                hooks.hold(it)
                hooks.hold(nxt)
                try:
                    return loop(env, it, nxt)
                finally:
                    hooks.release(nxt)
                    hooks.release(it)
            finally:
                hooks.release(iterable)

        def loop(env, it, nxt):
            while True:
                res = await_value(interp, realm.call(nxt, it, []))
                if not isinstance(res, JSObject):
                    raise not_an_iterator_result(interp, res)
                if to_boolean(res.get("done")):
                    return None
                r = run_one(env, res.get("value"))
                if r is not None:
                    c = ctl(r, labels)
                    if c != 0:
                        ret = it.get("return")
                        if is_callable(ret):
                            await_value(interp, ret.call(it, []))
                        return None if c == 1 else r
        return ex

    def stmt_ForInStatement(self, node, scope):
        labels = self.loop_labels()
        fs = self.scope_of(node, scope)
        right = self.expr(node.right, scope)
        enter, bind = self._for_each_head(node, scope, fs)
        run_one = self._iteration(enter, bind, self.statement(node.body, fs if enter is not None else scope))
        realm = self.realm
        tick = self.interp.tick
        ctl = self._loop_control
        lnode = node.left

        def ex(env):
            o = right(env)
            if o is UNDEFINED or o is NULL:
                return None
            obj = realm.to_object(o)
            for key in for_in_keys(obj):
                tick(lnode, env)
                r = run_one(env, key)
                if r is not None:
                    c = ctl(r, labels)
                    if c == 1:
                        return None
                    if c == 2:
                        return r
            return None
        return ex

    def stmt_SwitchStatement(self, node, scope):
        labels = self.loop_labels()
        disc = self.expr(node.discriminant, scope)
        ss = self.scope_of(node, scope)
        enter = self.new_env_maker(ss) if ss is not scope else None
        all_stmts = [x for c in node.cases for x in c.consequent]
        hoist = self.hoist_functions(all_stmts, ss)
        tests = [self.expr(c.test, ss) if c.test is not None else None for c in node.cases]
        bodies = [self.statements(c.consequent, ss) for c in node.cases]
        default = next((i for i, c in enumerate(node.cases) if c.test is None), None)
        hooks = self.hooks
        tick = self.interp.tick
        cases = node.cases

        def ex(env):
            v = disc(env)
            inner = enter(env) if enter is not None else env
            try:
                if hoist is not None:
                    hoist(inner)
                start = None
                for i, t in enumerate(tests):
                    if t is not None:
                        tick(cases[i], inner)
                        if strict_equals(v, t(inner)):
                            start = i
                            break
                if start is None:
                    start = default
                if start is None:
                    return None
                for b in bodies[start:]:
                    r = b(inner)
                    if r is not None:
                        if r is BREAK or (type(r) is Brk and r.label in labels):
                            return None
                        return r
                return None
            finally:
                if enter is not None:
                    hooks.env_exit(inner)
        return ex

    def stmt_WithStatement(self, node, scope):
        """``with (obj) body``: the body runs in an object environment whose bindings are obj's
        properties (sloppy code only: strict code is a SyntaxError the parser reports)."""
        obj = self.expr(node.object, scope)
        ws = self.scope_of(node, scope)
        body = self.statement(node.body, ws)
        realm = self.realm
        hooks = self.hooks
        at = self.interp.error_at

        def ex(env):
            v = obj(env)
            if v is UNDEFINED or v is NULL:
                raise at(node.object, type_error("Cannot convert undefined or null to object"))
            inner = ObjectEnvironment(realm.to_object(v), env, ws)
            hooks.env_enter(inner)
            try:
                return body(inner)
            finally:
                hooks.env_exit(inner)
        return ex
