"""Compile the ESTree into Python closures, once, before the program runs.

Each expression becomes ``ev(env) -> value`` and each statement
``ex(env) -> None | signal`` (``Ret``/``Brk``/``Cont``), so running never
re-dispatches on node types. Names were resolved by ``scope.Resolver``; here
they become (hops, slot) pairs into ``Environment.vals``.

The interpreter is captured by the closures: ``tick`` (count a step, tell the
recorder) before every statement, and the ``Hooks`` at every write and call.
"""

from __future__ import annotations

import math
from functools import partial

from .builtins.function import instance_of
from .builtins.math import js_pow  # V8's pow, bit for bit
from .builtins.object import typeof_display
from .class_definition import class_factory, super_not_constructor
from .completion import BREAK, CONTINUE, Brk, Cont, Ret
from .conversions import (
    is_callable,
    key_text,
    loose_equals,
    number_to_string,
    strict_equals,
    string_to_bigint,
    to_boolean,
    to_int32,
    to_numeric,
    to_property_key,
    to_string,
    to_uint32,
    typeof,
)
from .coroutines import GeneratorReturn, await_value, call_next, not_an_iterator_result, yield_delegate, yield_value
from .errors import NotSupported
from .function_objects import FunctionCode, closure_factory, compile_function_body, initialize_fields
from .memory import reserve
from .runtime import Environment, ObjectEnvironment, ScriptFunction, find_binding
from .scope import Resolver, Scope
from .utf16 import utf16_slicer
from .values import (
    CONFIGURABLE,
    ENUMERABLE,
    HOLE,
    MAX_BIGINT_BITS,
    MISSING,
    NULL,
    SYM_ITERATOR,
    UNDEFINED,
    UNINITIALIZED,
    WRITABLE,
    Accessor,
    JSArray,
    JSBigInt,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    JSThrow,
    PrivateName,
    range_error,
    to_number,
    to_primitive,
    type_error,
)


class ShortCircuit(Exception):
    """``a?.b`` met a nullish ``a``: the whole chain is undefined."""


def leading_identifier(node):
    """The identifier an expression reads before it does anything else (``w`` in ``q = w.x + 1``), or None.

    V8 gives a statement's position to its first bytecode, so a failed read of this identifier is
    reported where the statement starts, not at the identifier.
    """
    while node is not None:
        t = node.type
        if t == "Identifier":
            return node
        if t == "AssignmentExpression":
            plain = node.operator == "=" and node.left.type != "MemberExpression"
            node = node.right if plain else node.left
        elif t in ("MemberExpression", "CallExpression", "NewExpression", "TaggedTemplateExpression"):
            node = node.object if t == "MemberExpression" else node.tag if t == "TaggedTemplateExpression" else node.callee
        elif t in ("BinaryExpression", "LogicalExpression"):
            node = node.left
        elif t in ("UnaryExpression", "UpdateExpression", "AwaitExpression", "SpreadElement"):
            node = node.argument
        elif t == "ConditionalExpression":
            node = node.test
        elif t == "SequenceExpression":
            node = node.expressions[0]
        elif t == "ChainExpression":
            node = node.expression
        elif t == "TemplateLiteral":
            node = node.expressions[0] if node.expressions and not node.quasis[0].value.cooked else None
        elif t in ("ArrayExpression", "ObjectExpression"):
            items = node.elements if t == "ArrayExpression" else node.properties
            node = items[0] if items and items[0] is not None and items[0].type == "SpreadElement" else None
        else:
            return None
    return None


def inferred_name(target) -> str:
    """The name V8 infers for an anonymous function assigned to ``target``: ``obj.f``, ``Person.greet``
    (``prototype`` and ``this`` left out), ``x.<computed>`` for ``x[i]``."""
    parts = []
    node = target
    while True:
        t = node.type
        if t == "MemberExpression":
            p = node.property
            if not node.computed:
                parts.append(p.name)
            elif p.type == "Literal" and isinstance(p.value, str):
                parts.append(p.value)
            else:
                parts.append("<computed>")
            node = node.object
        elif t == "CallExpression":
            node = node.callee
        else:
            if t == "Identifier":
                parts.append(node.name)
            break
    return ".".join(reversed([p for p in parts if p != "prototype"]))


class ReadSite:
    """Where a failed read of an identifier is reported when V8 reports it at its statement's start:
    from there to the end of the identifier."""

    type = "ReadSite"

    def __init__(self, identifier, start):
        self.loc = type(identifier.loc)(start.loc.start, identifier.loc.end)
        self.range = (start.range[0], identifier.range[1])


def reference_error(name: str) -> JSError:
    return JSError("ReferenceError", f"{name} is not defined")


def tdz_error(name: str) -> JSError:
    return JSError("ReferenceError", f"Cannot access '{name}' before initialization")


def callee_text(node) -> str:
    """How V8 prints a callee in "X is not a function"."""
    t = node.type
    if t == "Identifier":
        return node.name
    if t == "ThisExpression":
        return "this"
    if t == "Super":
        return "super"
    if t == "MemberExpression":
        obj = callee_text(node.object)
        p = node.property
        dot = "?." if getattr(node, "optional", False) else "."
        if not node.computed:
            return f"{obj}{dot}{'#' if p.type == 'PrivateIdentifier' else ''}{p.name}"
        if p.type == "Literal" and isinstance(p.value, str):
            return f"{obj}{dot}{p.value}"
        if p.type == "Literal":
            return f"{obj}[{p.raw}]"
        if p.type == "Identifier":
            return f"{obj}[{p.name}]"
        return f"{obj}[...]"
    if t == "CallExpression":
        return f"{callee_text(node.callee)}(...)"
    if t == "ChainExpression":
        return callee_text(node.expression)
    # V8's CallPrinter: literals as values (numbers folded as its parser folds them), operators in parentheses
    folded = _folded_number(node)
    if folded is not None:
        return number_to_string(folded)
    if t == "Literal":
        v = node.value
        if getattr(node, "regex", None) is not None:
            return node.raw
        if getattr(node, "bigint", None) is not None:
            return "(intermediate value)"
        if isinstance(v, str):
            return f'"{v}"'
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        return "(intermediate value)"
    if t == "TemplateLiteral":   # V8 prints only the substitutions
        if not node.expressions:
            return f'"{node.quasis[0].value.cooked}"'
        return "".join(callee_text(e) for e in node.expressions)
    if t == "UnaryExpression" and node.operator == "!":
        folded_not = _folded_not(node)
        if folded_not is not None:   # folded by V8's parser
            return "true" if folded_not else "false"
    if t == "ArrayExpression":
        return "[" + ",".join(callee_text(e) if e is not None else "" for e in node.elements) + "]"
    if t == "SpreadElement":
        return f"(...{callee_text(node.argument)})"
    if t == "ObjectExpression" and not node.properties:
        return "{}"
    if t == "UnaryExpression":
        space = " " if node.operator.isalpha() else ""
        return f"({node.operator}{space}{callee_text(node.argument)})"
    if t in ("BinaryExpression", "LogicalExpression"):
        if node.operator in ("!=", "!=="):   # V8's parser makes a != b into !(a == b)
            return f"(!({callee_text(node.left)} {node.operator[1:].replace('=', '==', 1)} {callee_text(node.right)}))"
        return f"({callee_text(node.left)} {node.operator} {callee_text(node.right)})"
    if t == "SequenceExpression":
        return "(" + " , ".join(callee_text(e) for e in node.expressions) + ")"
    if t == "ConditionalExpression":
        return "(intermediate value)" * 3
    return "(intermediate value)"


_FOLDED = {"+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"}


def _folded_not(node):
    """``!literal`` (and ``!!literal``…) as V8's parser folds it: a bool, or None."""
    a = node.argument
    if a.type == "Literal" and getattr(a, "regex", None) is None and getattr(a, "bigint", None) is None:
        return not a.value
    if a.type == "UnaryExpression" and a.operator == "!":
        inner = _folded_not(a)
        return None if inner is None else not inner
    return None


def _folded_number(node):
    """The value of an expression made only of number literals and arithmetic, as V8's parser folds it."""
    t = node.type
    if t == "Literal":
        v = node.value
        if isinstance(v, (int, float)) and not isinstance(v, bool) and getattr(node, "bigint", None) is None:
            return float(v)
        return None
    if t == "UnaryExpression" and node.operator in ("-", "+", "~"):
        a = _folded_number(node.argument)
        if a is None:
            return None
        return -a if node.operator == "-" else a if node.operator == "+" else float(~to_int32(a))
    if t == "BinaryExpression" and node.operator in _FOLDED:
        a = _folded_number(node.left)
        b = _folded_number(node.right) if a is not None else None
        if b is None:
            return None
        return BINARY[node.operator](a, b)
    return None


# ------------------------------------------------------------------ operators


def js_add(a, b):
    ta, tb = type(a), type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str and tb is str:
        if len(a) + len(b) >= BIG_STRING:
            return concat_big(a, b)
        return a + b
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        a = to_string(a)
        b = to_string(b)
        if len(a) + len(b) >= BIG_STRING:
            return concat_big(a, b)
        return a + b
    a = to_numeric(a)
    b = to_numeric(b)
    return _arith("+", a, b)


BIG_STRING = 1 << 20
MAX_STRING_LENGTH = (1 << 29) - 24  # V8's String::kMaxLength


def concat_big(*parts: str) -> str:
    """Join strings whose total is a million characters or more: V8's length limit, and the memory budget."""
    n = sum(len(p) for p in parts)
    if n > MAX_STRING_LENGTH:
        raise range_error("Invalid string length")
    reserve(n * max(_char_width(p) for p in parts))
    return "".join(parts)


def _char_width(s: str) -> int:
    """Bytes a character of ``s`` takes in CPython (1, 2 or 4)."""
    m = max(s, default="\0") if len(s) < 4096 else max(max(s[:4096]), max(s[-4096:]))
    return 1 if m <= "\xff" else 2 if m <= "\uffff" else 4


def _bigint_mix():
    return type_error("Cannot mix BigInt and other types, use explicit conversions")


def js_div(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def js_mod(a: float, b: float) -> float:
    if b == 0 or a != a or b != b or a in (math.inf, -math.inf):
        return math.nan
    if b in (math.inf, -math.inf):
        return a
    r = math.fmod(a, b)
    if r == 0:
        return math.copysign(0.0, a)
    return r


def _bigint_too_big() -> JSError:
    return JSError("RangeError", "Maximum BigInt size exceeded")


def _arith(op: str, a, b):
    if type(a) is JSBigInt or type(b) is JSBigInt:
        if type(a) is not JSBigInt or type(b) is not JSBigInt:
            raise _bigint_mix()
        x, y = a.value, b.value
        if op == "+":
            return JSBigInt(x + y)
        if op == "-":
            return JSBigInt(x - y)
        if op == "*":
            if x.bit_length() + y.bit_length() > MAX_BIGINT_BITS:
                raise _bigint_too_big()
            return JSBigInt(x * y)
        if op == "/":
            if y == 0:
                raise JSError("RangeError", "Division by zero")
            q = abs(x) // abs(y)
            return JSBigInt(q if (x >= 0) == (y >= 0) else -q)
        if op == "%":
            if y == 0:
                raise JSError("RangeError", "Division by zero")
            r = abs(x) % abs(y)
            return JSBigInt(r if x >= 0 else -r)
        if op == "**":
            if y < 0:
                raise JSError("RangeError", "undefined must be positive")    # V8's wording, as Node 20 prints it
            if abs(x) > 1 and (x.bit_length() - 1) * y >= MAX_BIGINT_BITS:    # at least that many bits + 1
                raise _bigint_too_big()
            return JSBigInt(x ** y)
        if op == "&":
            return JSBigInt(x & y)
        if op == "|":
            return JSBigInt(x | y)
        if op == "^":
            return JSBigInt(x ^ y)
        if op in ("<<", ">>"):
            shift = y if op == "<<" else -y          # a left shift by a negative count shifts right
            if shift > 0 and x and x.bit_length() + shift > MAX_BIGINT_BITS:
                raise _bigint_too_big()
            return JSBigInt(x << shift if shift >= 0 else x >> -shift)
        if op == ">>>":
            raise type_error("BigInts have no unsigned right shift, use >> instead")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return js_div(a, b)
    if op == "%":
        return js_mod(a, b)
    if op == "**":
        return js_pow(a, b)
    if op == "&":
        return float(to_int32(a) & to_int32(b))
    if op == "|":
        return float(to_int32(a) | to_int32(b))
    if op == "^":
        return float(to_int32(a) ^ to_int32(b))
    if op == "<<":
        return float(to_int32(to_int32(a) << (to_uint32(b) & 31)))
    if op == ">>":
        return float(to_int32(a) >> (to_uint32(b) & 31))
    if op == ">>>":
        return float(to_uint32(a) >> (to_uint32(b) & 31))
    raise AssertionError(op)


def arith(op: str):
    """A binary numeric operator with JavaScript's coercions and a float fast path."""
    if op == "-":
        def f(a, b):
            if type(a) is float and type(b) is float:
                return a - b
            return _arith("-", to_numeric(a), to_numeric(b))
    elif op == "*":
        def f(a, b):
            if type(a) is float and type(b) is float:
                return a * b
            return _arith("*", to_numeric(a), to_numeric(b))
    else:
        def f(a, b):
            return _arith(op, to_numeric(a), to_numeric(b))
    return f


def js_less(a, b, left_first=True):
    """IsLessThan: True, False or None (undefined: a NaN was involved)."""
    if type(a) is float and type(b) is float:
        if a != a or b != b:
            return None
        return a < b
    if left_first:
        a = to_primitive(a, "number")
        b = to_primitive(b, "number")
    else:
        b = to_primitive(b, "number")
        a = to_primitive(a, "number")
    if type(a) is str and type(b) is str:
        return a < b
    if type(a) is JSBigInt and type(b) is str:   # the string is read as a BigInt literal (StringToBigInt)
        n = string_to_bigint(b)
        if n is None:
            return None
        return a.value < n
    if type(a) is str and type(b) is JSBigInt:
        n = string_to_bigint(a)
        if n is None:
            return None
        return n < b.value
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is JSBigInt or type(b) is JSBigInt:
        x = a.value if type(a) is JSBigInt else a
        y = b.value if type(b) is JSBigInt else b
        if x != x or y != y:
            return None
        return x < y
    if a != a or b != b:
        return None
    return a < b


def js_lt(a, b):
    if type(a) is float and type(b) is float:
        return a < b
    return js_less(a, b) is True


def js_gt(a, b):
    if type(a) is float and type(b) is float:
        return a > b
    return js_less(b, a, False) is True


def js_le(a, b):
    if type(a) is float and type(b) is float:
        return a <= b
    r = js_less(b, a, False)
    return r is False


def js_ge(a, b):
    if type(a) is float and type(b) is float:
        return a >= b
    r = js_less(a, b)
    return r is False


BINARY = {
    "+": js_add,
    "-": arith("-"),
    "*": arith("*"),
    "/": arith("/"),
    "%": arith("%"),
    "**": arith("**"),
    "&": arith("&"),
    "|": arith("|"),
    "^": arith("^"),
    "<<": arith("<<"),
    ">>": arith(">>"),
    ">>>": arith(">>>"),
    "<": js_lt,
    ">": js_gt,
    "<=": js_le,
    ">=": js_ge,
    "==": loose_equals,
    "!=": lambda a, b: not loose_equals(a, b),
    "===": strict_equals,
    "!==": lambda a, b: not strict_equals(a, b),
}


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


def _as_statement(ev):
    """An expression evaluator run as a statement (which must return None: anything else is a signal)."""
    def ex(env):
        ev(env)
    return ex


def _is_anonymous_fn(node) -> bool:
    return node is not None and node.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression") \
        and getattr(node, "id", None) is None


# ------------------------------------------------------------------ the compiler


class Compiler:
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

    @staticmethod
    def is_dynamic(name: str, scope: Scope, d: Scope | None) -> bool:
        """Whether ``name`` seen from ``scope`` must be looked up at run time: a scope between here and
        its declaration (``d``, or the global object's when None) is a with, eval code, or a function
        a sloppy direct eval may add vars to."""
        s = scope
        while s is not None and s is not d:
            if s.dynamic:
                return True
            s = s.parent
        return False

    @staticmethod
    def through_with(name: str, scope: Scope) -> bool:
        """Whether a ``with`` (or eval code, which may run inside one) lies between ``scope`` and the
        declaration of ``name``: a call of it may then get the with's object as ``this``."""
        d = Resolver.lookup(scope, name)
        s = scope
        while s is not None and s is not d:
            if s.kind in ("with", "eval"):
                return True
            s = s.parent
        return False

    def dynamic_reader(self, name: str, node, typeof_mode=False):
        """Read ``name`` by walking the live environments (GetIdentifierReference + GetValue)."""
        at = self.interp.error_at
        global_get = self.read_global(name, typeof_mode, node)

        def get(env):
            e, slot = find_binding(env, name)
            if e is None:
                return global_get(env)
            if slot is None:
                return e.obj.get(name)
            v = e.vals[slot]
            if v is UNINITIALIZED:
                raise at(node, tdz_error(name))
            return v
        return get

    def resolving_first(self, name: str, scope: Scope, node, put, val):
        """``name = value`` where finding ``name`` can give another answer after the value is computed:
        through a with (the value may delete the property) or as a missing global in strict code (the
        value may create it). The reference is resolved first, as the specification orders it
        (ES2024 13.15.2 step 1.a); None when the plain order gives the same result."""
        d = Resolver.lookup(scope, name)
        dynamic = self.is_dynamic(name, scope, d)
        if not dynamic and not (scope.strict and (d is None or d.kind == "global" and name not in d.slots)):
            return None
        gobj = self.realm.global_object
        at = self.interp.error_at
        hooks = self.hooks
        strict = scope.strict

        def assign_resolved(env):
            e, slot = find_binding(env, name) if dynamic else (None, None)
            known = e is not None or name in gobj.props or gobj.has(name) or name in self.interp.late_lexicals
            v = val(env)
            if e is not None and slot is None:
                if not e.obj.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object"))
                hooks.prop_write(e.obj, name, v)
            elif not known and strict:
                raise at(node, reference_error(name))
            else:
                put(env, v)
            return v
        return assign_resolved

    def dynamic_initializer(self, name: str, node):
        """Initialise a binding made at run time in an outer environment (a console entry's top-level
        let/const/class, which persist in the global lexical environment as in Node's REPL)."""
        hooks = self.hooks

        def init(env, v):
            e, slot = find_binding(env, name)
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, True)
        return init

    def dynamic_callee(self, name: str, node):
        """``(function, this)`` for a call of a name that may be a with object's property (``this`` is
        then the object, as for ``obj.f()``)."""
        read = self.dynamic_reader(name, node)

        def callee(env):
            e, slot = find_binding(env, name)
            if e is not None and slot is None:
                return e.obj.get(name), e.obj
            return read(env), UNDEFINED
        return callee

    def dynamic_assigner(self, name: str, scope: Scope, node):
        """Assign ``name`` by walking the live environments (PutValue on a resolved reference)."""
        at = self.interp.error_at
        hooks = self.hooks
        strict = scope.strict
        global_put = self._global_assigner(name, scope, node)

        def assign(env, v):
            e, slot = find_binding(env, name)
            if e is None:
                return global_put(env, v)
            if slot is None:
                o = e.obj
                if not o.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object"))
                hooks.prop_write(o, name, v)
                return
            kind = e.scope.decl_kinds[slot]
            if e.vals[slot] is UNINITIALIZED and kind in ("let", "const", "class", "param"):
                raise at(node, tdz_error(name))
            if kind == "const":
                raise at(node, type_error("Assignment to constant variable."))
            if kind == "funcname":
                if strict:
                    raise at(node, type_error("Assignment to constant variable."))
                return
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, False)
        return assign

    # ---------------------------------------------------------------- variables
    def read_var(self, name: str, scope: Scope, node, typeof_mode=False):
        node = self.read_sites.get(id(node), node)
        d = Resolver.lookup(scope, name)
        if self.is_dynamic(name, scope, d):
            return self.dynamic_reader(name, node, typeof_mode)
        if d is None or d.kind == "global" and name not in d.slots:
            return self.read_global(name, typeof_mode, node)
        hops = self.hops(scope, d)
        slot = d.slots[name]
        at = self.interp.error_at
        kind = d.decl_kinds[slot]
        # parameters with defaults or patterns are bound left to right: a later one is in its TDZ
        tdz = kind in ("let", "const", "class") or (kind == "param" and d.function is not None
                                                    and not d.function.simple_params)
        if hops == 0:
            if tdz:
                def get0(env):
                    v = env.vals[slot]
                    if v is UNINITIALIZED:
                        raise at(node, tdz_error(name))
                    return v
                return get0
            return lambda env: env.vals[slot]
        if hops == 1:
            if tdz:
                def get1(env):
                    v = env.parent.vals[slot]
                    if v is UNINITIALIZED:
                        raise at(node, tdz_error(name))
                    return v
                return get1
            return lambda env: env.parent.vals[slot]
        if hops == 2:
            def get2(env):
                v = env.parent.parent.vals[slot]
                if v is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                return v
            return get2

        def getn(env):
            for _ in range(hops):
                env = env.parent
            v = env.vals[slot]
            if v is UNINITIALIZED:
                raise at(node, tdz_error(name))
            return v
        return getn

    def read_global(self, name: str, typeof_mode=False, node=None):
        gobj = self.realm.global_object
        props = gobj.props
        interp = self.interp
        at = interp.error_at

        late = interp.late_lexicals

        def get(env):
            if late and name in late:      # a let/const a later script (a console entry) declared
                genv = interp.global_env
                v = genv.vals[genv.scope.slots[name]]
                if v is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                return v
            v = props.get(name, MISSING)
            if v is MISSING or type(v) is Accessor:
                if not gobj.has(name):
                    slot = interp.global_env.scope.slots.get(name)
                    if slot is not None:       # a let/const/class a console entry added to the global scope
                        v = interp.global_env.vals[slot]
                        if v is UNINITIALIZED:
                            raise at(node, tdz_error(name))
                        return v
                    if typeof_mode:
                        return UNDEFINED
                    raise at(node, reference_error(name))
                return gobj.get(name)
            return v
        return get

    def _slot_target(self, name, scope):
        d = Resolver.lookup(scope, name)
        if d is None or (d.kind == "global" and name not in d.slots):
            return None, None, None
        return d, self.hops(scope, d), d.slots[name]

    def init_var(self, name: str, scope: Scope, node):
        """Initialise a declaration's binding (let/const/class/function/param/catch)."""
        if self.is_dynamic(name, scope, Resolver.lookup(scope, name)):
            return self.dynamic_initializer(name, node)
        d, hops, slot = self._slot_target(name, scope)
        hooks = self.hooks
        if d is None:
            gobj = self.realm.global_object

            def initg(env, v):
                gobj.put(name, v)
                hooks.global_write(name, v)
            return initg

        def init(env, v):
            e = env
            for _ in range(hops):
                e = e.parent
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, True)
        return init

    def _global_assigner(self, name: str, scope: Scope, node):
        gobj = self.realm.global_object
        strict = scope.strict
        hooks = self.hooks
        at = self.interp.error_at
        interp = self.interp
        late = interp.late_lexicals

        def assign_global(env, v):
            if late and name in late:     # a let/const a later script (a console entry) declared
                genv = interp.global_env
                slot = genv.scope.slots[name]
                kind = genv.scope.decl_kinds[slot]
                if genv.vals[slot] is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                if kind == "const":
                    raise at(node, type_error("Assignment to constant variable."))
                genv.vals[slot] = v
                hooks.binding_write(genv, slot, v, False)
                return
            if name in gobj.props or gobj.has(name):
                if not gobj.put(name, v) and strict:
                    raise at(node, type_error(f"Cannot assign to read only property '{name}' of object '#<Object>'"))
            elif strict:
                raise at(node, reference_error(name))
            else:
                gobj.put(name, v)
            hooks.global_write(name, v)
        return assign_global

    def assign_var(self, name: str, scope: Scope, node):
        """Assignment to a name: TDZ and const checks, implicit globals in sloppy mode."""
        if self.is_dynamic(name, scope, Resolver.lookup(scope, name)):
            return self.dynamic_assigner(name, scope, node)
        d, hops, slot = self._slot_target(name, scope)
        hooks = self.hooks
        if d is None:
            return self._global_assigner(name, scope, node)
        kind = d.decl_kinds[slot]
        at = self.interp.error_at
        if kind == "const":
            def assign_const(env, v):
                e = env
                for _ in range(hops):
                    e = e.parent
                if e.vals[slot] is UNINITIALIZED:
                    raise at(node, tdz_error(name))
                raise at(node, type_error("Assignment to constant variable."))
            return assign_const
        if kind == "funcname":
            if scope.strict:
                def assign_fname(env, v):
                    raise at(node, type_error("Assignment to constant variable."))
                return assign_fname
            return lambda env, v: None
        check = kind in ("let", "class") or (kind == "param" and d.function is not None and not d.function.simple_params)

        def assign(env, v):
            e = env
            for _ in range(hops):
                e = e.parent
            if check and e.vals[slot] is UNINITIALIZED:
                raise at(node, tdz_error(name))
            e.vals[slot] = v
            hooks.binding_write(e, slot, v, False)
        return assign

    # ---------------------------------------------------------------- patterns
    def pattern(self, node, scope: Scope, mode: str, decl_init=None, nested=False, source=None):
        """A binder ``bind(env, value)`` for an identifier or destructuring pattern.

        mode: "init" (let/const/class/param/catch), "var" (var declaration), "assign".
        ``decl_init``: the initializer of a declaration ``let [a] = init``, which V8 names when the value
        is not iterable ("init is not iterable") or cannot be destructured; elsewhere it describes the value
        by its type. ``source``: the expression of an assignment or a default (``({a} = src)``), which V8
        names when it cannot destructure it. ``nested``: the pattern is inside another one, where V8 checks
        nothing and a nullish value fails at its first property read.
        """
        t = node.type
        if t == "Identifier":
            if mode == "init":
                return self.init_var(node.name, scope, node)
            return self.assign_var(node.name, scope, node)
        if t == "MemberExpression":
            return self.member_assigner(node, scope)
        if t == "AssignmentPattern":
            inner = self.pattern(node.left, scope, mode, source=node.right)
            default = self.expr(node.right, scope,
                                name_hint=node.left.name if node.left.type == "Identifier" else None)

            def bind_default(env, v):
                if v is UNDEFINED:
                    v = default(env)
                inner(env, v)
            return bind_default
        realm = self.realm
        if t == "ArrayPattern":
            parts = []
            for e in node.elements:
                if e is None:
                    parts.append((None, False))
                elif e.type == "RestElement":
                    parts.append((self.pattern(e.argument, scope, mode, nested=True), True))
                else:
                    parts.append((self.pattern(e, scope, mode, nested=True), False))
            sites = [e or node for e in node.elements]     # V8's caller of a generator's next(): the element
            next_at = partial(call_next, self.interp)

            if decl_init is None or decl_init.type in ("MemberExpression", "ChainExpression"):
                def not_iterable(v):
                    return type_error(f"{typeof_display(v)} is not iterable "
                                      "(cannot read property Symbol(Symbol.iterator))")
            else:
                decl_msg = (f"{callee_text(decl_init.callee)} is not a function or its return value is not iterable"
                            if decl_init.type == "CallExpression" else f"{callee_text(decl_init)} is not iterable")

                at = self.interp.error_at

                def not_iterable(v):
                    return at(decl_init, type_error(decl_msg))

            def bind_array(env, v):
                if v is UNDEFINED or v is NULL:
                    raise not_iterable(v)
                if type(v) is JSArray and realm.array_iteration_is_pristine(v):
                    elems = v.elems
                    for i, (b, rest) in enumerate(parts):
                        if rest:
                            b(env, realm.new_array([UNDEFINED if x is HOLE else x for x in elems[i:]]))
                            return
                        if b is not None:
                            x = elems[i] if i < len(elems) else UNDEFINED
                            b(env, UNDEFINED if x is HOLE else x)
                    return
                if type(v) is not str and realm.get_v(v, SYM_ITERATOR) in (UNDEFINED, NULL):
                    raise not_iterable(v)
                it, nxt = realm.get_iterator(v)
                done = False
                hooks = realm.hooks
                hooks.hold(it)          # the pattern keeps its iterator while it binds
                hooks.hold(nxt)
                try:
                    for (b, rest), site in zip(parts, sites):
                        if rest:
                            rest_vals = []
                            while not done:
                                r = next_at(nxt, it, site)
                                if to_boolean(r.get("done")):
                                    done = True
                                else:
                                    rest_vals.append(r.get("value"))
                            b(env, realm.new_array(rest_vals))
                            continue
                        x = UNDEFINED
                        if not done:
                            r = next_at(nxt, it, site)
                            if to_boolean(r.get("done")):
                                done = True
                            else:
                                x = r.get("value")
                        if b is not None:
                            b(env, x)
                finally:
                    hooks.release(nxt)
                    hooks.release(it)
                    if not done:
                        realm.close_iterator(it)
            return bind_array
        if t == "ObjectPattern":
            parts = []
            rest_bind = None
            for p in node.properties:
                if p.type == "RestElement":
                    rest_bind = self.pattern(p.argument, scope, mode)
                    continue
                if p.computed:
                    key_ev = self.expr(p.key, scope)
                    parts.append((None, key_ev, self.pattern(p.value, scope, mode, nested=True), p.key))
                else:
                    key = p.key.name if p.key.type == "Identifier" else to_property_key(
                        float(p.key.value) if isinstance(p.key.value, (int, float)) and not isinstance(p.key.value, bool) else p.key.value)
                    parts.append((key, None, self.pattern(p.value, scope, mode, nested=True), p.key))
            used_keys_static = [k for k, _, _, _ in parts if k is not None]
            interp = self.interp

            first_node = next((p.key for p in node.properties if p.type != "RestElement"), node)
            at = self.interp.error_at
            source = source if source is not None else decl_init
            subject = callee_text(source) if source is not None else None
            first = parts[0][0] if parts and parts[0][0] is not None else None
            def bind_object(env, v):
                if v is UNDEFINED or v is NULL:
                    if nested and source is None and first is not None:
                        raise at(first_node, type_error(f"Cannot read properties of {v!r} (reading '{first}')"))
                    what = subject if subject is not None else typeof_display(v)
                    if first is not None:
                        raise at(first_node, type_error(
                            f"Cannot destructure property '{first}' of '{what}' as it is {v!r}."))
                    raise at(node, type_error(f"Cannot destructure '{what}' as it is {v!r}."))
                used = list(used_keys_static) if rest_bind is not None else None
                for key, key_ev, b, key_node in parts:
                    if key is None:
                        key = to_property_key(key_ev(env))
                        if used is not None:
                            used.append(key)
                    if isinstance(v, JSObject):
                        outer = interp.current_node
                        interp.current_node = key_node     # a getter's caller is at the key, as V8's
                        x = v.get(key)
                        interp.current_node = outer
                    else:
                        x = realm.get_v(v, key)
                    b(env, x)
                if rest_bind is not None:
                    src = realm.to_object(v)
                    out = realm.new_object()
                    for k in src.own_keys():
                        if k in used:
                            continue
                        if src.flags_of(k) & ENUMERABLE:
                            out.props[k] = src.get(k)
                    rest_bind(env, out)
            return bind_object
        raise NotSupported(f"{t} as a binding target", node.loc.start.line, node.loc.start.column)

    # ---------------------------------------------------------------- expressions
    def expr(self, node, scope: Scope, name_hint=None):
        t = node.type
        if name_hint is not None and _is_anonymous_fn(node):
            if t == "ClassExpression":
                return self.class_maker(node, scope, name_hint)
            return self.function_maker(node, scope, name_hint)
        m = getattr(self, "expr_" + t, None)
        if m is None:
            raise NotSupported(f"{t}", node.loc.start.line, node.loc.start.column)
        return m(node, scope)

    def expr_Literal(self, node, scope):
        regex = getattr(node, "regex", None)
        if regex is not None:
            create = self.realm.intrinsics.get("%RegExpCreate%")
            pattern, flags = regex.pattern, regex.flags
            if create is None:
                raise NotSupported("regular expressions", node.loc.start.line, node.loc.start.column)
            return lambda env: create(pattern, flags)
        bigint = getattr(node, "bigint", None)
        if bigint is not None:
            v = JSBigInt(int(bigint.replace("_", ""), 0) if bigint[:2].lower() in ("0x", "0o", "0b") else int(bigint.replace("_", "")))
            return lambda env: v
        v = node.value
        if v is None:
            v = NULL
        elif isinstance(v, bool):
            pass
        elif isinstance(v, (int, float)):
            v = float(v)
        return lambda env: v

    def expr_Identifier(self, node, scope):
        if node.name == "undefined" and Resolver.lookup(scope, "undefined") is None:
            return lambda env: UNDEFINED
        return self.read_var(node.name, scope, node)

    def expr_TemplateLiteral(self, node, scope):
        quasis = [q.value.cooked for q in node.quasis]
        exprs = [self.expr(e, scope) for e in node.expressions]
        if not exprs:
            s = quasis[0]
            return lambda env: s

        def ev(env):
            out = [quasis[0]]
            for i, e in enumerate(exprs):
                v = e(env)
                out.append(v if type(v) is str else to_string(v))
                out.append(quasis[i + 1])
            if sum(map(len, out)) >= BIG_STRING:
                return concat_big(*out)
            return "".join(out)
        return ev

    def expr_TaggedTemplateExpression(self, node, scope):
        quasi = node.quasi
        cooked = [q.value.cooked if q.value.cooked is not None else UNDEFINED for q in quasi.quasis]
        raws = [q.value.raw for q in quasi.quasis]
        exprs = [self.expr(e, scope) for e in quasi.expressions]
        callee, this_of = self.callee(node.tag, scope)
        realm = self.realm
        cache = []
        text = callee_text(node.tag)

        def ev(env):
            f, this = callee(env)
            if not cache:
                strings = realm.new_array(list(cooked))
                raw = realm.new_array(list(raws))
                raw.frozen = 2
                raw.extensible = False
                strings.define_own("raw", raw, 0)
                strings.frozen = 2
                strings.extensible = False
                cache.append(strings)
            args = [cache[0]] + [e(env) for e in exprs]
            if not isinstance(f, JSFunction):
                raise type_error(f"{text} is not a function")
            return f.call(this, args)
        return ev

    def expr_ThisExpression(self, node, scope):
        return self.this_reader(scope)

    @staticmethod
    def _hops_to_function(scope) -> int:
        """How many environments up the nearest non-arrow function's (or the global) one is."""
        s = scope
        hops = 0
        while s is not None:
            if s.kind == "function" and s.function is not None and not s.function.is_arrow:
                break
            if s.kind == "global":
                break
            if s.materialized:
                hops += 1
            s = s.parent
        return hops

    def this_reader(self, scope):
        hops = self._hops_to_function(scope)
        msg = "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"

        def this(env):
            for _ in range(hops):
                env = env.parent
            v = env.ctx.this
            if v is UNINITIALIZED:
                raise JSError("ReferenceError", msg)
            return v
        return this

    def function_ctx_reader(self, scope):
        """The ExecutionContext of the nearest non-arrow function (for super, new.target, arguments)."""
        hops = self._hops_to_function(scope)

        def ctx(env):
            for _ in range(hops):
                env = env.parent
            return env.ctx
        return ctx

    def expr_MetaProperty(self, node, scope):
        if node.meta.name == "new" and node.property.name == "target":
            ctx = self.function_ctx_reader(scope)

            def ev(env):
                c = ctx(env)
                nt = c.new_target if c is not None else None
                return UNDEFINED if nt is None else nt
            return ev
        raise NotSupported(f"{node.meta.name}.{node.property.name}", node.loc.start.line, node.loc.start.column)

    def expr_ArrayExpression(self, node, scope):
        realm = self.realm
        items = []
        has_spread = False
        for e in node.elements:
            if e is None:
                items.append((None, False))
            elif e.type == "SpreadElement":
                has_spread = True
                items.append((self.spread_source(e.argument, scope), True))
            else:
                items.append((self.expr(e, scope), False))
        if not has_spread and all(ev is not None for ev, _ in items):
            evs = tuple(ev for ev, _ in items)
            return lambda env: realm.new_array([e(env) for e in evs])

        def ev(env):
            out = []
            for e, spread in items:
                if e is None:
                    out.append(HOLE)
                elif spread:
                    out.extend(e(env))
                else:
                    out.append(e(env))
            return realm.new_array(out)
        return ev

    def spread_source(self, node, scope):
        """An evaluator returning a Python list of the iterable's values."""
        ev = self.expr(node, scope)
        realm = self.realm
        text = callee_text(node)

        at = self.interp.error_at

        def spread(env):
            v = ev(env)
            if v is UNDEFINED or v is NULL or (not isinstance(v, JSObject) and type(v) is not str
                                                and realm.get_v(v, SYM_ITERATOR) is UNDEFINED):
                shown = text if text != "(intermediate value)" else realm.host.describe(v)
                if v is UNDEFINED or v is NULL:
                    raise at(node, type_error(f"Spread syntax requires ...iterable[Symbol.iterator] to be a function"
                                              if text == "(intermediate value)" else f"{shown} is not iterable"))
                raise at(node, type_error(f"{shown} is not iterable"))
            if isinstance(v, JSObject) and v.get(SYM_ITERATOR) is UNDEFINED:
                raise at(node, type_error(
                    f"{text if text != '(intermediate value)' else realm.host.describe(v)} is not iterable"))
            return list(realm.iterate(v))
        return spread

    def expr_ObjectExpression(self, node, scope):
        realm = self.realm
        hooks = self.hooks
        ops = []
        for p in node.properties:
            if p.type == "SpreadElement":
                src = self.expr(p.argument, scope)

                def spread(env, obj, src=src):
                    v = src(env)
                    if v is UNDEFINED or v is NULL:
                        return
                    o = realm.to_object(v)
                    for k in o.own_keys():
                        if o.flags_of(k) & ENUMERABLE:
                            val = o.get(k)
                            obj.define_own(k, val)
                            hooks.prop_write(obj, k, val)
                ops.append(spread)
                continue
            key_static = None
            key_ev = None
            if p.computed:
                key_ev = self.expr(p.key, scope)
            elif p.key.type == "Identifier":
                key_static = p.key.name
            else:
                v = p.key.value
                key_static = to_property_key(float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
            hint = key_static if type(key_static) is str else None
            if p.kind in ("get", "set"):
                fmaker = self.function_maker(p.value, scope, None, method_kind=p.kind, name_key=key_static,
                                             name_ev=key_ev, source_node=p)

                def accessor(env, obj, fmaker=fmaker, key_static=key_static, key_ev=key_ev, kind=p.kind):
                    key = key_static if key_ev is None else to_property_key(key_ev(env))
                    f = fmaker(env, key)
                    f.home_object = obj
                    cur = obj.props.get(key)
                    acc = cur if type(cur) is Accessor else Accessor()
                    if kind == "get":
                        acc.get = f
                    else:
                        acc.set = f
                    obj.define_own(key, acc, ENUMERABLE | CONFIGURABLE)
                ops.append(accessor)
                continue
            if p.method:
                fmaker = self.function_maker(p.value, scope, None, method_kind="method", name_key=key_static,
                                             name_ev=key_ev, source_node=p)

                def method(env, obj, fmaker=fmaker, key_static=key_static, key_ev=key_ev):
                    key = key_static if key_ev is None else to_property_key(key_ev(env))
                    f = fmaker(env, key)
                    f.home_object = obj
                    obj.define_own(key, f)
                    hooks.prop_write(obj, key, f)
                ops.append(method)
                continue
            if key_ev is not None and _is_anonymous_fn(p.value):
                fmaker = self.function_maker(p.value, scope, None, name_ev=key_ev) \
                    if p.value.type != "ClassExpression" else None
                if fmaker is not None:
                    def named_value(env, obj, fmaker=fmaker, key_ev=key_ev):
                        key = to_property_key(key_ev(env))
                        f = fmaker(env, key)
                        obj.define_own(key, f)
                        hooks.prop_write(obj, key, f)
                    ops.append(named_value)
                    continue
            val = self.expr(p.value, scope, name_hint=hint)
            if key_ev is None and key_static == "__proto__" and not p.shorthand:
                def set_proto(env, obj, val=val):
                    v = val(env)
                    if isinstance(v, JSObject) or v is NULL:
                        obj.proto = None if v is NULL else v
                ops.append(set_proto)
                continue

            def data(env, obj, val=val, key_static=key_static, key_ev=key_ev):
                key = key_static if key_ev is None else to_property_key(key_ev(env))
                v = val(env)
                obj.define_own(key, v)
                hooks.prop_write(obj, key, v)
            ops.append(data)
        ops = tuple(ops)

        def ev(env):
            obj = JSObject(realm.object_prototype)
            for op in ops:
                op(env, obj)
            return obj
        return ev

    def expr_FunctionExpression(self, node, scope):
        return self.function_maker(node, scope)

    def expr_ArrowFunctionExpression(self, node, scope):
        return self.function_maker(node, scope)

    def expr_ClassExpression(self, node, scope):
        return self.class_maker(node, scope)

    def expr_SequenceExpression(self, node, scope):
        evs = [self.expr(e, scope) for e in node.expressions]

        def ev(env):
            v = UNDEFINED
            for e in evs:
                v = e(env)
            return v
        return ev

    def expr_ConditionalExpression(self, node, scope):
        test = self.cond(node.test, scope)
        a = self.expr(node.consequent, scope)
        b = self.expr(node.alternate, scope)
        return lambda env: a(env) if test(env) else b(env)

    def expr_LogicalExpression(self, node, scope):
        a = self.expr(node.left, scope)
        b = self.expr(node.right, scope)
        op = node.operator
        if op == "&&":
            def land(env):
                v = a(env)
                return b(env) if to_boolean(v) else v
            return land
        if op == "||":
            def lor(env):
                v = a(env)
                return v if to_boolean(v) else b(env)
            return lor

        def coalesce(env):
            v = a(env)
            return b(env) if v is UNDEFINED or v is NULL else v
        return coalesce

    def expr_BinaryExpression(self, node, scope):
        op = node.operator
        if op == "in" and node.left.type == "PrivateIdentifier":
            pn = self.private_name(node.left, scope)
            right = self.expr(node.right, scope)

            def private_in(env):
                o = right(env)
                if not isinstance(o, JSObject):
                    raise type_error("Cannot use 'in' operator to search for '#" + node.left.name + "' in " + to_string(o))
                return o.privates is not None and pn(env) in o.privates
            return private_in
        a = self.expr(node.left, scope)
        b = self.expr(node.right, scope)
        interp = self.interp
        at = interp.error_at

        def at_operator(f):
            """``f`` run with the operator as the current position: V8's for its errors and for the
            caller's frame of a ``valueOf`` or ``Symbol.hasInstance`` it calls."""
            def operate(x, y):
                outer = interp.current_node
                interp.current_node = node
                r = f(x, y)
                interp.current_node = outer
                return r
            return operate
        if op == "in":
            realm = self.realm

            def js_in(env):
                k = a(env)
                o = b(env)
                if not isinstance(o, JSObject):
                    raise at(node, type_error(f"Cannot use 'in' operator to search for '{to_string(k) if type(k) is not JSSymbol else repr(k)}' in {realm.host.describe(o) if type(o) is not str else o}"))
                return o.has(to_property_key(k))
            return js_in
        if op == "instanceof":
            instance_of_here = at_operator(partial(instance_of, self.realm))

            def js_instanceof(env):
                return instance_of_here(a(env), b(env))
            return js_instanceof
        f = BINARY.get(op)
        if f is None:
            raise NotSupported(f"the {op} operator", node.loc.start.line, node.loc.start.column)
        slow = at_operator(js_add if op == "+" else js_lt if op == "<" else f)
        if op == "+":
            def add(env):
                x = a(env)
                y = b(env)
                if type(x) is float and type(y) is float:
                    return x + y
                return slow(x, y)
            return add
        if op == "<":
            def lt(env):
                x = a(env)
                y = b(env)
                if type(x) is float and type(y) is float:
                    return x < y
                return slow(x, y)
            return lt
        if op == "===":
            def seq(env):
                x = a(env)
                y = b(env)
                tx = type(x)
                if tx is type(y) and (tx is float or tx is str or tx is bool):
                    return x == y
                return strict_equals(x, y)
            return seq

        def binary(env):
            x = a(env)
            y = b(env)
            if type(x) is float and type(y) is float:
                return f(x, y)
            return slow(x, y)
        return binary

    def expr_UnaryExpression(self, node, scope):
        op = node.operator
        arg = node.argument
        if op == "typeof":
            if arg.type == "Identifier":
                d = Resolver.lookup(scope, arg.name)
                if self.is_dynamic(arg.name, scope, d):
                    get = self.dynamic_reader(arg.name, arg, typeof_mode=True)
                    return lambda env: typeof(get(env))
                if d is None or (d.kind == "global" and arg.name not in d.slots):
                    get = self.read_global(arg.name, typeof_mode=True)
                    return lambda env: typeof(get(env))
            a = self.expr(arg, scope)
            return lambda env: typeof(a(env))
        if op == "delete":
            return self.delete_expr(node, scope)
        a = self.expr(arg, scope)
        if op == "!":
            return lambda env: not to_boolean(a(env))
        if op == "-":
            def neg(env):
                v = a(env)
                if type(v) is float:
                    return -v
                v = to_numeric(v)
                return JSBigInt(-v.value) if type(v) is JSBigInt else -v
            return neg
        if op == "+":
            return lambda env: to_number(a(env))
        if op == "~":
            def bnot(env):
                v = to_numeric(a(env))
                if type(v) is JSBigInt:
                    return JSBigInt(~v.value)
                return float(~to_int32(v))
            return bnot
        if op == "void":
            def void(env):
                a(env)
                return UNDEFINED
            return void
        raise NotSupported(f"the {op} operator", node.loc.start.line, node.loc.start.column)

    def delete_expr(self, node, scope):
        return self.delete_target(node.argument, scope)

    def delete_target(self, arg, scope):
        if arg.type == "ChainExpression":
            # `delete a?.b`: a short-circuited chain deletes nothing and is true
            inner = self.delete_target(arg.expression, scope)

            def delete_chain(env):
                try:
                    return inner(env)
                except ShortCircuit:
                    return True
            return delete_chain
        if arg.type != "MemberExpression":
            if arg.type == "Identifier":
                gobj = self.realm.global_object
                name = arg.name
                d = Resolver.lookup(scope, name)
                if self.is_dynamic(name, scope, d):
                    def delete_dynamic(env):
                        e, slot = find_binding(env, name)
                        if e is None:
                            return gobj.delete_own(name) if gobj.has_own(name) else True
                        if slot is None:
                            ok = e.obj.delete_own(name)
                            if ok:
                                self.hooks.prop_delete(e.obj, name)
                            return ok
                        return False
                    return delete_dynamic
                if d is None or d.kind == "global" and name not in d.slots:
                    return lambda env: gobj.delete_own(name) if gobj.has_own(name) else True
                return lambda env: False
            a = self.expr(arg, scope)

            def del_value(env):
                a(env)
                return True
            return del_value
        obj = self.expr(arg.object, scope)
        key = self.member_key(arg, scope)
        strict = scope.strict
        realm = self.realm
        hooks = self.hooks
        if arg.object.type == "Super":
            def delete_super(env):
                obj(env)
                key(env)
                raise JSError("ReferenceError", "Unsupported reference to 'super'")
            return delete_super

        optional = arg.optional

        def delete(env):
            o = obj(env)
            if optional and (o is UNDEFINED or o is NULL):
                raise ShortCircuit
            k = key(env)
            if o is UNDEFINED or o is NULL:
                raise type_error("Cannot convert undefined or null to object")
            if not isinstance(o, JSObject):
                return True
            if type(k) is float:
                k = to_property_key(k)
            ok = o.delete_own(k)
            if not ok and strict:
                raise type_error(f"Cannot delete property '{k if type(k) is str else repr(k)}' of {realm.host.describe(o)}")
            if ok:
                hooks.prop_delete(o, k)
            return ok
        return delete

    def expr_UpdateExpression(self, node, scope):
        delta = 1.0 if node.operator == "++" else -1.0
        prefix = node.prefix
        arg = node.argument
        if arg.type == "Identifier":
            get = self.read_var(arg.name, scope, arg)
            put = self.assign_var(arg.name, scope, arg)

            def upd(env):
                old = get(env)
                if type(old) is not float:
                    old = to_numeric(old)
                    if type(old) is JSBigInt:
                        new = JSBigInt(old.value + int(delta))
                        put(env, new)
                        return new if prefix else old
                new = old + delta
                put(env, new)
                return new if prefix else old
            return upd
        if arg.type == "MemberExpression":
            obj = self.expr(arg.object, scope)
            key = self.member_key(arg, scope)
            getp = self.property_getter(arg, site=False)
            setp = self.property_setter(arg, scope, where=node)

            def upd_member(env):
                o = obj(env)
                k = key(env)
                old = to_numeric(getp(o, k))
                if type(old) is JSBigInt:
                    new = JSBigInt(old.value + int(delta))
                else:
                    new = old + delta
                setp(o, k, new)
                return new if prefix else old
            return upd_member
        raise JSError("SyntaxError", "Invalid left-hand side expression in postfix operation")

    def expr_AssignmentExpression(self, node, scope):
        op = node.operator
        left = node.left
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                bind = self.pattern(left, scope, "assign", source=node.right)
                val = self.expr(node.right, scope)

                def destructure(env):
                    v = val(env)
                    bind(env, v)
                    return v
                return destructure
            if left.type == "Identifier":
                put = self.assign_var(left.name, scope, node)
                val = self.expr(node.right, scope, name_hint=left.name)
                first = self.resolving_first(left.name, scope, node, put, val)
                if first is not None:
                    return first

                def assign(env):
                    v = val(env)
                    put(env, v)
                    return v
                return assign
            if left.type == "MemberExpression":
                obj = self.expr(left.object, scope)
                key = self.member_key(left, scope)
                setp = self.property_setter(left, scope, where=node)
                val = self.expr(node.right, scope)
                if node.right.type in ("FunctionExpression", "ArrowFunctionExpression") and node.right.id is None:
                    self.code_for(node.right).inferred_name = inferred_name(left)

                def assign_member(env):
                    o = obj(env)
                    k = key(env)
                    v = val(env)
                    setp(o, k, v)
                    return v
                return assign_member
            raise JSError("SyntaxError", "Invalid left-hand side in assignment")
        # compound and logical assignment
        binop = op[:-1]
        if left.type == "Identifier":
            get = self.read_var(left.name, scope, left)
            put = self.assign_var(left.name, scope, node)
            val = self.expr(node.right, scope, name_hint=left.name)
            if binop in ("&&", "||", "??"):
                def logical(env):
                    cur = get(env)
                    if binop == "&&" and not to_boolean(cur):
                        return cur
                    if binop == "||" and to_boolean(cur):
                        return cur
                    if binop == "??" and cur is not UNDEFINED and cur is not NULL:
                        return cur
                    v = val(env)
                    put(env, v)
                    return v
                return logical
            f = BINARY[binop]

            def compound(env):
                v = f(get(env), val(env))
                put(env, v)
                return v
            return compound
        if left.type == "MemberExpression":
            obj = self.expr(left.object, scope)
            key = self.member_key(left, scope)
            getp = self.property_getter(left, site=False)
            setp = self.property_setter(left, scope, where=node)
            val = self.expr(node.right, scope)
            if binop in ("&&", "||", "??"):
                def logical_member(env):
                    o = obj(env)
                    k = key(env)
                    cur = getp(o, k)
                    if binop == "&&" and not to_boolean(cur):
                        return cur
                    if binop == "||" and to_boolean(cur):
                        return cur
                    if binop == "??" and cur is not UNDEFINED and cur is not NULL:
                        return cur
                    v = val(env)
                    setp(o, k, v)
                    return v
                return logical_member
            f = BINARY[binop]

            def compound_member(env):
                o = obj(env)
                k = key(env)
                v = f(getp(o, k), val(env))
                setp(o, k, v)
                return v
            return compound_member
        raise JSError("SyntaxError", "Invalid left-hand side in assignment")

    # -- members
    def member_key(self, node, scope):
        """An evaluator for a member expression's key (a property key or a PrivateName)."""
        p = node.property
        if p.type == "PrivateIdentifier":
            return self.private_name(p, scope)
        if not node.computed:
            name = p.name
            return lambda env: name
        if p.type == "Literal" and isinstance(p.value, str):
            s = p.value
            return lambda env: s
        ev = self.expr(p, scope)

        def key(env):
            k = ev(env)
            if type(k) is float and k.is_integer() and k >= 0:
                return k  # kept numeric for the array fast path; converted on use
            return to_property_key(k)
        return key

    def private_name(self, p, scope):
        name = "#" + p.name
        d = Resolver.lookup(scope, name)
        if d is None:
            raise JSError("SyntaxError", f"Private field '{name}' must be declared in an enclosing class")
        return self.read_var(name, scope, p)

    def property_getter(self, node, site=True):
        """get(o, key) with JavaScript's errors for undefined/null bases. ``site``: a getter it runs has
        its caller at the property (V8's for a plain read), or, False, where the statement is (V8's
        for ``o.g += 1`` and ``o.g++``)."""
        if node.object.type == "Super":
            return _super_get
        realm = self.realm
        interp = self.interp
        site = node if site else None
        at = self.interp.error_at
        private = node.property.type == "PrivateIdentifier"
        if private:
            pname = "#" + node.property.name

            def get_private(o, pn):
                if isinstance(o, JSObject) and o.privates is not None and pn in o.privates:
                    v = o.privates[pn]
                    if type(v) is Accessor:
                        if v.get is UNDEFINED:
                            raise type_error(f"'{pname}' was defined without a getter")
                        return v.get.call(o, [])
                    return v
                raise at(node, type_error(pn.brand or f"Cannot read private member {pname} from an object whose "
                                                      "class did not declare it"))
            return get_private

        def get(o, k):
            if type(o) is JSArray and type(k) is float:
                elems = o.elems
                i = int(k)
                if i < len(elems):
                    v = elems[i]
                    if v is not HOLE:
                        return v
                return o.get(to_property_key(k))
            if type(k) is float:
                k = to_property_key(k)
            if isinstance(o, JSObject):
                if site is None:
                    return o.get(k)
                outer = interp.current_node
                interp.current_node = site     # the caller's position if a getter runs
                v = o.get(k)
                interp.current_node = outer
                return v
            if o is UNDEFINED or o is NULL:
                if k is SYM_ITERATOR:   # V8 words it as the failed start of an iteration
                    raise at(node, type_error(f"{typeof_display(o)} is not iterable "
                                              "(cannot read property Symbol(Symbol.iterator))"))
                raise at(node, type_error(f"Cannot read properties of {o!r} (reading "
                                          f"'{k if type(k) is str else repr(k)}')"))
            return realm.get_v(o, k)
        return get

    def property_setter(self, node, scope, where=None):
        """put(o, key, v) with JavaScript's errors; ``where``: the node they are reported at (the member)."""
        realm = self.realm
        interp = self.interp
        hooks = self.hooks
        at = self.interp.error_at
        where = where or node
        strict = scope.strict
        if node.object.type == "Super":
            def put_super(base, k, v):
                if type(k) is float:
                    k = to_property_key(k)
                o = base.this
                outer = interp.current_node
                interp.current_node = where
                proto = base.proto
                ok = (proto.put(k, v, o) if proto is not None
                      else isinstance(o, JSObject) and o._write_own(k, v))
                interp.current_node = outer
                if ok:
                    hooks.prop_write(o, k, v)
                elif strict:
                    raise at(where, _set_failed(realm, o, k, proto))
            return put_super
        if node.property.type == "PrivateIdentifier":
            pname = "#" + node.property.name

            def set_private(o, pn, v):
                if isinstance(o, JSObject) and o.privates is not None and pn in o.privates:
                    cur = o.privates[pn]
                    if type(cur) is Accessor:
                        if cur.set is UNDEFINED:
                            raise type_error(f"'{pname}' was defined without a setter")
                        cur.set.call(o, [v])
                        return
                    if pn.is_method:
                        raise at(where, type_error(f"Private method '{pname}' is not writable"))
                    o.privates[pn] = v
                    hooks.prop_write(o, pname, v)
                    return
                if pn.brand is not None:    # V8 reports a failed brand check at the member, a field's at the `=`
                    raise at(node, type_error(pn.brand))
                raise at(where, type_error(f"Cannot write private member {pname} to an object whose class did not "
                                           "declare it"))
            return set_private

        def put(o, k, v):
            if type(o) is JSArray and type(k) is float:
                i = int(k)
                if i < len(o.elems) and not o.frozen:
                    o.elems[i] = v
                    hooks.prop_write(o, k, v)
                    return
            if type(k) is float:
                k = to_property_key(k)
            if isinstance(o, JSObject):
                outer = interp.current_node
                interp.current_node = where    # the caller's position if a setter runs, and V8's for the errors
                if not o.put(k, v):
                    if strict:
                        raise _set_failed(realm, o, k)
                    interp.current_node = outer
                    return
                interp.current_node = outer
                hooks.prop_write(o, k, v)
                return
            if o is UNDEFINED or o is NULL:
                raise at(where, type_error(f"Cannot set properties of {o!r} (setting '{key_text(k)}')"))
            if strict:
                shown = repr(o) if type(o) is JSSymbol else to_string(o)
                if type(o) is str and (k == "length" or (type(k) is str and k.isdigit() and k.isascii()
                                                         and int(k) < len(o) and str(int(k)) == k)):
                    raise type_error(f"Cannot assign to read only property '{k}' of string '{o}'")
                raise type_error(f"Cannot create property '{key_text(k)}' on {typeof(o)} '{shown}'")
        return put

    def member_assigner(self, node, scope):
        obj = self.expr(node.object, scope)
        key = self.member_key(node, scope)
        setp = self.property_setter(node, scope, where=ReadSite(node, node))   # V8's: the target's start

        def bind(env, v):
            setp(obj(env), key(env), v)
        return bind

    def expr_MemberExpression(self, node, scope):
        if node.object.type == "Super":
            return self.super_member(node, scope)
        obj = self.expr(node.object, scope)
        optional = node.optional
        if not node.computed and node.property.type == "Identifier":
            name = node.property.name
            realm = self.realm
            at = self.interp.error_at

            interp = self.interp

            def get_named(env):
                o = obj(env)
                if isinstance(o, JSObject):
                    outer = interp.current_node
                    interp.current_node = node     # the caller's position if a getter runs
                    v = o.get(name)
                    interp.current_node = outer
                    return v
                if optional and (o is UNDEFINED or o is NULL):
                    raise ShortCircuit
                if o is UNDEFINED or o is NULL:
                    raise at(node, type_error(f"Cannot read properties of {o!r} (reading '{name}')"))
                return realm.get_v(o, name)
            return get_named
        key = self.member_key(node, scope)
        getp = self.property_getter(node)

        def get(env):
            o = obj(env)
            if optional and (o is UNDEFINED or o is NULL):
                raise ShortCircuit
            return getp(o, key(env))
        return get

    def super_member(self, node, scope):
        base = self.expr_Super(node.object, scope)
        key = self.member_key(node, scope)
        getp = self.property_getter(node)
        return lambda env: getp(base(env), key(env))

    def expr_ChainExpression(self, node, scope):
        inner = self.expr(node.expression, scope)

        def chain(env):
            try:
                return inner(env)
            except ShortCircuit:
                return UNDEFINED
        return chain

    # -- calls
    def callee(self, node, scope):
        """An evaluator returning (function, this) for a call's callee."""
        t = node.type
        if t == "ChainExpression":
            return self.callee(node.expression, scope)
        if t == "MemberExpression" and node.object.type == "Super":
            get = self.super_member(node, scope)
            this = self.this_reader(scope)
            return (lambda env: (get(env), this(env))), True
        if t == "MemberExpression":
            obj = self.expr(node.object, scope)
            key = self.member_key(node, scope)
            getp = self.property_getter(node)
            optional = node.optional
            realm = self.realm
            at = self.interp.error_at
            if not node.computed and node.property.type == "Identifier":
                name = node.property.name

                def member_named(env):
                    o = obj(env)
                    if isinstance(o, JSObject):
                        return o.get(name), o
                    if o is UNDEFINED or o is NULL:
                        if optional:
                            raise ShortCircuit
                        raise at(node, type_error(f"Cannot read properties of {o!r} (reading '{name}')"))
                    return realm.get_v(o, name), o
                return member_named, True

            def member(env):
                o = obj(env)
                if optional and (o is UNDEFINED or o is NULL):
                    raise ShortCircuit
                return getp(o, key(env)), o
            return member, True
        ev = self.expr(node, scope)
        return (lambda env: (ev(env), UNDEFINED)), False

    def arguments_list(self, args, scope):
        if not any(a.type == "SpreadElement" for a in args):
            evs = tuple(self.expr(a, scope) for a in args)
            n = len(evs)
            if n == 0:
                return lambda env: []
            if n == 1:
                e0 = evs[0]
                return lambda env: [e0(env)]
            if n == 2:
                e0, e1 = evs
                return lambda env: [e0(env), e1(env)]
            return lambda env: [e(env) for e in evs]
        parts = [(self.spread_source(a.argument, scope), True) if a.type == "SpreadElement"
                 else (self.expr(a, scope), False) for a in args]

        def build(env):
            out = []
            for e, spread in parts:
                if spread:
                    out.extend(e(env))
                else:
                    out.append(e(env))
            return out
        return build

    def expr_CallExpression(self, node, scope):
        if node.callee.type == "Super":
            return self.super_call(node, scope)
        args = self.arguments_list(node.arguments, scope)
        optional = node.optional
        text = callee_text(node.callee)
        interp = self.interp
        at = interp.error_at
        hooks = self.hooks

        def call_native(f, this, a):
            """A built-in (or a value that is not a function: the TypeError)."""
            if not isinstance(f, JSFunction):
                raise at(node, type_error(f"{text} is not a function"))
            hooks.call(node, f, this, a)
            outer = interp.native_call
            interp.native_call = (f, this, node, len(interp.stack))    # for the stack trace of a callback it calls
            try:
                r = f.call(this, a)
            finally:
                interp.native_call = outer
            hooks.returned(node, r)
            return r

        callee_node = node.callee
        if callee_node.type == "Identifier" and callee_node.name == "eval" and not optional:
            return self.eval_call(node, scope, args, call_native)
        if callee_node.type == "Identifier" and self.through_with(callee_node.name, scope):
            # a name found through `with` may be a method of its object: (function, this) as a member call's
            callee = self.dynamic_callee(callee_node.name, self.read_sites.get(id(callee_node), callee_node))
        elif node.callee.type not in ("MemberExpression", "ChainExpression"):
            # `f(...)`: `this` is undefined, so no (function, this) pair is built per call
            fn = self.expr(node.callee, scope)

            def call_plain(env):
                f = fn(env)
                if optional and (f is UNDEFINED or f is NULL):
                    raise ShortCircuit
                a = args(env)
                if type(f) is not ScriptFunction:
                    return call_native(f, UNDEFINED, a)
                hooks.call(node, f, UNDEFINED, a)
                interp.call_site = node
                r = f.code.invoke(f, UNDEFINED, a, None)
                hooks.returned(node, r)
                return r
            return call_plain
        else:
            callee, _ = self.callee(node.callee, scope)

        def call(env):
            f, this = callee(env)
            if optional and (f is UNDEFINED or f is NULL):
                raise ShortCircuit
            a = args(env)
            if type(f) is ScriptFunction:
                hooks.call(node, f, this, a)
                interp.call_site = node
                r = f.code.invoke(f, this, a, None)
                hooks.returned(node, r)
                return r
            return call_native(f, this, a)
        return call

    def eval_call(self, node, scope, args, call_native):
        """``eval(src)``: a direct eval when ``eval`` is the realm's own (PerformEval in this
        environment, with this code's strictness); any other function is called as usual."""
        name = node.callee.name
        fn = self.dynamic_callee(name, node.callee) if self.through_with(name, scope) else None
        read = self.expr(node.callee, scope)
        interp = self.interp
        hooks = self.hooks
        strict = scope.strict
        intrinsic = self.realm.intrinsics

        def call_eval(env):
            if fn is not None:
                f, this = fn(env)
            else:
                f, this = read(env), UNDEFINED
            a = args(env)
            if f is intrinsic.get("%eval%"):
                hooks.call(node, f, this, a)
                src = a[0] if a else UNDEFINED
                r = interp.eval_in_env(src, env, strict=strict, label="eval") if type(src) is str else src
                interp.current_node = node
                hooks.returned(node, r)
                return r
            if type(f) is ScriptFunction:
                hooks.call(node, f, this, a)
                interp.call_site = node
                r = f.code.invoke(f, this, a, None)
                hooks.returned(node, r)
                return r
            return call_native(f, this, a)
        return call_eval

    def expr_NewExpression(self, node, scope):
        ctor = self.expr(node.callee, scope)
        args = self.arguments_list(node.arguments, scope)
        text = callee_text(node.callee)
        interp = self.interp
        hooks = self.hooks

        def new(env):
            f = ctor(env)
            a = args(env)
            if not isinstance(f, JSFunction) or not f.is_constructor:
                raise interp.error_at(node, type_error(f"{text} is not a constructor"))
            hooks.call(node, f, UNDEFINED, a)
            if type(f) is ScriptFunction:
                interp.call_site = node
                r = f.construct(a, f)
            else:
                # a built-in (`new Error(...)`) takes its stack trace here, at the `new`
                interp.call_site = None
                outer = interp.current_node
                interp.current_node = node
                r = f.construct(a, f)
                interp.current_node = outer
            hooks.returned(node, r)
            return r
        return new

    def super_call(self, node, scope):
        ctx = self.function_ctx_reader(scope)
        args = self.arguments_list(node.arguments, scope)
        interp = self.interp
        hooks = self.hooks

        def call(env):
            c = ctx(env)
            func = c.function
            parent = func.proto
            a = args(env)
            if not isinstance(parent, JSFunction) or not parent.is_constructor:
                raise super_not_constructor(interp, parent, func)
            if c.this is not UNINITIALIZED:
                raise JSError("ReferenceError", "Super constructor may only be called once")
            hooks.call(node, parent, UNDEFINED, a)
            interp.call_site = node if type(parent) is ScriptFunction else None
            this = parent.construct(a, c.new_target)
            c.this = this
            hooks.returned(node, this)
            initialize_fields(interp, this, func, node)
            return this
        return call

    def expr_YieldExpression(self, node, scope):
        arg = self.expr(node.argument, scope) if node.argument is not None else (lambda env: UNDEFINED)
        interp = self.interp
        if node.delegate:
            # V8's caller position for the generator it resumes: the last expression with a position
            site = node.argument if node.argument.type in ("CallExpression", "MemberExpression", "NewExpression") else node
            return lambda env: yield_delegate(interp, arg(env), site)
        return lambda env: yield_value(interp, arg(env))

    def expr_AwaitExpression(self, node, scope):
        arg = self.expr(node.argument, scope)
        interp = self.interp
        return lambda env: await_value(interp, arg(env), node)

    def expr_Super(self, node, scope):
        """The base of a ``super.x`` reference: the home object's prototype and ``this`` (read first)."""
        ctx = self.function_ctx_reader(scope)
        this = self.this_reader(scope)

        def base(env):
            c = ctx(env)
            home = c.function.home_object if c is not None and c.function is not None else None
            if home is None:
                raise JSError("SyntaxError", "'super' keyword unexpected here")
            return SuperBase(home.proto, this(env))
        return base

    def expr_PrivateIdentifier(self, node, scope):
        raise JSError("SyntaxError", f"Unexpected identifier '#{node.name}'")

    def expr_ImportExpression(self, node, scope):
        raise NotSupported("dynamic import()", node.loc.start.line, node.loc.start.column)

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


def _object_kind(o) -> str:
    """How V8 introduces an object in "Cannot assign to read only property 'p' of object '...'"."""
    return "function" if isinstance(o, JSFunction) else "object"


class SuperBase:
    """What ``super`` evaluates to in ``super.x``: where the lookup starts, and the receiver."""

    __slots__ = ("proto", "this")

    def __init__(self, proto, this):
        self.proto = proto
        self.this = this


def _super_get(base: SuperBase, k):
    if type(k) is float:
        k = to_property_key(k)
    proto = base.proto
    if proto is None:
        return UNDEFINED
    return proto.get(k, base.this)


def _set_failed(realm, o, k, start=None) -> JSError:
    """V8's TypeError for an assignment [[Set]] refused in strict code; ``start``: where the lookup
    began when it is not the receiver ``o`` (``super.x = v``)."""
    if not isinstance(o, JSObject):
        shown = repr(o) if type(o) is JSSymbol else to_string(o)
        return type_error(f"Cannot create property '{key_text(k)}' on {typeof(o)} '{shown}'")
    start = o if start is None else start
    if type(o) is JSArray and o.past_fixed_length(k):
        k = "length"
    found = _find_prop(start, k)
    if type(found) is Accessor:
        return type_error(f"Cannot set property {key_text(k)} of {realm.host.describe(start)} which has only a getter")
    own = o.get_own(k)
    if found is MISSING and type(own) is Accessor:
        return type_error(f"Cannot redefine property: {key_text(k)}")
    if found is not MISSING or own is not MISSING or o.extensible:
        return type_error(f"Cannot assign to read only property '{key_text(k)}' of "
                          f"{_object_kind(o)} '{realm.host.describe(o)}'")
    return type_error(f"Cannot add property {key_text(k)}, object is not extensible")


def _find_prop(o, k):
    while o is not None:
        v = o.get_own(k)
        if v is not MISSING:
            return v
        o = o.proto
    return MISSING


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


__all__ = ["Compiler", "for_in_keys"]
