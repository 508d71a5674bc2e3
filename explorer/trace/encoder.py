"""Interned tables: how the recorder writes a key, a place in the source, a scope or a function's code
into the tape (see ``tape`` for the formats). A value's code is ``HotPath.enc``'s: every write needs one."""

from __future__ import annotations

from ..engine.inspect import inspect
from ..engine.utf16 import utf16_slicer
from ..engine.values import JSSymbol
from .model import SourceRange
from .tape import CodeInfo, Loc, ScopeInfo

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
    """Turns source nodes, scopes and code into tape rows, and keys and other values into table entries.
    Values become value codes in ``HotPath.enc``: every value written passes there."""

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
