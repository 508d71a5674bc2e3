"""The heap mirror: the engine's objects and environments as the recorder keeps them in the head
``World``. An object enters when a value the trace shows refers to it (its contents copied then, its
changes compared afterwards); what it holds besides properties and elements comes from the engine
(``engine.edges``), never from probing its attributes."""

from __future__ import annotations

from array import array

from ..engine import edges as engine_edges
from ..engine.runtime import MappedArguments, ScriptFunction
from ..engine.values import (
    ENUMERABLE,
    UNDEFINED,
    Accessor,
    JSArray,
    JSFunction,
    JSObject,
    array_index,
)
from .encoder import format_primitive
from .tape import (
    ABSENT,
    ELEM_LEN,
    ELEM_SET,
    ELEMS_INIT,
    ENTRIES,
    EXTRA,
    HOLD,
    K_ARGUMENTS,
    K_ARRAY,
    K_BUILTIN,
    K_CLASS,
    K_DATE,
    K_ERROR,
    K_FUNCTION,
    K_GENERATOR,
    K_MAP,
    K_NATIVE,
    K_OBJECT,
    K_OTHER,
    K_PROMISE,
    K_REGEXP,
    K_SET,
    K_WEAK,
    OBJ_DEL,
    OBJ_NEW,
    PROP_DEL,
    PROP_SET,
    T_REF,
    UNDEF,
    UNSUSPEND,
)
from .world import (
    OBJ_ELEMS,
    OBJ_ENTRIES,
    OBJ_EXTRA,
    OBJ_PROPS,
)


FUNCTION_SKIP = frozenset(("length", "name", "prototype", "arguments", "caller"))
# the frames the engine runs without telling a context (Interpreter.run_initializer)
_HOOKLESS = frozenset(("<static_initializer>", "<instance_members_initializer>"))


class HeapMirror:
    """Registers objects and environments, keeps their mirror up to date, deletes them when released."""

    def _register(self, o: JSObject) -> int:
        kind, a, b, c = self._classify(o)
        tape = self.tape
        i = tape.new_id(kind, a, b, c)
        self.new_objs += 1
        self.obj_rows[o.oid] = i
        self.obj_keys[i] = o.oid
        self._op(OBJ_NEW, i)
        if kind != K_BUILTIN and (kind != K_NATIVE or o.oid >= self.builtin_limit):
            self._todo.append((i, o))
            if not self._registering:
                self._registering = True
                try:
                    while self._todo:
                        j, x = self._todo.pop()
                        self._snapshot(j, x)
                finally:
                    self._registering = False
        return i

    def _label(self, text: str) -> int:
        return self.tape.string(text)

    def _classify(self, o: JSObject) -> tuple[int, int, int, int]:
        if o.oid < self.builtin_limit or o.cls == "global":
            kind = K_NATIVE if isinstance(o, JSFunction) else K_BUILTIN
            return kind, self._label(self._builtin_label(o)), 0, 0
        if isinstance(o, ScriptFunction):
            kept = self._kept(o)
            name = o.props.get("name", "")
            if not isinstance(name, str):
                name = ""
            return (K_CLASS if o.func_kind == "class" else K_FUNCTION), self.code(o.code), kept, self.tape.string(name)
        if isinstance(o, JSFunction):
            return K_NATIVE, self._label(self._builtin_label(o)), 0, 0
        cls = o.cls
        proto = 0
        kind = {"Array": K_ARRAY, "Arguments": K_ARGUMENTS, "Map": K_MAP, "Set": K_SET, "WeakMap": K_WEAK,
                "WeakSet": K_WEAK, "Promise": K_PROMISE, "Error": K_ERROR, "Date": K_DATE, "RegExp": K_REGEXP,
                "Generator": K_GENERATOR, "Object": K_OBJECT}.get(cls, K_OTHER)
        if isinstance(o, JSArray) and kind not in (K_ARRAY, K_ARGUMENTS):
            kind = K_ARRAY
        p = o.proto
        if p is not None and p.oid >= self.builtin_limit and kind in (K_OBJECT, K_OTHER, K_ERROR):
            proto = self.enc(p) >> 3
        return kind, self._label(self._object_label(o, kind)), proto, 0

    def _builtin_label(self, o) -> str:
        if isinstance(o, JSFunction):
            name = o.props.get("name", "")
            if not (isinstance(name, str) and name):
                # promise resolving functions are nameless in JavaScript; their Python name says what they do
                py = getattr(getattr(o, "fn", None), "__name__", "")
                name = py if py in ("resolve", "reject") else "(anonymous)"
            return f"ƒ {name}"
        if o.cls == "global":
            return "globalThis"
        if self.realm is not None:
            for k, v in self.realm.global_object.props.items():
                if v is o and isinstance(k, str):
                    return k
        return o.cls

    def _object_label(self, o, kind) -> str:
        cls = o.cls
        if kind == K_ERROR:
            name = o.get("name") if hasattr(o, "get") else "Error"
            return name if isinstance(name, str) else "Error"
        if kind == K_DATE:
            t = o.internal
            return f"Date {format_primitive(t) if isinstance(t, float) else ''}".strip()
        if kind == K_REGEXP:
            r = o.internal
            return f"/{getattr(r, 'source', '')}/{getattr(r, 'flags', '')}"
        if kind in (K_ARRAY, K_ARGUMENTS, K_MAP, K_SET, K_PROMISE, K_GENERATOR):
            return cls
        if kind == K_WEAK:
            return cls
        if kind == K_OTHER and cls in ("Boolean", "Number", "String", "Symbol", "BigInt"):
            return f"[{cls}: {format_primitive(o.internal)}]"
        p = o.proto
        if p is None:
            return "[Object: null prototype]"
        if self.realm is not None and p is self.realm.object_prototype:
            return "Object"
        c = p.props.get("constructor") if not p.exotic else p.get_own("constructor")
        if isinstance(c, JSFunction):
            n = c.props.get("name", "")
            if isinstance(n, str) and n:
                return n
        return cls if cls != "Object" else "Object"

    def _snapshot(self, i: int, o: JSObject) -> None:
        """Copy a newly seen object's contents into the mirror, as ops."""
        tape = self.tape
        is_fn = isinstance(o, JSFunction)
        props = o.props
        for k, v in list(props.items()):
            if is_fn and k in FUNCTION_SKIP:
                continue
            if k == "stack" and tape.id_kind[i] == K_ERROR:
                continue
            kid = self.key(k)
            self._op(PROP_SET, i, kid, ABSENT, self.enc(v))
            if o.flags is not None and not o.flags_of(k) & ENUMERABLE:
                tape.hidden_keys.add((i, kid))
        self.raw_props[i] = dict(props)
        kind = tape.id_kind[i]
        if isinstance(o, JSArray):
            elems = o.live_elems() if type(o) is MappedArguments else list(o.elems)
            self._init_elems(i, [self.enc(v) for v in elems])
            self.raw_elems[i] = elems
        elif kind in (K_MAP, K_SET, K_WEAK):
            pairs = self._pairs(o)
            codes = []
            for k, v in pairs:
                codes.append(self.enc(k))
                codes.append(self.enc(v))
            self._init_elems(i, codes)
            self.raw_elems[i] = pairs
        if kind != K_NATIVE or o.oid >= self.builtin_limit:
            self._sync_edges(i, o)
        if not is_fn and "constructor" in props:
            # a function's prototype, seen at last (an instance's): the function keeps it
            c = props["constructor"]
            j = self.obj_rows.get(c.oid) if type(c) is ScriptFunction else None
            if j is not None and c.props.get("prototype") is o:
                self._sync_edges(j, c)
        if kind == K_PROMISE:
            self._sync_promise(i, o)
            self.pending_promises[i] = o
        elif kind == K_GENERATOR:
            self._adopt_generator(i, o)

    def _adopt_generator(self, i, o) -> None:
        """A generator object holds its paused context: its environment is kept by it, not by the roots."""
        ctx = getattr(o.internal, "ctx", None)
        ent = self.ctx_rows.get(id(ctx)) if ctx is not None else None
        if ent is None:
            return
        idx = ent[1]
        self.gen_of_ctx[idx] = i
        env = self.world.suspended.get(idx)
        if env is not None:
            self._op(UNSUSPEND, idx, env)
            self._op(HOLD, i, 0, 0, env)

    def _sync_edges(self, i: int, o: JSObject) -> None:
        """What the object holds besides properties and elements, as the engine says (``engine.edges``):
        accessor and private members, a function's prototype and home object, an arrow's lexical
        ``this``, a bound function's target, what an engine-made function keeps; a class also keeps
        the class scope its fields are initialised in. Stored as the object's entries, with their roles."""
        edges = engine_edges.hidden_edges(o)
        if o.cls == "Promise":
            edges = [e for e in edges if e[0] == "[[PromiseResult]]"]    # reactions: _sync_promise
        elif type(o) is ScriptFunction:
            proto = o.props.get("prototype")
            if isinstance(proto, JSObject) and proto.oid in self.obj_rows and not any(
                    r == "prototype" for r, _ in edges):
                edges.append(("prototype", proto))      # once seen (an instance's), it is shown kept by o
        codes = []
        roles = []
        for role, v in edges:
            if role == "prototype" and v.oid in self.obj_rows:
                self._diff(self.obj_rows[v.oid], v)      # a class's methods were defined after it was seen
            codes.append(self.enc(v))
            roles.append(role)
        fields = getattr(o, "fields", None) if isinstance(o, ScriptFunction) else None
        if fields and fields[1] is not None:
            eid = self.env(fields[1])
            self.escaped.add(eid)           # kept by the class, after the code that made it leaves it
            codes.append((eid << 3) | T_REF)
            roles.append("[[Fields]]")
        tape = self.tape
        w = self.world.objs[i]
        cur = tape.entries[w[OBJ_ENTRIES]] if w[OBJ_ENTRIES] else ()
        codes = tuple(codes)
        if codes == cur and (not codes or tape.entry_roles[w[OBJ_ENTRIES]] == tuple(roles)):
            return
        if codes:
            tape.entries.append(codes)
            tape.entry_roles.append(tuple(roles))
            new = len(tape.entries) - 1
        else:
            new = 0
        self._op(ENTRIES, i, 0, w[OBJ_ENTRIES], new)
        self.dirty = True

    def _init_elems(self, i: int, codes: list) -> None:
        """A new object's elements in one op (a big array is one write, 8 bytes an element)."""
        if codes:
            self.tape.blobs.append(array("q", codes))
            self._op(ELEMS_INIT, i, 0, 0, len(self.tape.blobs) - 1)

    _pairs = staticmethod(engine_edges.collection_entries)

    def _sync_entries(self, i, o) -> None:
        """Map/Set contents are elements key, value, key, value…: only what changed is written."""
        cur = self._pairs(o)
        raw = self.raw_elems.get(i) or []
        n = len(raw)
        if len(cur) >= n and cur[:n] == raw:
            j = n
        else:
            j = 0
            while j < n and j < len(cur) and cur[j] == raw[j]:
                j += 1
        if j == n == len(cur):
            return
        if j < n:
            self._irreversible(ELEM_LEN, i, 2 * j, 2 * n)
        for k in range(j, len(cur)):
            key, v = cur[k]
            self._op(ELEM_SET, i, 2 * k, ABSENT, self.enc(key))
            self._op(ELEM_SET, i, 2 * k + 1, ABSENT, self.enc(v))
        self.raw_elems[i] = list(cur)

    def _sync_promise(self, i, o) -> None:
        p = o.internal
        state = getattr(p, "state", "pending") if p is not None else "pending"
        result = p.result if p is not None and state != "pending" else UNDEFINED
        held = []
        lists = [[], []]
        # each reaction: its handler and the promise it settles, as the engine lists them
        for kind, values in engine_edges.promise_reactions(o):
            job = [self.enc(x) for x in values]
            held.extend(job)
            lists[0 if kind == "fulfill" else 1].append(job)
        extra = (state, self.enc(result) if state != "pending" else UNDEF, tuple(held))
        w = self.world.objs[i]
        old = self.tape.extras[w[OBJ_EXTRA]]
        if state == "pending":
            self.reactions[i] = lists
        elif i in self.reactions:
            # settling queues one job per reaction of that kind: each job holds its handler until it runs
            before = self.reactions.pop(i)
            self.orphans.extend(before[0] if state == "fulfilled" else before[1])
        if old != extra:
            self.tape.extras.append(extra)
            self._op(EXTRA, i, 0, w[OBJ_EXTRA], len(self.tape.extras) - 1)
            self.dirty = True

    def _diff(self, i: int, o: JSObject, appended: int = 0) -> None:
        """Bring the mirror of a known object up to date with the engine's object; ``appended``: the
        engine says it only added that many elements at the end (push) since the mirror last looked."""
        w = self.world.objs.get(i)
        if w is None:
            return
        tape = self.tape
        if isinstance(o, JSArray):
            cur = o.live_elems() if type(o) is MappedArguments else o.elems
            raw = self.raw_elems.get(i)
            shadow = w[OBJ_ELEMS]
            n_old = len(shadow)
            if raw is not None and appended and len(cur) == len(raw) + appended and len(raw) == n_old:
                start = n_old       # (raw is extended below, not copied again)
            elif raw is not None and len(cur) >= len(raw) and cur[:len(raw)] == raw and len(raw) == n_old:
                start = n_old
                raw = None
            else:
                raw = None
                start = 0
                if len(cur) < n_old:
                    self._irreversible(ELEM_LEN, i, len(cur), n_old)
                    n_old = len(cur)
                for j in range(n_old):
                    c = self.enc(cur[j])
                    if c != shadow[j]:
                        self._op(ELEM_SET, i, j, shadow[j], c)
                start = n_old
            for j in range(start, len(cur)):
                self._op(ELEM_SET, i, j, ABSENT, self.enc(cur[j]))
            if raw is not None:
                raw.extend(cur[start:])
            else:
                self.raw_elems[i] = list(cur)
        props = o.props
        raw_p = self.raw_props.get(i)
        if raw_p is None or raw_p != props:
            is_fn = isinstance(o, JSFunction)
            mirror = w[OBJ_PROPS]
            live = set()
            for k, v in list(props.items()):
                if is_fn and k in FUNCTION_SKIP:
                    continue
                if k == "stack" and tape.id_kind[i] == K_ERROR:
                    continue
                kid = self.key(k)
                live.add(kid)
                c = self.enc(v)
                old = mirror.get(kid, ABSENT)
                if old != c:
                    self._op(PROP_SET, i, kid, old, c)
                    if old == ABSENT and o.flags is not None and not o.flags_of(k) & ENUMERABLE:
                        tape.hidden_keys.add((i, kid))
            for kid in [k for k in mirror if k not in live]:
                self._irreversible(PROP_DEL, i, kid, mirror[kid])
            self.raw_props[i] = dict(props)
        kind = tape.id_kind[i]
        if kind in (K_MAP, K_SET, K_WEAK):
            self._sync_entries(i, o)
        elif kind == K_PROMISE:
            self._sync_promise(i, o)
        if kind != K_NATIVE or o.oid >= self.builtin_limit:
            self._sync_edges(i, o)

    def _write_one(self, i: int, obj, key) -> bool:
        """Mirror one element or data property the script just set; False when a full comparison is needed."""
        w = self.world.objs.get(i)
        if w is None:
            return True
        if isinstance(obj, JSArray):
            idx = array_index(key)
            if type(obj) is MappedArguments:
                return False            # its mapped elements are read through the mapping: _diff
            if idx < 0:
                return key != "length" and self._write_prop(i, w, obj, key)
            elems = obj.elems
            shadow = w[OBJ_ELEMS]
            raw = self.raw_elems.get(i)
            if raw is None or len(raw) != len(shadow) or idx > len(shadow) or len(elems) != len(shadow) + \
                    (idx == len(shadow)):
                return False
            v = elems[idx]
            c = self.enc(v)
            if idx == len(shadow):
                self._op(ELEM_SET, i, idx, ABSENT, c)
                raw.append(v)
            elif shadow[idx] != c:
                self._op(ELEM_SET, i, idx, shadow[idx], c)
                raw[idx] = v
            return True
        return self._write_prop(i, w, obj, key)

    def _write_prop(self, i, w, obj, key) -> bool:
        props = obj.props
        raw = self.raw_props.get(i)
        if raw is None or key not in props or (isinstance(obj, JSFunction) and key in FUNCTION_SKIP):
            return False
        v = props[key]
        if type(v) is Accessor:
            return False            # its functions are edges: the full comparison writes them
        kid = self.key(key)
        c = self.enc(v)
        old = w[OBJ_PROPS].get(kid, ABSENT)
        if old != c:
            self._op(PROP_SET, i, kid, old, c)
            if old == ABSENT and obj.flags is not None and not obj.flags_of(key) & ENUMERABLE:
                self.tape.hidden_keys.add((i, kid))
        raw[key] = v
        return True

    def _kept(self, fn: ScriptFunction) -> int:
        """Which environments ``fn`` keeps: where its captured names live. Returns a payload offset."""
        remaining = set(fn.code.captured)
        out = []
        n = 0
        e = fn.scope
        while e is not None and remaining:
            sc = e.scope
            if sc.kind == "global":
                break
            slots_map = getattr(sc, "slots", None)
            found = [nm for nm in remaining if (nm in slots_map if slots_map is not None else nm in sc.names)]
            # a function with a direct eval: fn may use vars the eval adds to it later, so it is kept anyway
            if found or getattr(sc, "dynamic", False) and sc.kind == "function":
                slots = sorted(slots_map[nm] if slots_map is not None else sc.names.index(nm) for nm in found)
                eid = self.env(e)
                out.append(eid)
                out.append(len(slots))
                out.extend(slots)
                n += 1
                remaining.difference_update(found)
                self.escaped.add(eid)
            e = e.parent
        if not n:
            return 0
        tape = self.tape
        off = len(tape.pl)
        tape.pl.append(n)
        tape.pl.extend(out)
        return off

    def _owner(self, e) -> int:
        x = e
        while x is not None:
            if x.ctx is not None:
                if id(x.ctx) not in self.ctx_rows and self.frames and x.ctx.label in _HOOKLESS:
                    # a frame the engine runs without a context of the trace's (a static block, a
                    # field initialiser): its environments belong to the running frame
                    return self.frames[-1].idx
                return self.ctx(x.ctx)
            if x.scope.kind == "global":
                return 0
            x = x.parent
        return 0

    def _known_owner(self, e) -> int:
        """The row of the context ``e`` belongs to, or -1 when that context is over (it is not made again)."""
        x = e
        while x is not None:
            if x.ctx is not None:
                ent = self.ctx_rows.get(id(x.ctx))
                if ent is None and self.frames and x.ctx.label in _HOOKLESS:
                    return self.frames[-1].idx      # (as _owner)
                return ent[1] if ent is not None else -1
            if x.scope.kind == "global":
                return 0
            x = x.parent
        return 0

    def _del_obj(self, oid: int) -> None:
        self._irreversible(OBJ_DEL, oid)
        key = self.obj_keys.pop(oid, None)
        if key is not None:
            self.obj_rows.pop(key, None)
        self.raw_elems.pop(oid, None)
        self.raw_props.pop(oid, None)
