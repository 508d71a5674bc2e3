"""A Trace as text, as JSON (our format, docs/trace-format.md), or as an Online Python Tutor trace."""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import IO

from .model import MemoryState, Primitive, Ref, SourceRange, StepKind, Terms

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

_EVENTS = {
    StepKind.CALL: "call",
    StepKind.CONTEXT_CREATED: "call",
    StepKind.RETURN: "return",
    StepKind.THROWN: "exception",
}


class _OptEncoder:
    """One execution point in OPT's format (pg_encoder's conventions, as its JavaScript backend uses them)."""

    def __init__(self, trace):
        self.trace = trace
        self.source = trace.source

    def value(self, v, st: MemoryState):
        if isinstance(v, Ref):
            return ["REF", v.id]
        t, text = v.type, v.text
        if t == "number":
            if text in ("NaN", "Infinity", "-Infinity"):
                return ["SPECIAL_FLOAT", text]
            try:
                f = float(text)
            except ValueError:
                return ["JS_SPECIAL_VAL", text]
            return int(f) if f.is_integer() and "e" not in text and "." not in text and text != "-0" else f
        if t == "string":
            return _unquote(text)
        return ["JS_SPECIAL_VAL", text]

    def heap_object(self, h, st: MemoryState, frame_of: dict):
        def val(v):
            return self.value(v, st)
        props = [[p.key, val(p.value) if p.value is not None else ["JS_SPECIAL_VAL", "[Getter/Setter]"]]
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

    def point(self, i: int) -> dict:
        trace = self.trace
        st = trace.state_at(i)
        kind = trace.kind(i)
        loc = trace.tape.locs[i]
        r = trace.tape.locations[loc].range if loc >= 0 else None
        # frames: one per function context on the stack (its blocks folded in), then the backpacks (zombies)
        frame_of: dict[int, int] = {}
        frames = []
        for c in st.stack[1:] if st.stack and st.stack[0].function is None else st.stack:
            own = []
            for e in c.env_chain:
                own.append(e)
                if st.environments[e].kind == "function":
                    break
            fid = own[-1]
            for e in own:
                frame_of[e] = fid
            frames.append(("stack", c, own, fid))
        for e, view in st.environments.items():
            if view.kind != "global" and not view.on_stack and view.released_at is None:
                frame_of[e] = e
                frames.append(("zombie", view, [e], e))
        parents = {h.scope for h in st.heap.values() if h.scope is not None}
        parent_frames = {frame_of[e] for e in parents if e in frame_of}
        rendered = []
        for n, (what, who, own, fid) in enumerate(frames):
            locals_ = {}
            order = []
            for e in reversed(own):
                for b in st.environments[e].bindings:
                    if b.name not in locals_:
                        order.append(b.name)
                    locals_[b.name] = self.value(b.value, st)
            if what == "stack":
                name = who.name[:-2] if who.name.endswith("()") else who.name
                chain = [frame_of[e] for e in who.env_chain[len(own):] if e in frame_of and frame_of[e] != fid]
            else:
                name = who.owner.split("(")[0].split(" in ")[-1]
                chain = []
                p = who.parent
                while p is not None and p in st.environments and st.environments[p].kind != "global":
                    if p in frame_of:
                        chain.append(frame_of[p])
                    p = st.environments[p].parent
            zombie = what == "zombie"
            is_parent = fid in parent_frames
            h = f"{name}_f{fid}" + ("_p" if is_parent else "") + ("_z" if zombie else "")
            rendered.append({
                "func_name": name,
                "frame_id": fid,
                "is_highlighted": what == "stack" and n == sum(1 for f in frames if f[0] == "stack") - 1,
                "is_parent": is_parent,
                "is_zombie": zombie,
                "parent_frame_id_list": list(dict.fromkeys(chain)),
                "unique_hash": h,
                "ordered_varnames": order,
                "encoded_locals": locals_,
            })
        globals_ = {}
        ordered = []
        for b in st.global_memory:
            ordered.append(b.name)
            globals_[b.name] = self.value(b.value, st)
        heap = {str(o): self.heap_object(h, st, frame_of) for o, h in st.heap.items()}
        event = _EVENTS.get(kind, "step_line")
        if kind == StepKind.PROGRAM_END and trace.outcome.value == "uncaught-error":
            event = "uncaught_exception"
        elif kind == StepKind.PROGRAM_END and trace.outcome.value == "step-limit":
            event = "instruction_limit_reached"
        point = {
            "line": r.start_line if r is not None else (trace.error_range.start_line
                                                        if kind == StepKind.PROGRAM_END and trace.error_range
                                                        else 0),
            "col": r.start_column if r is not None else 0,
            "event": event,
            "func_name": (st.stack[-1].name[:-2] if st.stack and st.stack[-1].function is not None else ""),
            "globals": globals_,
            "ordered_globals": ordered,
            "stack_to_render": rendered,
            "heap": heap,
            "stdout": "".join(("> " if line.stream == "input" else "") + line.text + "\n"
                              for line in st.console if line.stream != "stderr"),
        }
        if event in ("exception", "uncaught_exception", "instruction_limit_reached"):
            point["exception_msg"] = trace.error_message or trace.narration(i)
        return point


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
    enc = _OptEncoder(trace)
    return {"code": trace.source, "trace": [enc.point(i) for i in range(len(trace))]}
