"""Value codes and interned tables: how the recorder writes a value, a key, a place in the source,
a scope or a function's code into the tape (see ``tape`` for the code format)."""

from __future__ import annotations

import math

from ..engine.inspect import inspect
from ..engine.utf16 import utf16_slicer
from ..engine.values import (
    HOLE,
    NULL,
    UNDEFINED,
    UNINITIALIZED,
    Accessor,
    JSBigInt,
    JSObject,
    JSSymbol,
)
from .model import SourceRange
from .tape import (
    FALSE_C,
    GETSET,
    GETTER,
    HOLE_C,
    INT_LIMIT,
    NULL_C,
    SETTER,
    T_REF,
    TRUE_C,
    UNDEF,
    UNINIT,
    CodeInfo,
    Loc,
    ScopeInfo,
)

def format_primitive(v) -> str:
    """How Node prints a primitive inside a container (strings quoted)."""
    return inspect(v)


def _key_text(k) -> str:
    """A property key as inspect prints it: name, 'quoted key', [Symbol(s)]."""
    if type(k) is JSSymbol:
        return f"[{format_primitive(k)}]"
    s = str(k)
    if s.isidentifier() or (s.isdigit() and (s == "0" or s[0] != "0")):
        return s
    return format_primitive(s)


class Encoder:
    """Turns engine values into value codes, and source nodes, scopes and code into tape rows."""

    def enc(self, v) -> int:
        t = type(v)
        if t is float:
            if v.is_integer() and -INT_LIMIT < v < INT_LIMIT and (v != 0 or math.copysign(1.0, v) > 0):
                return (int(v) << 3) | 1
            fl = self.tape.floats
            fl.append(v)
            return ((len(fl) - 1) << 3) | 2
        if t is str:
            return (self.tape.string(v) << 3) | 3
        if t is bool:
            return TRUE_C if v else FALSE_C
        if v is UNDEFINED:
            return UNDEF
        if v is NULL:
            return NULL_C
        if isinstance(v, JSObject):
            i = self.obj_rows.get(v.oid)
            if i is None:
                i = self._register(v)
            return (i << 3) | T_REF
        if v is UNINITIALIZED:
            return UNINIT
        if v is HOLE:
            return HOLE_C
        if t is int:
            return self.enc(float(v))
        if t is JSBigInt:
            return (self.tape.other("bigint", f"{v.value}n") << 3) | 5
        if t is JSSymbol:
            return (self.tape.other("symbol", format_primitive(v)) << 3) | 5
        if t is Accessor:
            g = v.get is not UNDEFINED
            s = v.set is not UNDEFINED
            return GETSET if g and s else (GETTER if g else SETTER)
        return (self.tape.other("other", repr(v)) << 3) | 5

    def obj_ref(self, o: JSObject) -> int:
        """``enc`` for a value known to be an object."""
        i = self.obj_rows.get(o.oid)
        if i is None:
            i = self._register(o)
        return (i << 3) | T_REF

    def key(self, k) -> int:
        tape = self.tape
        i = tape.key_ids.get(k)
        if i is None:
            i = tape.key_ids[k] = len(tape.keys)
            tape.keys.append(_key_text(k))
            tape.key_raw.append(k if type(k) is str else None)
            if type(k) is not str:
                self._keep.append(k)
        return i

    def loc(self, node) -> int:
        i = self.loc_ids.get(id(node))
        if i is None:
            if node is None:
                return -1
            i = self._new_loc(node, node.loc.end.line, node.loc.end.column)
            self.loc_ids[id(node)] = i
        return i

    def _new_loc(self, node, end_line, end_col) -> int:
        s = node.loc.start
        piece = node.loc.source or 0     # code given to eval or Function: its own text
        r = SourceRange(s.line, s.column, end_line, end_col, piece) if piece else SourceRange(
            s.line, s.column, end_line, end_col)
        rng = getattr(node, "range", None)
        text = self._cut(piece)(rng[0], rng[1]) if rng else ""
        locs = self.tape.locations
        locs.append(Loc(r, node.type, text))
        self._keep.append(node)
        return len(locs) - 1

    def _cut(self, piece: int):
        """The slicer of the main source (0) or of a piece of code given to eval or Function: esprima's
        offsets count UTF-16 units, a Python string code points (they differ after an emoji)."""
        cuts = getattr(self, "_cuts", None)
        if cuts is None:
            cuts = self._cuts = {}
        cut = cuts.get(piece)
        if cut is None:
            cut = cuts[piece] = utf16_slicer(self.tape.pieces[piece][1] if piece else self.tape.source)
        return cut

    def _header_loc(self, node) -> int:
        """The range of a function's head: ``function outer(a, b)`` without the body."""
        body = getattr(node, "body", None)
        if body is None or not hasattr(body, "loc") or body.type != "BlockStatement":
            return self.loc(node)
        key = -id(node)
        i = self.loc_ids.get(key)
        if i is None:
            i = self._new_loc(node, body.loc.start.line, body.loc.start.column)
            loc = self.tape.locations[i]
            loc.text = self._cut(node.loc.source or 0)(node.range[0], body.range[0]).rstrip()
            self.loc_ids[key] = i
        return i

    def _globals_used(self, code) -> tuple:
        """The global names a function reads or writes (not in any backpack: every call sees them as they
        are now), as the resolver found them, among those the script declares."""
        g = self.global_scope
        names = getattr(getattr(code, "info", None), "globals_used", ())
        if not names or g is None:
            return ()
        known = set(g.names) | set(getattr(g, "var_names", ()))
        return tuple(n for n in names if n in known)

    def scope(self, sc) -> int:
        i = self.scope_ids.get(id(sc))
        if i is None:
            i = self.scope_ids[id(sc)] = len(self.tape.scopes)
            self.tape.scopes.append(ScopeInfo(sc.kind, tuple(sc.names), tuple(sc.decl_kinds),
                                              getattr(sc, "owner_name", "") or ""))
            self._keep.append(sc)
        return i

    def code(self, code) -> int:
        i = self.code_ids.get(id(code))
        if i is None:
            node = getattr(code, "node", None)
            rng = getattr(node, "range", None)
            name = getattr(code, "name", "") or ""
            info = CodeInfo(name, getattr(code, "display_name", "") or name or "(anonymous)",
                            tuple(getattr(code, "params", ())), self.loc(node),
                            self._header_loc(node) if node is not None else -1,
                            tuple(getattr(code, "captured", ())), getattr(code, "func_kind", "normal"),
                            tuple(rng) if rng else (0, 0),
                            bool(getattr(getattr(code, "info", None), "uses_this", False)),
                            self._globals_used(code),
                            bool(getattr(getattr(code, "info", None), "uses_arguments", False)))
            i = self.code_ids[id(code)] = len(self.tape.codes)
            self.tape.codes.append(info)
            self._keep.append(code)
        return i
