"""A Trace as text, as JSON (our format, docs/trace-format.md), or as an Online Python Tutor trace."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import IO

from .model import MemoryState, Primitive, Ref, SourceRange, StepKind, Terms
from .tape import R_NATIVE, R_THREW

FORMAT_VERSION = 2          # 2: steps are numbered from 1 (as the window and ``export --step`` count)


def step_number(i: int | None) -> int | None:
    """The number a person sees for the step at index ``i``: the window, ``trace`` and ``export`` count from 1."""
    return None if i is None else i + 1


# ------------------------------------------------------------------ text

def text_lines(trace, terms: Terms = Terms.HARD_PARTS):
    """``#number Lline kind narration``, one line per step, numbered from 1 as the window numbers them."""
    for i in range(len(trace)):
        r = trace.tape.locs[i]
        line = trace.tape.locations[r].range.start_line if r >= 0 else "-"
        yield f"#{step_number(i)} L{line} {trace.kind(i).value} {trace.narration(i, terms)}"


# ------------------------------------------------------------------ our JSON

def _plain(x):
    """Dataclasses, enums and tuples as JSON-ready values; values as {"ref": id} or {"type", "text"}."""
    if isinstance(x, Ref):
        return {"ref": x.id}
    if isinstance(x, Primitive):
        return {"type": x.type, "text": x.text}
    if isinstance(x, Enum):
        return x.value
    if is_dataclass(x):
        return {f.name: _plain(getattr(x, f.name)) for f in fields(x)}
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (tuple, list)):
        return [_plain(v) for v in x]
    return x


def _range(r: SourceRange | None):
    return None if r is None else _plain(r)


def state_json(state: MemoryState) -> dict:
    d = _plain(state)
    d["step"] = step_number(state.step)
    for env in d["environments"].values():
        env["released_at"] = step_number(env["released_at"])
    d["console"] = len(state.console)      # lines are listed once, at the top level
    return d


def step_json(trace, i: int, states: bool = True, narration: bool = True) -> dict:
    tape = trace.tape
    loc = tape.locs[i]
    d = {
        "index": step_number(i),
        "kind": trace.kind(i).value,
        "range": _range(tape.locations[loc].range if loc >= 0 else None),
        "depth": tape.depths[i],
    }
    if narration:
        d["narration"] = {t.value: trace.narration(i, t) for t in Terms}
    if states:
        d["state"] = state_json(trace.state_at(i))
    return d


def header_json(trace) -> dict:
    return {
        "version": FORMAT_VERSION,
        "filename": trace.filename,
        "source": trace.source,
        "outcome": trace.outcome.value,
        "error": None if trace.error_message is None else {
            "message": trace.error_message, "range": _range(trace.error_range)},
        "console": [dict(_plain(line), step=step_number(line.step)) for line in trace.console],
        "step_count": len(trace),
        "entries": [dict(_plain(e), start=step_number(e.start), end=step_number(e.end))
                    for e in getattr(trace, "entries", ())],
        # the code a step's range.piece points into: 0 the program, then eval / Function / console code
        "pieces": [{"label": label, "text": text} for label, text in getattr(trace, "pieces", ())],
    }


def to_json(trace, states: bool = True) -> dict:
    d = header_json(trace)
    d["steps"] = [step_json(trace, i, states) for i in range(len(trace))]
    return d


def write_json(trace, out: IO[str], states: bool = True, narration: bool = True) -> None:
    """Stream the JSON document: one step at a time, so a long trace never sits in memory as text."""
    head = json.dumps(header_json(trace), ensure_ascii=False)
    out.write(head[:-1] + ', "steps": [')
    for i in range(len(trace)):
        if i:
            out.write(",")
        out.write("\n")
        out.write(json.dumps(step_json(trace, i, states, narration), ensure_ascii=False))
    out.write("\n]}\n")


# ------------------------------------------------------------------ Online Python Tutor
#
# Python Tutor's front-end draws a trace as its Python backend (pg_logger) writes it: an entry is
# the state *before* its line runs; "call" where the callee's frame is first on the stack and
# highlighted; "return" with the callee's frame still there and ``__return__`` among its locals;
# frames in the order they were called, the running one last; ids that can be element ids.
# So the trace keeps the steps a line-level debugger shows (statements, calls, returns,
# exceptions); a step inside a line (a declaration, a write, a print) shows in the next entry.

_KEPT = frozenset({StepKind.STATEMENT, StepKind.CONTEXT_CREATED, StepKind.CALL, StepKind.RETURN,
                   StepKind.THROWN, StepKind.PROGRAM_END, StepKind.ENTRY_RESULT})
TDZ_TEXT = "uninitialized"          # a let/const before its declaration ran (no angle brackets: the page shows it raw)
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")


def _safe_id(name: str) -> str:
    return _UNSAFE_ID.sub("_", name) or "frame"


def _special(text: str) -> list:
    """A value Python Tutor shows as it is: its page inserts the text as markup, so markup is escaped."""
    return ["JS_SPECIAL_VAL", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")]


class _OptEncoder:
    """Execution points in OPT's format (pg_encoder's conventions, as its JavaScript backend uses them)."""

    def __init__(self, trace):
        self.trace = trace
        self.source = trace.source
        self.names: dict[int, str] = {}        # frame id -> the name it had when it ran: one name for its life
        self.last_line: dict[int, int] = {}    # frame id -> the line it ran last (the line of its return)

    # -- values
    def value(self, v, heap: dict):
        if isinstance(v, Ref):
            return ["REF", v.id] if v.id in heap else _special("[object]")
        t, text = v.type, v.text
        if t == "number":
            if text in ("NaN", "Infinity", "-Infinity"):
                return ["SPECIAL_FLOAT", text]
            try:
                f = float(text)
            except ValueError:
                return _special(text)
            return int(f) if f.is_integer() and "e" not in text and "." not in text and text != "-0" else f
        if t == "string":
            return _unquote(text)
        if t == "uninitialized":
            return ["JS_SPECIAL_VAL", TDZ_TEXT]
        return _special(text)

    def heap_object(self, h, heap: dict, frame_of: dict):
        def val(v):
            return self.value(v, heap)
        props = [[p.key, val(p.value) if p.value is not None else _special("[Getter/Setter]")]
                 for p in h.properties if p.enumerable]
        if h.kind == "function" and h.source is not None:
            code = _code_text(self.source, h.source)
            parent = frame_of.get(h.scope) if h.scope is not None else None
            return ["JS_FUNCTION", h.name, code, props or None, parent]
        if h.kind == "function":
            return ["JS_FUNCTION", h.name or h.label, f"function {h.name}() {{ [native code] }}", None, None]
        if h.kind == "class":
            code = _code_text(self.source, h.source) if h.source is not None else f"class {h.name} {{}}"
            return ["JS_FUNCTION", h.name, code, props or None, frame_of.get(h.scope)]
        if h.kind == "array":
            return ["LIST", *(val(e) for e in h.elements)]
        if h.kind == "map":
            return ["DICT", *([val(k), val(v)] for k, v in h.entries)]
        if h.kind == "set":
            return ["SET", *(val(k) for k, _v in h.entries)]
        name = "" if h.label == "Object" else h.label
        out = ["INSTANCE", name, *props]
        if h.kind == "promise":
            out.append(["[[PromiseState]]", h.state])
            if h.result is not None:
                out.append(["[[PromiseResult]]", val(h.result)])
        return out

    def error_text(self, code: int, st: MemoryState) -> str:
        """What a thrown value says: ``TypeError: x is not a function``, as the console would head it."""
        v = self.trace.describer.value(code)
        if isinstance(v, Ref):
            obj = st.heap.get(v.id)
            if obj is not None and obj.kind == "error":
                msg = next((p.value.text for p in obj.properties if p.key == "message" and p.value is not None), "")
                return f"{obj.label}: {_unquote(msg)}" if msg else obj.label
            return "Uncaught exception (an object)"
        return f"Uncaught {v.text}"

    # -- frames
    def frames(self, st: MemoryState, returning: tuple | None = None):
        """(stack_to_render, frame_of): the contexts on the stack (a function's blocks folded in; global code's
        blocks as a frame of their own), then the environments kept alive off the stack (zombies)."""
        frame_of: dict[int, int] = {}
        frames = []
        for c in st.stack:
            own = []
            for e in c.env_chain:
                kind = st.environments[e].kind
                if kind == "global":
                    break
                own.append(e)
                if kind == "function":
                    break
            if not own:
                continue                      # global code outside any block: Python Tutor's globals
            fid = own[-1]
            for e in own:
                frame_of[e] = fid
            if c.function is not None:
                name = c.name[:-2] if c.name.endswith("()") else c.name
            else:
                name = "block"
            self.names.setdefault(fid, name)
            frames.append(("stack", c, own, fid))
        for e, view in st.environments.items():
            if view.kind != "global" and e not in frame_of and view.released_at is None:
                frame_of[e] = e
                frames.append(("zombie", view, [e], e))
        parents = {h.scope for h in st.heap.values() if h.scope is not None}
        parent_frames = {frame_of[e] for e in parents if e in frame_of}
        top = next((f[3] for f in reversed(frames) if f[0] == "stack"), None)
        rendered = []
        for what, who, own, fid in frames:
            locals_: dict = {}
            order: list[str] = []
            for e in reversed(own):           # outermost first: an inner block's name shadows an outer one
                for b in st.environments[e].bindings:
                    if b.name in locals_:
                        k = 1
                        while f"{b.name} [outer {k}]" in locals_:
                            k += 1
                        shadowed = f"{b.name} [outer {k}]"
                        locals_[shadowed] = locals_[b.name]
                        order[order.index(b.name)] = shadowed
                    order.append(b.name)
                    locals_[b.name] = self.value(b.value, st.heap)
            if what == "stack":
                chain = [frame_of[e] for e in who.env_chain[len(own):] if e in frame_of and frame_of[e] != fid]
            else:
                chain = []
                p = who.parent
                while p is not None and p in st.environments and st.environments[p].kind != "global":
                    if p in frame_of and frame_of[p] != fid:
                        chain.append(frame_of[p])
                    p = st.environments[p].parent
            name = self.names.get(fid)
            if name is None:
                name = self.names[fid] = who.owner.split(" call #")[0].split("(")[0].split(" in ")[-1] or "frame"
            zombie = what == "zombie"
            is_parent = fid in parent_frames
            frame = {
                "func_name": name,
                "frame_id": fid,
                "is_highlighted": fid == top,
                "is_parent": is_parent,
                "is_zombie": zombie,
                "parent_frame_id_list": list(dict.fromkeys(chain)),
                "unique_hash": f"{_safe_id(name)}_f{fid}" + ("_p" if is_parent else "") + ("_z" if zombie else ""),
                "ordered_varnames": order,
                "encoded_locals": locals_,
            }
            if returning is not None and fid == top:
                frame["encoded_locals"]["__return__"] = returning[0]
                frame["ordered_varnames"].append("__return__")
            rendered.append(frame)
        # called order (ids grow as environments are made), the running frame last
        rendered.sort(key=lambda f: (f["is_highlighted"], f["frame_id"]))
        return rendered, frame_of

    def entry(self, st: MemoryState, event: str, line: int, heap_from=(), returning=None) -> dict:
        heap_states = (st, *heap_from)
        heap_views: dict = {}
        for s in reversed(heap_states):
            heap_views.update(s.heap)
        ret = None
        if returning is not None:
            ret = (self.value(returning, heap_views),)
        stack, frame_of = self.frames(st, ret)
        globals_ = {}
        ordered = []
        for b in st.global_memory:
            ordered.append(b.name)
            globals_[b.name] = self.value(b.value, heap_views)
        heap = {str(o): self.heap_object(h, heap_views, frame_of) for o, h in heap_views.items()}
        top = next((f for f in reversed(stack) if f["is_highlighted"]), None)
        return {
            "line": line,
            "event": event,
            "func_name": top["func_name"] if top is not None else "<main>",
            "globals": globals_,
            "ordered_globals": ordered,
            "stack_to_render": stack,
            "heap": heap,
            "stdout": "".join(("> " if line.stream == "input" else "") + line.text + "\n"
                              for line in st.console if line.stream != "stderr"),
        }

    def points(self) -> list[dict]:
        trace = self.trace
        tape = trace.tape
        n = len(trace)
        out: list[dict] = []
        line = main_line = 1
        for i in range(n):
            kind = trace.kind(i)
            if kind not in _KEPT:
                continue
            loc = tape.locs[i]
            r = tape.locations[loc].range if loc >= 0 else None
            st = trace.state_at(i)
            if r is not None and r.piece != 0:
                r = None                          # eval'd code or a console entry: not a line of the program
            if kind == StepKind.ENTRY_RESULT:     # a console entry's answer: the console (stdout) shows it
                out.append(self.entry(st, "step_line", main_line))
                continue
            if kind == StepKind.PROGRAM_END:
                if i < n - 1:
                    continue                      # console entries follow: the program's end is not the trace's
                event, msg = "return", None
                if trace.outcome.value == "uncaught-error":
                    # pg_logger's way: a run that raised ends with an "exception" entry ("uncaught_exception"
                    # is for a program that could not start; the front-end then shows no steps at all)
                    event, msg = "exception", trace.error_message
                    if trace.error_range is not None:
                        line = trace.error_range.start_line
                elif trace.outcome.value in ("step-limit", "cancelled"):
                    event, msg = "instruction_limit_reached", trace.error_message or "Stopped: the step limit was reached."
                point = self.entry(st, event, line)
                if msg:
                    point["exception_msg"] = msg
                out.append(point)
                continue
            prev = trace.state_at(i - 1) if i else st
            if kind == StepKind.RETURN:
                _ctx, vc, flags, _fn = tape.items(tape.payloads[i])
                if flags & R_NATIVE or len(st.stack) >= len(prev.stack):
                    continue                      # a built-in's return: the line goes on
                fid = next((f["frame_id"] for f in reversed(self.frames(prev)[0]) if f["is_highlighted"]), None)
                returned = None if flags & R_THREW else trace.describer.value(vc)
                ret_line = self.last_line.get(fid, r.start_line if r is not None else line)
                point = self.entry(prev, "return", ret_line, heap_from=(st,), returning=returned)
                if returned is None:
                    for f in point["stack_to_render"]:
                        f["encoded_locals"].pop("__return__", None)
                        if "__return__" in f["ordered_varnames"]:
                            f["ordered_varnames"].remove("__return__")
                out.append(point)
                continue
            if r is None and kind == StepKind.STATEMENT and st.stack and st.stack[-1].function is None:
                r_line = main_line                # global code of a console entry or an eval: no line of its own
            elif r is None:
                continue
            else:
                r_line = r.start_line
            if kind == StepKind.CONTEXT_CREATED:
                if not st.stack or st.stack[-1].function is None:
                    continue                      # the global creation phase: the first statement shows it
                event = "call"
            elif kind == StepKind.CALL:
                if len(st.stack) <= len(prev.stack):
                    continue                      # arguments evaluated: the callee's frame comes next
                event = "call"                    # a generator or async call resumed: its frame is back
            elif kind == StepKind.THROWN:
                event = "exception"
            else:
                event = "step_line"
            line = r_line
            point = self.entry(st, event, line)
            if event == "exception":
                point["exception_msg"] = self.error_text(tape.payloads[i], st)
            top = next((f for f in reversed(point["stack_to_render"]) if f["is_highlighted"]), None)
            if top is not None and event != "call":
                self.last_line[top["frame_id"]] = line
            elif top is None:
                main_line = line
            out.append(point)
        if out and out[-1]["event"] == "return":
            out[-1]["line"] = main_line            # the program's end: at the global code's last line, as pg_logger's
        return out


def _unquote(text: str) -> str:
    """inspect's quoted string back to the string (the common escapes)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"`":
        body = text[1:-1]
        try:
            return json.loads('"' + body.replace('"', '\\"').replace("\\'", "'").replace("\\`", "`") + '"')
        except ValueError:
            return body
    return text


def _code_text(source: str, r: SourceRange) -> str:
    lines = source.splitlines()
    if r.start_line == r.end_line:
        return lines[r.start_line - 1][r.start_column:r.end_column]
    out = [lines[r.start_line - 1][r.start_column:]]
    out.extend(lines[r.start_line:r.end_line - 1])
    out.append(lines[r.end_line - 1][:r.end_column])
    return "\n".join(out)


def to_opt(trace) -> dict:
    return {"code": trace.source, "trace": _OptEncoder(trace).points()}
