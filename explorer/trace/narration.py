"""One plain-English sentence per step, in three sets of words.

Sentences are not stored: they are made on demand from the step's kind, its
small payload and the writes it made (the op log), so a million steps cost
nothing here until someone reads them.
"""

from __future__ import annotations

from bisect import bisect_right

from .graph import kept_envs, kept_slots
from .model import Ref, Terms
from .tape import (
    ABSENT,
    C_RESUMED,
    ELEM_SET,
    ENV_DEL,
    ENV_SET,
    FUNCTION_KINDS,
    GLOBAL_SET,
    K_ARGUMENTS,
    K_ARRAY,
    K_CLASS,
    OBJ_DEL,
    PROP_DEL,
    PROP_SET,
    QUEUE_DEL,
    R_NATIVE,
    R_SUSPENDED,
    R_THREW,
    S_ASSIGNED,
    S_CALL,
    S_CAUGHT,
    S_CLOSURE_CREATED,
    S_CONSOLE,
    S_CONTEXT_CREATED,
    S_DECLARED,
    S_ENTRY,
    S_ENTRY_RESULT,
    S_PROGRAM_END,
    S_PROGRAM_START,
    S_PROPERTY_WRITTEN,
    S_QUEUED,
    S_RELEASED,
    S_RETURN,
    S_STATEMENT,
    S_TASK_RUN,
    S_THROWN,
    T_REF,
    UNDEF,
    UNINIT,
)

WORDS = {
    Terms.HARD_PARTS: {
        "global": "Global Memory",
        "local": "Local Memory",
        "context": "execution context",
        "stack": "call stack",
    },
    Terms.SPEC: {
        "global": "the global Environment Record",
        "local": "Environment Record",
        "context": "execution context",
        "stack": "execution context stack",
    },
    Terms.DEVTOOLS: {
        "global": "the Global scope",
        "local": "Local scope",
        "context": "stack frame",
        "stack": "call stack",
    },
}


# steps whose sentence is about something else: a release the step made is added to it
_TELLS_NO_RELEASE = frozenset((S_STATEMENT, S_CALL, S_QUEUED, S_CONSOLE, S_CONTEXT_CREATED, S_CLOSURE_CREATED,
                               S_THROWN, S_CAUGHT, S_ENTRY, S_ENTRY_RESULT))


def _code(text: str, limit: int = 50) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    elif first != text.strip():
        first += " …"
    return f"`{first}`"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _names(names) -> str:
    return _join([f"`{n}`" for n in names])


class Narrator:
    def __init__(self, trace):
        self.trace = trace
        self.tape = trace.tape
        self.d = trace.describer

    # -------------------------------------------------------------- words
    def ctx_call(self, ctx: int) -> str:
        fn = self.tape.ctx_fn[ctx]
        return self.d.fn_call(fn) if fn else "the global code"

    def local_of(self, ctx: int, t: Terms) -> str:
        if ctx == 0:
            return WORDS[t]["global"]
        name = self.ctx_call(ctx)
        if t == Terms.HARD_PARTS:
            return f"{name}'s Local Memory" if name.endswith(")") else f"the Local Memory of {name}"
        if t == Terms.SPEC:
            return f"the Environment Record of {name}"
        return f"the Local scope of {name}"

    def backpack_of(self, fn_refs: list[str], t: Terms) -> str:
        """``fn_refs``: functions as ``fn_ref`` or a variable name in backticks."""
        who = _join(list(dict.fromkeys(fn_refs))) or "a function"
        if t == Terms.HARD_PARTS:
            return f"the backpack of {who}"
        if t == Terms.SPEC:
            return f"the Environment Record that {who}.[[Environment]] refers to"
        return f"the Closure scope of {who}"

    def env_place(self, eid: int, t: Terms, live_fns: list[str] | None = None) -> str:
        """Where an environment is, as a phrase: Global Memory / outer()'s Local Memory / the backpack of f."""
        tape = self.tape
        if eid == tape.global_env:
            return WORDS[t]["global"]
        ctx = tape.id_c[eid]
        kind = tape.scopes[tape.id_a[eid]].kind
        if live_fns:
            return self.backpack_of(live_fns, t)
        if tape.scopes[tape.id_a[eid]].owner_name == "static block":    # run as the class is made: no call
            return f"the memory of the {self.d.env_owner(eid)}"
        place = self.local_of(ctx, t)
        if kind not in ("function", "global"):
            word = {"for": "loop", "catch": "catch block", "class": "class body"}.get(kind, "block")
            return f"the {word} scope in {place}"
        return place

    # -------------------------------------------------------------- helpers
    def _ops(self, i: int):
        start, end = self.tape.step_range(i)
        tape = self.tape
        for p in range(start, end):
            yield p, tape.op[p], tape.oa[p], tape.ob[p], tape.oold[p], tape.onew[p]

    def _holder_names(self, i: int, eid: int) -> list[str]:
        """Names for the living functions that keep ``eid``: a variable they were just stored in, else their own."""
        state = self.trace.state_at(i)
        view = state.environments.get(eid)
        if view is None:
            return []
        names = []
        for fid in view.held_by:
            landed = self._landing_name(i, fid)
            names.append(f"`{landed}`" if landed else self.d.fn_ref(fid))
        return names

    def _landing_name(self, i: int, fid: int) -> str | None:
        """The variable a function value lands in within the next few steps."""
        tape = self.tape
        code = (fid << 3) | T_REF
        for j in range(i + 1, min(i + 4, len(tape))):
            for _p, op, a, b, _old, new in self._ops(j):
                if new == code:
                    if op == ENV_SET:
                        return self.d.binding_name(a, b)
                    if op == GLOBAL_SET:
                        return tape.keys[b]
        return None

    def _released(self, i: int) -> list[int]:
        return [a for _p, op, a, _b, _o, _n in self._ops(i) if op == ENV_DEL]

    def _released_sentence(self, i: int, t: Terms, skip=()) -> str:
        """A sentence about the backpacks released at this step (not function Local Memory in ``skip``)."""
        tape = self.tape
        envs = [e for e in self._released(i) if e not in skip]
        if not envs:
            return ""
        dead_fns = [a for _p, op, a, _b, _o, _n in self._ops(i) if op == OBJ_DEL and tape.id_kind[a] in FUNCTION_KINDS]
        groups: dict[tuple, list[str]] = {}     # holders -> names released with them
        for e in envs:
            sc = tape.scopes[tape.id_a[e]]
            holders = tuple(dict.fromkeys(self.d.fn_ref(f) for f in dead_fns if e in kept_envs(tape, f)))
            if not holders and sc.kind != "function":
                continue
            key = holders or (("static", e) if sc.owner_name == "static block" else ("local", tape.id_c[e]))
            groups.setdefault(key, []).extend(n for n, k in zip(sc.names, sc.decl_kinds) if k != "private")
        if not groups:
            return ""
        parts = []
        for key, names in groups.items():
            what = f" ({_names(list(dict.fromkeys(names)))})" if names else ""
            if key and key[0] == "local":
                parts.append(f"{self.local_of(key[1], t)}{what}")
            elif key and key[0] == "static":
                parts.append(f"{self.env_place(key[1], t)}{what}")
            else:
                parts.append(f"{self.backpack_of(list(key), t)}{what}")
        if dead_fns:
            lead = f"Nothing refers to {_join(list(dict.fromkeys(self.d.fn_ref(f) for f in dead_fns)))} any more, so "
        else:
            lead = "Nothing refers to it any more, so "
        return lead + _join(parts) + (" is" if len(parts) == 1 else " are") + " released."

    # -------------------------------------------------------------- sentences
    def sentence(self, i: int, t: Terms) -> str:
        tape = self.tape
        kind = tape.kinds[i]
        fn = {
            S_PROGRAM_START: self._program_start,
            S_CONTEXT_CREATED: self._context_created,
            S_STATEMENT: self._statement,
            S_CALL: self._call,
            S_RETURN: self._return,
            S_CLOSURE_CREATED: self._closure,
            S_DECLARED: self._write,
            S_ASSIGNED: self._write,
            S_PROPERTY_WRITTEN: self._property,
            S_CONSOLE: self._console,
            S_QUEUED: self._queued,
            S_TASK_RUN: self._task_run,
            S_THROWN: self._thrown,
            S_CAUGHT: self._caught,
            S_RELEASED: self._released_step,
            S_PROGRAM_END: self._program_end,
            S_ENTRY: self._entry,
            S_ENTRY_RESULT: self._entry_result,
        }[kind]
        s = fn(i, t)
        if kind in _TELLS_NO_RELEASE:      # a release at this step is told here, not in a step of its own
            extra = self._released_sentence(i, t)
            if extra:
                s = f"{s} {extra}"
        return s

    def _program_start(self, i, t):
        if t == Terms.DEVTOOLS:
            return "The script starts: the Global scope is set up and the global code is about to run."
        return f"The program starts. First the global execution context is created, with {WORDS[t]['global']}."

    def _context_created(self, i, t):
        tape = self.tape
        ctx = tape.payloads[i]
        eid = tape.ctx_env[ctx]
        items = []
        if ctx == 0:
            written = {b: new for _p, op, a, b, _old, new in self._ops(i) if op == GLOBAL_SET}
            for b in written:
                name = tape.keys[b]
                if tape.global_kinds.get(b) == "function":
                    items.append(f"`{name}` is stored whole (a function)")
                else:
                    items.append(f"`{name}` is hoisted as undefined")
            sc = tape.scopes[tape.id_a[eid]] if eid else None
            if sc is not None:
                entries = tape.console_entries
                if entries and i >= entries[0].start:     # a console entry's: the names it adds
                    slots = [b for _p, op, a, b, old, _n in self._ops(i) if op == ENV_SET and a == eid and old == ABSENT]
                else:
                    slots = range(tape.env_sizes.get(eid, len(sc.names)))
                for n, k in ((sc.names[s], sc.decl_kinds[s]) for s in slots):
                    if k in ("let", "const", "class"):
                        items.append(f"`{n}` exists but is <uninitialized>")
            what = "; ".join(items) if items else "it declares nothing"
            return f"Creation phase of the global {WORDS[t]['context']}: {what}."
        sc = tape.scopes[tape.id_a[eid]]
        vals = {}
        for _p, op, a, b, _old, new in self._ops(i):
            if op == ENV_SET and a == eid:
                vals[b] = new
        params = []
        made = tape.env_sizes.get(eid, len(sc.names))     # (names an eval added later are not hoisted)
        for s, (n, k) in enumerate(zip(sc.names[:made], sc.decl_kinds)):
            v = vals.get(s, UNINIT)
            if k == "param":
                params.append(f"`{n}` = {self.d.short(v)}")
            elif k == "arguments":
                items.append("`arguments` holds the arguments")
            elif k == "var":
                items.append(f"`{n}` is hoisted as undefined")
            elif k == "function":
                items.append(f"`{n}` is stored whole (a function)")
            elif k in ("let", "const", "class"):
                items.append(f"`{n}` exists but is <uninitialized>")
        if params:
            items.insert(0, f"the parameter{'s' if len(params) > 1 else ''} {_join(params)}")
        name = self.ctx_call(ctx)
        num = tape.ctx_num[ctx]
        call = f" (call #{num})" if num > 1 else ""
        new_mem = {Terms.HARD_PARTS: "a new execution context with its own Local Memory",
                   Terms.SPEC: "a new execution context and a new function Environment Record",
                   Terms.DEVTOOLS: "a new stack frame with its own Local scope"}[t]
        what = "; ".join(items) if items else "nothing is declared in it"
        return f"Creation phase of {name}{call}: {new_mem}; {what}."

    def _statement(self, i, t):
        li = self.tape.locs[i]
        if li < 0:
            return "The program goes on."
        loc = self.tape.locations[li]
        line = loc.range.start_line
        piece = loc.range.piece
        where = f"Line {line} of the {self.tape.pieces[piece][0]} code" if piece else f"Line {line}"
        if piece and self.tape.pieces[piece][0] == "console":
            entry = self.trace.entry_of_step(i)
            where = f"Console entry {entry.index + 1}" if entry is not None else "The console entry"
            if "\n" in self.tape.pieces[piece][1]:
                where += f", line {line},"
        if loc.node_type == "ArrowBody":
            return f"{where}: the arrow function computes {_code(loc.text)} and returns it."
        if loc.node_type.endswith("Statement") or loc.node_type.endswith("Declaration"):
            return f"{where} runs next: {_code(loc.text)}."
        if loc.node_type == "SwitchCase":      # a switch compares its value with each case in turn
            head = loc.text.split(":", 1)[0] if loc.text.startswith("case") else "default"
            return f"{where}: the switch checks {_code(head)}."
        return f"{where}: the loop evaluates {_code(loc.text)}."

    def _with_objects(self, i: int) -> list[tuple[int, str]]:
        """The objects of the with statements the running code is inside, innermost first: (id, name)."""
        state = self.trace.state_at(i)
        if not state.stack:
            return []
        tape = self.tape
        out = []
        for e in state.stack[-1].env_chain:
            view = state.environments.get(e)
            if view is not None and view.kind == "with":
                sc = tape.scopes[tape.id_a[e]]
                name = sc.owner_name[6:-1] if sc.owner_name.startswith("with (") else "its object"
                out.append((self._with_object(e), name))
        return out

    def _with_object(self, e: int) -> int:
        """The heap id of a with environment's object (its one slot, set when it was made)."""
        cache = self.__dict__.setdefault("_with_cache", {})
        oid = cache.get(e)
        if oid is None:
            tape = self.tape
            oid = cache[e] = next((tape.onew[p] >> 3 for p in range(len(tape.op))
                                   if tape.op[p] == ENV_SET and tape.oa[p] == e and tape.onew[p] & 7 == T_REF), 0)
        return oid

    def _callee_text(self, loc_i: int) -> str:
        if loc_i < 0:
            return ""
        text = self.tape.locations[loc_i].text
        head = text.split("(", 1)[0].strip()
        if head.startswith("new "):
            head = head[4:].strip()
        return head

    def _call(self, i, t):
        tape = self.tape
        items = list(tape.items(tape.payloads[i]))
        flags, fc, _this = items[0], items[1], items[2]
        args = items[3:]
        fid = fc >> 3
        name = self.d.function_name(fid)
        if flags & C_RESUMED:
            return (f"{self.d.fn_call(fid)} resumes where it paused: its {WORDS[t]['context']} is back on the "
                    f"{WORDS[t]['stack']}.")
        code = tape.codes[tape.id_a[fid]] if tape.id_kind[fid] in FUNCTION_KINDS else None
        params = [p for p in code.params] if code else []
        bound = []
        for k, v in enumerate(args):
            if k < len(params) and not params[k].startswith("..."):
                bound.append(f"{params[k]} = {self.d.short(v)}")
            else:
                bound.append(self.d.short(v))
        head = self._callee_text(tape.locs[i])
        if not head or not head.replace(".", "").replace("_", "").replace("$", "").isalnum():
            head = ""       # (function () { … })(): the function is called where it is written
        called = f"`{head}()`" if head else (f"`{name}()`" if name != "(anonymous)" else
                                            self.d.fn_ref(fid)[0].upper() + self.d.fn_ref(fid)[1:])
        alias = f" ({self.d.fn_ref(fid).strip('`') if name != '(anonymous)' else self.d.fn_ref(fid)})" \
            if head and head.split(".")[-1] != name else ""
        if alias and name != "(anonymous)":
            alias = f" (the function {name})"
        with_args = f" with {_join(bound)}" if bound else " with no arguments"
        verb = "is called" if tape.id_kind[fid] != K_CLASS else "is called with new"
        return (f"{called}{alias} {verb}{with_args}. Next, a new {WORDS[t]['context']} is created for it "
                f"on the {WORDS[t]['stack']}.")

    def _return(self, i, t):
        tape = self.tape
        ctx, vc, flags, fc = tape.items(tape.payloads[i])
        fid = fc >> 3
        name = self.d.fn_call(fid)
        if flags & R_NATIVE:
            head = self._callee_text(tape.locs[i]) or name[:-2]
            removed = [tape.jobs[a][2] for _p, op, a, _b, _o, _n in self._ops(i) if op == QUEUE_DEL]
            if removed:
                s = f"`{head}(…)` removes the pending job {_join([f'({r})' for r in removed])} from the queue."
            else:
                s = f"`{head}(…)` finishes and returns {self.d.short(vc)}."
            return " ".join(x for x in (s, self._released_sentence(i, t)) if x)
        ctx_word = WORDS[t]["context"]
        if flags & R_SUSPENDED:
            what = "its paused state"
            if vc & 7 == T_REF:
                return (f"{name} pauses and hands back {self.d.short(vc)}: its {ctx_word} leaves the "
                        f"{WORDS[t]['stack']}, but its {WORDS[t]['local']} is kept until it resumes.")
            return (f"{name} pauses: its {ctx_word} leaves the {WORDS[t]['stack']}, but {what} and its "
                    f"{WORDS[t]['local']} are kept until it resumes.")
        if flags & R_THREW:
            first = f"{name} stops: an exception leaves it."
        else:
            first = f"{name} returns {self.d.short(vc)}."
        released = self._released(i)
        fenv = tape.ctx_env[ctx] if ctx >= 0 else 0
        destroyed = {Terms.HARD_PARTS: "Its execution context is destroyed",
                     Terms.SPEC: "Its execution context is popped",
                     Terms.DEVTOOLS: "Its stack frame is popped"}[t]
        if ctx < 0 or not fenv:
            return f"{first} {destroyed}."
        state = self.trace.state_at(i)
        # the environments of this call that outlive it: its Local Memory, or a block of it (a closure
        # made inside `{ let secret … }` keeps only that block)
        kept_envs_ = [e.id for e in state.environments.values()
                      if e.held_by and e.released_at is None and not e.on_stack and tape.id_c[e.id] == ctx]
        lives = []
        dropped = []
        for e in kept_envs_:
            view = state.environments[e]
            kept = [b.name for b in view.bindings if b.captured]
            dropped += [b.name for b in view.bindings if not b.captured and b.name != "arguments"]
            lives.append(f"{_names(kept) or 'its variables'} {'lives' if len(kept) == 1 else 'live'} on in "
                         f"{self.backpack_of(self._holder_names(i, e), t)}")
        if fenv in released:
            second = f"{destroyed} and its {WORDS[t]['local']} is released"
            second += f", but {_join(lives)}" if lives else ": nothing refers to it any more"
        elif lives:
            second = f"{destroyed}, but {_join(lives)}"
        else:
            second = destroyed
        if lives and dropped:
            second += (f"; the variable{'' if len(dropped) == 1 else 's'} {_names(dropped)}, which no function "
                       f"uses, {'is' if len(dropped) == 1 else 'are'} "
                       f"dimmed: a real engine (V8) does not keep {'it' if len(dropped) == 1 else 'them'}")
        second += "."
        extra = self._released_sentence(i, t, skip={fenv})
        return " ".join(x for x in (first, second, extra) if x)

    def _closure(self, i, t):
        tape = self.tape
        fid = tape.payloads[i] >> 3
        name = self.d.function_name(fid)
        code = tape.codes[tape.id_a[fid]]
        if tape.id_kind[fid] == K_CLASS:
            return f"The class `{name}` is created."
        arrow = code.func_kind in ("arrow", "asyncarrow")
        if name == "(anonymous)":
            what = "An arrow function" if arrow else "An anonymous function"
        else:
            what = f"The {'arrow ' if arrow else ''}function `{name}`"
        this = " As an arrow, it has no `this` of its own: it uses the surrounding one, and keeps it alive." \
            if arrow and code.uses_this else ""
        kept = kept_slots(tape, fid)
        glob = ""
        if code.globals_used:
            glob = (f" It uses {_names(code.globals_used)} from {WORDS[t]['global']}: no backpack needed, every call "
                    f"will see {'its' if len(code.globals_used) == 1 else 'their'} value at that moment.")
        if not kept:
            if glob:
                return f"{what} is created.{glob}{this}"
            keeps = ", so its backpack keeps nothing" if t == Terms.HARD_PARTS and not this else ""
            return f"{what} is created. It uses no outer variables{keeps}.{this}"
        e, slots = kept[0]
        names = [self.d.binding_name(e, s) for s in slots]
        link = {Terms.HARD_PARTS: "Its backpack links it to",
                Terms.SPEC: "Its [[Environment]] is",
                Terms.DEVTOOLS: "Its Closure scope is"}[t]
        place = self.env_place(e, t)
        sc = tape.scopes[tape.id_a[e]]
        if sc.kind == "with":       # an object environment: what it uses are the object's properties
            obj = sc.owner_name[6:-1] if sc.owner_name.startswith("with (") else "its object"
            return (f"{what} is created inside a with statement. {link} the object environment of "
                    f"`{obj}`: a name it uses is looked up on that object first.{glob}{this}")
        return f"{what} is created. {link} {place}, where it uses {_names(names)}.{glob}{this}"

    def _write_op(self, i):
        tape = self.tape
        p = tape.payloads[i]
        return tape.op[p], tape.oa[p], tape.ob[p], tape.oold[p], tape.onew[p]

    def _write(self, i, t):
        tape = self.tape
        op, a, b, old, new = self._write_op(i)
        declared = tape.kinds[i] == S_DECLARED
        if op == GLOBAL_SET:
            name = tape.keys[b]
            place = WORDS[t]["global"]
            withs = self._with_objects(i) if declared and tape.global_kinds.get(b) == "implicit" else []
            if withs:
                objs = _join([f"`{w}`" for _oid, w in withs])
                s = (f"`{name}` was not found on {objs}, so it was created in {place} as an implicit global "
                     f"({self.d.short(new)}).")
            elif declared and tape.global_kinds.get(b) == "implicit":
                s = (f"`{name}` is assigned {self.d.short(new)} without a declaration: it becomes an "
                     f"implicit global in {place}.")
            elif declared:
                s = f"`{name}` is created in {place} with {self.d.short(new)}."
            else:
                s = f"`{name}` is now {self.d.short(new)} in {place}."
        else:
            name = self.d.binding_name(a, b)
            state = self.trace.state_at(i)
            view = state.environments.get(a)
            live = [self.d.fn_ref(f) for f in view.held_by] if view is not None and not view.on_stack \
                else []
            place = self.env_place(a, t, live)
            kind = tape.scopes[tape.id_a[a]].decl_kinds[b]
            loc = tape.locs[i]
            in_declaration = loc >= 0 and tape.locations[loc].node_type == "VariableDeclaration"
            if declared and b >= tape.env_sizes.get(a, b + 1):
                s = (f"The eval adds `{name}` to {place}: a `var` in sloppy eval code is declared in the "
                     f"function that called eval.")
            elif declared and kind == "function":
                s = f"`{name}` is stored in {place}: the whole function definition."
            elif declared or (in_declaration and old in (UNDEF, UNINIT)):
                s = f"`{name}` is initialised to {self.d.short(new)} in {place}."
            elif old == UNINIT or old == new:
                s = f"`{name}` is set to {self.d.short(new)} in {place}."
            else:
                s = f"`{name}` changes from {self.d.short(old)} to {self.d.short(new)} in {place}."
            alias = self._aliased_elements(i)
            if alias:
                s = f"{s} {alias}"
        extra = self._released_sentence(i, t)
        return f"{s} {extra}".strip()

    def _property(self, i, t):
        tape = self.tape
        oid, key, start = tape.items(tape.payloads[i])
        _s, end = tape.step_range(i)
        obj = self.d.object_name(oid)
        keyname = tape.keys[key]
        for p in range(start, end):
            op = tape.op[p]
            if op == PROP_DEL and tape.oa[p] == oid:
                return f"Property `{keyname}` is deleted from {obj}."
            if op in (PROP_SET, ELEM_SET) and tape.oa[p] == oid:
                new = tape.onew[p]
                if op == ELEM_SET or tape.id_kind[oid] == K_ARRAY and keyname.isdigit():
                    s = f"Element [{tape.ob[p] if op == ELEM_SET else keyname}] of {obj} is set to {self.d.short(new)}."
                else:
                    s = f"Property `{keyname}` of {obj} is set to {self.d.short(new)}."
                    found = [w for w_oid, w in self._with_objects(i) if w_oid == oid]
                    if found:
                        s = (f"`{keyname}` is found on `{found[0]}`, the object of the with statement: its "
                             f"property `{keyname}` is set to {self.d.short(new)}.")
                return " ".join(x for x in (s, self._aliased_params(i, start), self._released_sentence(i, t)) if x)
        private = keyname.strip("'")
        if private.startswith("#"):
            held = self.trace.state_at(i).heap.get(oid)
            v = next((v for role, v in held.internals if role == private), None) if held is not None else None
            if v is not None:
                what = self.d.short((v.id << 3) | T_REF) if isinstance(v, Ref) else v.text
                return f"The private field `{private}` of {obj} is set to {what}."
            return f"The private field `{private}` of {obj} is written."
        return f"Property `{keyname}` of {obj} is written."

    def _aliased_params(self, i: int, start: int) -> str:
        """A write to a sloppy function's arguments object that also changed the parameters it aliases."""
        _s, end = self.tape.step_range(i)
        tape = self.tape
        names = [(self.d.binding_name(tape.oa[p], tape.ob[p]), tape.onew[p])
                 for p in range(start, end) if tape.op[p] == ENV_SET]
        if not names:
            return ""
        what = _join([f"`{n}` is {self.d.short(v)}" for n, v in names])
        return (f"In a sloppy-mode function an element of `arguments` and its parameter are one variable, "
                f"so {what} too.")

    def _aliased_elements(self, i: int) -> str:
        """An assignment to a parameter that also changed the arguments element mapped to it."""
        tape = self.tape
        items = [f"`arguments[{b}]`" for _p, op, a, b, _o, _n in self._ops(i)
                 if op == ELEM_SET and tape.id_kind[a] == K_ARGUMENTS]
        if not items:
            return ""
        return (f"In a sloppy-mode function a parameter and its element of `arguments` are one variable, "
                f"so {_join(items)} changes with it.")

    def _console(self, i, t):
        line = self.tape.console[self.tape.payloads[i]]
        fn = "console.error" if line.stream == "stderr" else "console.log"
        text = line.text if len(line.text) <= 60 else line.text[:59] + "…"
        return f"{fn} prints: {text}"

    def _queued(self, i, t):
        kind, _id, label, delay = self.tape.jobs[self.tape.payloads[i]][:4]
        if kind == "microtask":
            return (f"A microtask is queued ({label}): it will run as soon as the {WORDS[t]['stack']} "
                    f"is empty, before any timer.")
        when = f" (due at {delay:g} ms on the program's clock)" if delay else ""
        return (f"A {'repeating timer' if kind == 'interval' else 'timer'} is set ({label}): its callback "
                f"waits in the task queue{when} and runs only once the {WORDS[t]['stack']} is empty.")

    def _task_run(self, i, t):
        kind, _id, label = self.tape.jobs[self.tape.payloads[i]][:3]
        queue = "microtask queue" if kind == "microtask" else "task queue"
        s = f"The {WORDS[t]['stack']} is empty, so the event loop takes the next job from the {queue}: {label}."
        return f"{s} {self._released_sentence(i, t)}".strip()

    def _error_text(self, i, code) -> str:
        if code & 7 != T_REF:
            return self.d.short(code)
        obj = self.trace.state_at(i).heap.get(code >> 3)
        if obj is None:
            return self.d.short(code)
        msg = next((p.value.text for p in obj.properties if p.key == "message" and p.value is not None), None)
        if obj.kind == "error":
            text = obj.label
            if msg:
                text += ": " + msg.strip("'\"")
            return text
        return self.d.short(code)

    def _thrown(self, i, t):
        return f"An exception is thrown: {self._error_text(i, self.tape.payloads[i])}."

    def _caught(self, i, t):
        return (f"The catch block catches the exception ({self._error_text(i, self.tape.payloads[i])}); "
                f"the program goes on from there.")

    def _released_step(self, i, t):
        s = self._released_sentence(i, t)
        if s:
            return s
        return "Memory that nothing refers to any more is released."

    def _entry(self, i, t):
        code = self.tape.console_entries[self.tape.payloads[i]].code
        text = code if len(code) <= 60 and "\n" not in code else code.split("\n")[0][:59] + "…"
        return (f"Console entry {self.tape.payloads[i] + 1}: `{text}` runs after the program, in the same "
                f"{WORDS[t]['global']}: every variable and {'closure' if t == Terms.DEVTOOLS else 'backpack'} "
                "is as the program left it.")

    def _entry_result(self, i, t):
        tape = self.tape
        j = bisect_right(tape.console_steps, i)
        line = next((c for c in reversed(tape.console[:j]) if c.stream in ("result", "error") and c.step == i), None)
        if line is None:
            return "The console shows the entry's value."
        text = line.text.split("\n")[0]
        text = text if len(text) <= 60 else text[:59] + "…"
        if line.stream == "error":
            return f"The entry stops with an uncaught error; the console shows {text}. The next entry still runs."
        return f"The console shows the entry's value: {text}."

    def _program_end(self, i, t):
        tr = self.trace
        outcome = tr.outcome.value
        if outcome == "completed":
            return f"The program has finished. {self._released_sentence(i, t)}".strip()
        if outcome == "uncaught-error":
            return f"The program stops with an uncaught error: {tr.error_message}."
        if outcome == "step-limit":
            return f"The recording stops here. {tr.error_message}"
        if outcome == "preview":
            return (f"The first {i:,} steps end here: the window shows them while the rest of the run "
                    "is recorded.")
        return "The recording was cancelled here; everything before it can be explored."

