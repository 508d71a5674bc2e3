"""Turn a ``World`` (value codes) into the frozen ``MemoryState`` the views read."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .encoder import format_primitive
from .graph import kept_envs, kept_slots, reachable
from .model import (
    Binding,
    Change,
    ContextView,
    EnvironmentView,
    HeapObject,
    MemoryState,
    Phase,
    Primitive,
    Property,
    QueuedJob,
    Ref,
    SourceRange,
)
from .tape import (
    CONST_NAMES,
    ELEM_LEN,
    ELEM_SET,
    ENV_DEL,
    ENV_SET,
    FALSE_C,
    FUNCTION_KINDS,
    GETSET,
    GETTER,
    GLOBAL_SET,
    HOLE_C,
    K_ARGUMENTS,
    K_ARRAY,
    K_BUILTIN,
    K_CLASS,
    K_ENV,
    K_MAP,
    K_NATIVE,
    K_PROMISE,
    K_SET,
    K_WEAK,
    KIND_NAMES,
    NULL_C,
    OBJ_NEW,
    PROP_DEL,
    PROP_SET,
    S_THROWN,
    SETTER,
    T_FLOAT,
    T_INT,
    T_OTHER,
    T_REF,
    T_STR,
    TRUE_C,
    UNDEF,
    UNINIT,
    Tape,
)
from .world import CREATION, OBJ_ELEMS, OBJ_ENTRIES, OBJ_EXTRA, OBJ_HELD, OBJ_PROPS, World

_CONST_TYPES = {UNDEF: "undefined", NULL_C: "null", FALSE_C: "boolean", TRUE_C: "boolean",
                UNINIT: "uninitialized", HOLE_C: "empty", GETTER: "accessor", SETTER: "accessor",
                GETSET: "accessor"}
ENV_KINDS = {"global": "global", "function": "function", "block": "block", "for": "block",
             "switch": "block", "catch": "catch", "class": "class", "funcname": "block", "with": "with",
             "eval": "block"}
_BLOCK_WORDS = {"block": "block", "for": "loop", "switch": "switch", "catch": "catch block",
                "class": "class body", "funcname": "name binding", "eval": "eval code"}


class Describer:
    """Decodes value codes and names things; shared by views, narration and export."""

    def __init__(self, tape: Tape):
        self.tape = tape
        self._values: dict[int, object] = {}
        self._owners: dict[int, str] = {}

    # -------------------------------------------------------------- values
    def value(self, code: int):
        v = self._values.get(code)
        if v is not None:
            return v
        tag = code & 7
        tape = self.tape
        if tag == T_REF:
            v = Ref(code >> 3)
        elif tag == T_INT:
            v = Primitive("number", format_primitive(float(code >> 3)))
        elif tag == T_FLOAT:
            v = Primitive("number", format_primitive(tape.floats[code >> 3]))
        elif tag == T_STR:
            v = Primitive("string", format_primitive(tape.strings[code >> 3]))
        elif tag == T_OTHER:
            typ, text = tape.others[code >> 3]
            v = Primitive(typ, text)
        else:
            v = Primitive(_CONST_TYPES.get(code, "undefined"), CONST_NAMES.get(code, "undefined"))
        if len(self._values) > 200_000:
            self._values.clear()
        self._values[code] = v
        return v

    def raw(self, code: int):
        """The Python value of a primitive code (for JSON export)."""
        tag = code & 7
        tape = self.tape
        if tag == T_INT:
            return code >> 3
        if tag == T_FLOAT:
            return tape.floats[code >> 3]
        if tag == T_STR:
            return tape.strings[code >> 3]
        return None

    def short(self, code: int) -> str:
        """A value as a sentence shows it: ``5``, ``'hi'``, ``the function `increment```, ``an array``.

        A function is named as one ("`baz` is initialised to the function `bar`"), so that its name
        is not read as a variable's.
        """
        tag = code & 7
        if tag == T_REF:
            oid = code >> 3
            kind = self.tape.id_kind[oid]
            if kind in FUNCTION_KINDS:
                name = self.function_name(oid)
                if name == "(anonymous)":
                    return "an anonymous function"
                return f"the {'class' if kind == K_CLASS else 'function'} `{name}`"
            return self.object_name(oid)
        text = self.value(code).text
        return text if len(text) <= 40 else text[:37] + "…"

    # -------------------------------------------------------------- names
    def function_name(self, fid: int) -> str:
        tape = self.tape
        if tape.id_kind[fid] in FUNCTION_KINDS:
            name = tape.strings[tape.id_c[fid]]
            return name or tape.codes[tape.id_a[fid]].display_name
        label = tape.strings[tape.id_a[fid]]
        return label[2:] if label.startswith("ƒ ") else label

    def fn_ref(self, fid: int) -> str:
        """A function as a sentence names it: `outer`, or the anonymous function from line 9."""
        name = self.function_name(fid)
        tape = self.tape
        if name == "(anonymous)" and tape.id_kind[fid] in FUNCTION_KINDS:
            code = tape.codes[tape.id_a[fid]]
            what = "arrow function" if code.func_kind in ("arrow", "asyncarrow") else "anonymous function"
            if code.loc >= 0:
                return f"the {what} from line {tape.locations[code.loc].range.start_line}"
            return f"an {what}"
        return f"`{name}`"

    def fn_call(self, fid: int) -> str:
        """``outer()``, or the anonymous function from line 9."""
        ref = self.fn_ref(fid)
        return f"{ref[1:-1]}()" if ref.startswith("`") else ref

    def object_name(self, oid: int) -> str:
        tape = self.tape
        k = tape.id_kind[oid]
        if k in FUNCTION_KINDS:
            return self.function_name(oid)
        if k in (K_BUILTIN, K_NATIVE):
            name = self.function_name(oid)
            if name.startswith("bound ") and k == K_NATIVE:
                # made by bind: it calls its target with a fixed `this` (and any first arguments)
                return f"the bound function `{name}` (it calls `{name[6:]}` with its `this` fixed)"
            return name
        label = tape.strings[tape.id_a[oid]]
        if k in (K_ARRAY, K_ARGUMENTS):
            return "an array" if k == K_ARRAY else "the arguments object"
        if label == "Object":
            return "an object"
        if not label[:1].isalpha():
            return label
        return f"{'an' if label[0] in 'AEIOU' else 'a'} {label} object"

    def ctx_name(self, ctx: int) -> str:
        fn = self.tape.ctx_fn[ctx]
        return f"{self.function_name(fn)}()" if fn else "Global"

    def owner(self, ctx: int) -> str:
        if ctx == 0:
            return "global"
        tape = self.tape
        fn = tape.ctx_fn[ctx]
        name = self.ctx_name(ctx)
        if fn and tape.id_kind[fn] in FUNCTION_KINDS and self.function_name(fn) == "(anonymous)":
            where = self.loc_range(tape.codes[tape.id_a[fn]].loc)
            if where is not None:
                name = f"function on line {where.start_line},"     # which one, as the narration says
        return f"{name} call #{tape.ctx_num[ctx]}"

    def env_owner(self, eid: int) -> str:
        text = self._owners.get(eid)
        if text is None:
            text = self._owners[eid] = self._env_owner(eid)
        return text

    def _env_owner(self, eid: int) -> str:
        tape = self.tape
        sc = tape.scopes[tape.id_a[eid]]
        if sc.owner_name == "static block":    # run as the class is made (in its class scope): not a call
            parent = tape.id_b[eid]
            cls = tape.scopes[tape.id_a[parent]].owner_name if parent else ""
            return f"static block of {cls}" if cls.startswith("class ") else "static block"
        base = self.owner(tape.id_c[eid])
        if sc.kind in ("global", "function"):
            if sc.kind == "function" and tape.id_c[eid] == 0:
                return sc.owner_name or base
            return base
        word = _BLOCK_WORDS.get(sc.kind, "block")
        if sc.kind in ("class", "with") and sc.owner_name:
            word = sc.owner_name
        return f"{word} in {base if base != 'global' else 'the global code'}"

    def binding_name(self, eid: int, slot: int) -> str:
        tape = self.tape
        return tape.scopes[tape.id_a[eid]].names[slot]

    def loc_range(self, loc: int) -> SourceRange | None:
        return self.tape.locations[loc].range if loc >= 0 else None


HEAP_CACHE_SIZE = 50_000


class StateBuilder:
    def __init__(self, tape: Tape, describer: Describer):
        self.tape = tape
        self.d = describer
        # id -> (props, elems, entries, extra, proto shown, HeapObject): an object unchanged between two
        # states gives the same view (a long array is not rebuilt at every step)
        self._heap_cache: dict[int, tuple] = {}
        self._env_cache: dict[int, tuple] = {}
        self._kept: dict[int, list] = {}          # function id -> kept_slots (fixed when it is made)

    def build(self, world: World, i: int) -> MemoryState:
        tape = self.tape
        envs_alive, objs_alive = reachable(world, tape)
        id_kind = tape.id_kind
        held: dict[int, list[int]] = {}
        captured: dict[int, set[int]] = {}
        paused = set(world.suspended)         # contexts paused at await (a generator's: below)
        kept_of = self._kept
        for o in sorted(objs_alive):
            if id_kind[o] in FUNCTION_KINDS:
                kept = kept_of.get(o)
                if kept is None:
                    kept = kept_of[o] = kept_slots(tape, o)
                for e, slots in kept:
                    held.setdefault(e, []).append(o)
                    captured.setdefault(e, set()).update(slots)
                    if e in tape.env_sizes:      # vars an eval added after fn was made: by name
                        self._grown_captured(o, e, captured[e])
                if not kept and id_kind[o] == K_CLASS:
                    e = self._field_scope(world.objs.get(o))     # a class keeps the scope its fields start in
                    if e:
                        held.setdefault(e, []).append(o)
                continue
            m = world.objs.get(o)
            e = m[OBJ_HELD] if m is not None else 0
            if e:
                paused.add(tape.id_c[e])
            while e and e in world.envs:      # a paused generator holds its context's environments
                held.setdefault(e, []).append(o)
                parent = tape.id_b[e]
                e = parent if parent and tape.id_c[parent] == tape.id_c[e] else 0
        frame_ctxs = {f[0] for f in world.frames}
        global_env = tape.global_env
        global_memory = self._global_memory(world)

        environments = {}
        for e in sorted(envs_alive):
            if e == global_env:
                environments[e] = EnvironmentView(e, "global", "global", None, global_memory,
                                                  bool(world.frames) and world.frames[0][0] == 0, ())
                continue
            ctx = tape.id_c[e]
            is_paused = ctx in paused and ctx not in frame_ctxs
            awaits = self._awaited(ctx, i, objs_alive) if is_paused and ctx in tape.awaited else None
            environments[e] = self._env_view(e, world.envs[e], world, captured.get(e, ()), ctx in frame_ctxs,
                                             tuple(held.get(e, ())), paused=is_paused, awaits=awaits)
        start, end = tape.step_range(i) if i < len(tape) else (world.pos, world.pos)
        released = []
        for p in range(start, end):
            if tape.op[p] == ENV_DEL:
                e = tape.oa[p]
                if e in world.envs:
                    continue      # released and made again within the step: not released
                released.append(e)
                environments[e] = self._env_view(e, list(tape.saved[tape.oold[p]]), world, (), False, (),
                                                 released_at=i)
        heap = {o: self._heap_view(o, world, objs_alive) for o in sorted(objs_alive)}
        stack = tuple(self._context_view(f, world) for f in world.frames)
        queues = tuple(self._job(row, world) for row in world.queue)
        n_console = bisect_right(tape.console_steps, i)
        return MemoryState(
            step=i,
            global_memory=global_memory,
            stack=stack,
            environments=environments,
            heap=heap,
            queues=queues,
            console=tuple(tape.console[:n_console]),
            changed=self._changes(start, end),
            released=tuple(released),
            thrown=self.d.value(tape.payloads[i]) if i < len(tape) and tape.kinds[i] == S_THROWN else None,
        )

    # -------------------------------------------------------------- parts
    def _global_memory(self, world: World) -> tuple[Binding, ...]:
        tape = self.tape
        value = self.d.value
        out = []
        g = tape.global_env
        if g and g in world.envs:
            sc = tape.scopes[tape.id_a[g]]
            vals = world.envs[g]
            for s in range(len(vals)):       # (an environment an eval grew is shorter before it did)
                out.append(Binding(sc.names[s], sc.decl_kinds[s], value(vals[s])))
        for k, c in world.globals.items():
            out.append(Binding(tape.keys[k], tape.global_kinds.get(k, "var"), value(c)))
        return tuple(out)

    def _display_parent(self, e: int, world: World) -> int | None:
        tape = self.tape
        p = tape.id_b[e]
        while p and p not in world.envs:
            p = tape.id_b[p]
        if not p and e != tape.global_env and tape.global_env in world.envs:
            return tape.global_env
        return p or None

    def _awaited(self, ctx: int, i: int, alive) -> int | None:
        """The promise the paused call ``ctx`` waits for at step ``i`` (its latest await before it)."""
        found = None
        for step, promise in self.tape.awaited[ctx]:
            if step > i:
                break
            found = promise
        return found if found and found in alive else None

    def _env_view(self, e, vals, world, captured, on_stack, held_by, released_at=None,
                  paused=False, awaits=None) -> EnvironmentView:
        parent = self._display_parent(e, world)
        tape = self.tape
        if tape.scopes[tape.id_a[e]].kind == "with":
            return self._with_view(e, vals, world, parent, on_stack, held_by, released_at)
        key = (tuple(vals), frozenset(captured), bool(on_stack), held_by, parent, released_at, paused, awaits)
        hit = self._env_cache.get(e)
        if hit is not None and hit[0] == key:
            return hit[1]
        tape = self.tape
        value = self.d.value
        sc = tape.scopes[tape.id_a[e]]
        names = sc.names
        kinds = sc.decl_kinds
        # a class's private names (`#count`) are not variables: each instance holds its own field (its internals)
        bindings = tuple(Binding(names[s], kinds[s], value(vals[s]), s in captured) for s in range(len(vals))
                         if kinds[s] != "private")
        view = EnvironmentView(e, ENV_KINDS.get(sc.kind, "block"), self.d.env_owner(e), parent, bindings,
                               bool(on_stack), held_by, released_at, paused, awaits)
        cache = self._env_cache
        if len(cache) >= HEAP_CACHE_SIZE:
            cache.clear()
        cache[e] = (key, view)
        return view

    def _grown_captured(self, fn: int, e: int, slots: set) -> None:
        tape = self.tape
        names = tape.codes[tape.id_a[fn]].captured
        sc = tape.scopes[tape.id_a[e]]
        slots.update(j for j in range(tape.env_sizes[e], len(sc.names)) if sc.names[j] in names)

    def _with_view(self, e, vals, world, parent, on_stack, held_by, released_at) -> EnvironmentView:
        """A with statement's object environment: its rows are its object's own properties, as they are
        now (a name the body uses is looked up there first)."""
        tape = self.tape
        value = self.d.value
        rows = []
        code = vals[0] if vals else UNINIT
        m = world.objs.get(code >> 3) if code & 7 == T_REF else None
        if m is not None:
            for key, c in m[OBJ_PROPS].items():
                acc = c in (GETTER, SETTER, GETSET)
                rows.append(Binding(tape.keys[key], "property", value(GETTER if acc else c), True))
            if m[OBJ_ELEMS] is not None and tape.id_kind[code >> 3] == K_ARRAY:
                rows.extend(Binding(str(j), "property", value(c), True) for j, c in enumerate(m[OBJ_ELEMS]))
        return EnvironmentView(e, "with", self.d.env_owner(e), parent, tuple(rows), bool(on_stack), held_by,
                               released_at)

    def _context_view(self, frame, world: World) -> ContextView:
        ctx, phase, env = frame
        tape = self.tape
        value = self.d.value
        fn = tape.ctx_fn[ctx]
        chain = []
        e = env
        while e and e in world.envs and tape.id_c[e] == ctx:
            chain.append(e)
            e = tape.id_b[e]
        if fn:
            chain.extend(k for k in kept_envs(tape, fn) if k in world.envs and k not in chain)
        g = tape.global_env
        if g and g not in chain and g in world.envs:
            chain.append(g)
        off = tape.ctx_args[ctx]
        args = tuple(value(c) for c in tape.items(off)) if off else ()
        loc = tape.ctx_loc[ctx]
        code = tape.codes[tape.id_a[fn]] if fn and tape.id_kind[fn] in FUNCTION_KINDS else None
        this = tape.ctx_this[ctx]
        this_is_global = this & 7 == T_REF and tape.id_kind[this >> 3] == K_BUILTIN and \
            tape.strings[tape.id_a[this >> 3]] == "globalThis"
        return ContextView(
            name=self.d.ctx_name(ctx),
            call_line=tape.locations[loc].range.start_line if loc >= 0 else None,
            call_piece=tape.locations[loc].range.piece if loc >= 0 else 0,
            phase=Phase.CREATION if phase == CREATION else Phase.EXECUTION,
            this=value(tape.ctx_this[ctx]),
            arguments=args if fn else None,
            env_chain=tuple(chain),
            function=fn or None,
            uses_this=bool(code is not None and code.uses_this),
            uses_arguments=bool(code is not None and code.uses_arguments
                                and code.func_kind not in ("arrow", "asyncarrow")),
            this_is_global=this_is_global,
        )

    def _heap_view(self, o: int, world: World, alive) -> HeapObject:
        m = world.objs[o]
        proto = self.tape.id_b[o] if self.tape.id_kind[o] not in FUNCTION_KINDS else 0
        proto = proto if proto and proto in alive else None
        hit = self._heap_cache.get(o)
        if hit is not None and hit[2] == m[OBJ_ENTRIES] and hit[3] == m[OBJ_EXTRA] and hit[4] == proto \
                and hit[0] == m[OBJ_PROPS] and hit[1] == m[OBJ_ELEMS] and self.tape.id_kind[o] != K_WEAK:
            h = hit[5]
        else:
            h = self._make_heap_view(o, m, proto, alive)
            cache = self._heap_cache
            if len(cache) >= HEAP_CACHE_SIZE:
                cache.clear()
            cache[o] = (dict(m[OBJ_PROPS]), None if m[OBJ_ELEMS] is None else list(m[OBJ_ELEMS]), m[OBJ_ENTRIES],
                        m[OBJ_EXTRA], proto, h)
        if h.kind == "generator":      # its state changes while its properties stay: not part of the cached view
            return self._generator_view(h, m, world)
        return h

    def _generator_view(self, h: HeapObject, m: list, world: World) -> HeapObject:
        """A generator object's [[GeneratorState]], and while it is suspended the memory it will carry on in."""
        top = m[OBJ_HELD]
        if not top or top not in world.envs:
            return replace(h, state="closed")
        if any(f[0] == self.tape.id_c[top] for f in world.frames):
            return replace(h, state="running")
        return replace(h, state="suspended", scope=top)

    def _make_heap_view(self, o: int, m: list, proto: int | None, alive) -> HeapObject:
        tape = self.tape
        value = self.d.value
        k = tape.id_kind[o]
        hidden = tape.hidden_keys
        props = []
        for key, c in m[OBJ_PROPS].items():
            acc = c in (GETTER, SETTER, GETSET)
            props.append(Property(tape.keys[key], None if acc else value(c),
                                  getter=c in (GETTER, GETSET), setter=c in (SETTER, GETSET),
                                  enumerable=(o, key) not in hidden))
        kind = KIND_NAMES.get(k, "other")
        internals = self._internals(o, m)
        if k in FUNCTION_KINDS:
            code = tape.codes[tape.id_a[o]]
            name = self.d.function_name(o)
            kept = kept_envs(tape, o)
            label = f"class {name}" if k == K_CLASS else f"ƒ {name}"
            scope = kept[0] if kept else (self._field_scope(m) or None if k == K_CLASS else None)
            return HeapObject(o, kind, label, tuple(props), name=name, params=code.params,
                              source=self.d.loc_range(code.loc),
                              scope=scope, captured=code.captured, internals=internals)
        label = tape.strings[tape.id_a[o]]
        elements = ()
        entries = ()
        state = ""
        result = None
        if k in (K_MAP, K_SET):
            codes = m[OBJ_ELEMS]
            entries = tuple((value(codes[j]), value(codes[j + 1])) for j in range(0, len(codes) - 1, 2))
            label = f"{label}({len(entries)})"
        elif k == K_WEAK:
            # only the entries whose key is alive: the others are garbage (the map does not hold them)
            codes = m[OBJ_ELEMS]
            entries = tuple((value(codes[j]), value(codes[j + 1])) for j in range(0, len(codes) - 1, 2)
                            if codes[j] & 7 == T_REF and (codes[j] >> 3) in alive)
        elif m[OBJ_ELEMS] is not None:
            elements = tuple(value(c) for c in m[OBJ_ELEMS])
            label = f"{label}({len(elements)})" if k == K_ARRAY else label
        settles = None
        if k == K_PROMISE:
            st, rc = tape.extras[m[OBJ_EXTRA]][:2]
            state = st or "pending"
            result = value(rc) if state != "pending" else None
        elif k == K_NATIVE and m[OBJ_ENTRIES] and label in ("ƒ resolve", "ƒ reject"):
            # a promise's resolving function holds its promise (the recorder names these two)
            settles = next((c >> 3 for c in tape.entries[m[OBJ_ENTRIES]]
                            if c & 7 == T_REF and tape.id_kind[c >> 3] == K_PROMISE), None)
        return HeapObject(o, kind, label, tuple(props), elements, entries, state=state, result=result,
                          proto=proto, name=self.d.function_name(o) if k == K_NATIVE else "", settles=settles,
                          internals=internals)

    def _field_scope(self, m: list | None) -> int:
        """The class scope a class keeps for its field initialisers (its [[Fields]] entry), or 0."""
        if m is None or not m[OBJ_ENTRIES]:
            return 0
        tape = self.tape
        return next((c >> 3 for c in tape.entries[m[OBJ_ENTRIES]] if c & 7 == T_REF and tape.id_kind[c >> 3] == K_ENV), 0)

    def _internals(self, o: int, m: list) -> tuple:
        """(role, value) for what the object holds besides properties and elements; a promise's
        waiting reactions as [[PromiseReactions]] (their handlers and the promises they settle)."""
        tape = self.tape
        value = self.d.value
        out = []
        if m[OBJ_ENTRIES]:
            for role, c in zip(tape.entry_roles[m[OBJ_ENTRIES]], tape.entries[m[OBJ_ENTRIES]]):
                if c & 7 == T_REF and tape.id_kind[c >> 3] == K_ENV:
                    continue            # a class's field scope: drawn as the environment it is
                out.append((role, value(c)))
        if tape.id_kind[o] == K_PROMISE and m[OBJ_EXTRA]:
            st, _rc, held = tape.extras[m[OBJ_EXTRA]]
            if st in ("", "pending"):
                out.extend(("[[PromiseReactions]]", value(c)) for c in held)
        return tuple(out)

    def _job(self, row: int, world: World) -> QueuedJob:
        kind, job_id, label, delay, _held, fn, env = self.tape.jobs[row]
        return QueuedJob(kind, job_id, label, delay, fn or None, env if env in world.envs else None)

    def _changes(self, start: int, end: int) -> tuple[Change, ...]:
        tape = self.tape
        out = []
        seen = set()
        new_objs = set()
        for p in range(start, end):
            op = tape.op[p]
            a = tape.oa[p]
            if op == OBJ_NEW:
                new_objs.add(a)
                continue
            if op == ENV_SET:
                ch = Change("env", a, self.d.binding_name(a, tape.ob[p]))
            elif op == GLOBAL_SET:
                ch = Change("env", a, tape.keys[tape.ob[p]])
            elif op in (PROP_SET, PROP_DEL) and a not in new_objs:
                ch = Change("object", a, tape.keys[tape.ob[p]])
            elif op == ELEM_SET and a not in new_objs:
                ch = Change("object", a, "[[Entries]]" if tape.id_kind[a] in (K_MAP, K_SET) else str(tape.ob[p]))
            elif op == ELEM_LEN and a not in new_objs:
                ch = Change("object", a, "[[Entries]]" if tape.id_kind[a] in (K_MAP, K_SET) else "length")
            else:
                continue
            if ch not in seen:
                seen.add(ch)
                out.append(ch)
        return tuple(out)
