"""The parser adapter: esprima reads a classic script; what it rejects becomes a JSSyntaxError worded
and placed as V8 words and places it (see syntax_errors.py)."""

from __future__ import annotations

import esprima

from .deepstack import on_deep_stack
from .errors import JSSyntaxError, NotSupported
from .syntax_errors import v8_syntax_error


def parse(source: str):
    """Parse a classic script; errors become JSSyntaxError with line/column."""
    return on_deep_stack(lambda: parse_script(source))


def parse_script(source: str):
    """``parse`` on the running thread (for a caller already on a deep stack)."""
    try:
        return esprima.parseScript(source, {"loc": True, "range": True})
    except RecursionError:
        raise NotSupported("nesting this deep", 1, 0) from None
    except esprima.Error as e:
        if "nesting exceeds" in str(e):   # esprima's own RecursionError guard
            raise NotSupported("nesting this deep", 1, 0) from None
        raise syntax_error(source, e) from None
    except Exception as e:  # esprima tripping on its own assertion
        raise syntax_error(source, e) from None


def syntax_error(source: str, e: Exception) -> JSSyntaxError:
    """V8's message and place for a source esprima rejected (see syntax_errors.py)."""
    found = v8_syntax_error(source, e)
    if found is not None:
        return JSSyntaxError(*found)
    if not isinstance(e, esprima.Error):
        return JSSyntaxError("Invalid or unexpected token", 1, 0)
    msg = str(getattr(e, "description", "") or e)
    if msg.startswith("Line "):
        msg = msg.split(": ", 1)[-1]
    line = getattr(e, "lineNumber", 1) or 1
    col = max((getattr(e, "column", 1) or 1) - 1, 0)
    return JSSyntaxError(_v8_syntax_message(msg, source, line, col), line, col)


def _v8_syntax_message(msg: str, source: str, line: int, col: int) -> str:
    """esprima's wording where it differs from V8's, for the cases learners meet."""
    text = source.splitlines()[line - 1] if 0 < line <= len(source.splitlines()) else ""
    before = text[:col].rstrip()
    if msg == "Unexpected token (" and before.endswith("function"):
        return "Function statements require a function name"
    return _node_syntax_message(msg)


def _node_syntax_message(msg: str) -> str:
    if msg == "Unexpected token ILLEGAL":
        return "Invalid or unexpected token"
    if msg.startswith("Unexpected token ") and not msg.endswith("'"):
        tok = msg[len("Unexpected token "):]
        if tok not in ("ILLEGAL",):
            return f"Unexpected token '{tok}'"
    return msg
