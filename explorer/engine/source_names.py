"""What V8 calls a piece of source in its messages and function names: a callee's text
(``o.f is not a function``), the identifier a failed read is reported at, a function's inferred
name (NamedEvaluation, IsAnonymousFunctionDefinition)."""

from __future__ import annotations

from .conversions import number_to_string, to_int32
from .operators import BINARY


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


def is_anonymous_fn(node) -> bool:
    return node is not None and node.type in ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression") \
        and getattr(node, "id", None) is None
