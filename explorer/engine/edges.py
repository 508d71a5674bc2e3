"""What a value references: the edges a garbage collector follows, as the engine knows them.

A recorder (or any tool) asks here instead of probing the engine's objects: the
engine knows its own objects. ``hidden_edges(o)`` lists what an object holds
beyond its data properties and elements (which a caller reads itself, as they
change at every step): accessor functions, private fields, a function's
prototype and home object, what an arrow closes over lexically (``this``,
``arguments``), a bound function's target, ``this`` and arguments, a promise's
result and waiting reactions, the entries of a WeakMap, what a built-in
function made by the engine keeps (a promise's resolving functions keep their
promise). Each edge is ``(role, value)``; the role is the name a learner reads
(``get value``, ``#count``, ``[[BoundTargetFunction]]``...).
``promise_reactions(p)`` lists a pending promise's reactions one by one (each
becomes a job when the promise settles).

Nothing here knows of the trace: the seam stays one way.
"""

from __future__ import annotations

from .runtime import MappedArguments, ScriptFunction
from .values import UNDEFINED, Accessor, JSFunction, JSObject, NativeFunction, PrivateName

def _is_heap(v) -> bool:
    return isinstance(v, JSObject)


def accessor_edges(o: JSObject) -> list[tuple[str, JSObject]]:
    """``get key`` / ``set key`` for each accessor property (their functions hold their backpacks)."""
    out = []
    for k, v in o.props.items():
        if type(v) is Accessor:
            name = k if type(k) is str else f"[{getattr(k, 'description', '') or ''}]"
            if isinstance(v.get, JSObject):
                out.append((f"get {name}", v.get))
            if isinstance(v.set, JSObject):
                out.append((f"set {name}", v.set))
    return out


def private_edges(o: JSObject) -> list[tuple[str, object]]:
    """``#name`` for each private field, method or accessor an object carries."""
    privates = o.privates
    if not privates:
        return []
    out = []
    for key, v in privates.items():
        name = f"#{key.name}" if type(key) is PrivateName else str(key)
        if type(v) is Accessor:
            if isinstance(v.get, JSObject):
                out.append((f"get {name}", v.get))
            if isinstance(v.set, JSObject):
                out.append((f"set {name}", v.set))
        else:
            out.append((name, v))
    return out


def lexical_this(fn: ScriptFunction):
    """The ``this`` an arrow function sees: the nearest enclosing function call's (or the global one's)."""
    e = fn.scope
    while e is not None:
        c = e.ctx
        if c is not None and c.this is not None:
            return c.this
        e = e.parent
    return UNDEFINED


def _lexical_arguments(fn: ScriptFunction):
    e = fn.scope
    while e is not None:
        c = e.ctx
        if c is not None and c.function is not None and c.function.code.func_kind not in ("arrow", "asyncarrow"):
            return c.arguments
        e = e.parent
    return None


def function_edges(fn: JSFunction) -> list[tuple[str, object]]:
    """What a function holds besides its own properties and its [[Environment]] (which the trace
    models as the backpack of the names it captures)."""
    out: list[tuple[str, object]] = []
    if isinstance(fn, ScriptFunction):
        code = fn.code
        if code.func_kind in ("arrow", "asyncarrow"):
            info = getattr(code, "info", None)
            if getattr(info, "uses_this", False):
                t = lexical_this(fn)
                if _is_heap(t):
                    out.append(("this", t))
            if getattr(info, "uses_arguments", False):
                a = _lexical_arguments(fn)
                if _is_heap(a):
                    out.append(("arguments", a))
        proto = fn.props.get("prototype")
        # (a generator function's prototype is the prototype of every generator it makes: it is kept
        # whether or not one is alive)
        if _is_heap(proto) and (code.func_kind in ("class", "generator", "asyncgenerator") or any(
                k != "constructor" for k in proto.props)):
            out.append(("prototype", proto))
        if _is_heap(fn.home_object) and fn.home_object is not proto:     # (a class's is its prototype)
            out.append(("[[HomeObject]]", fn.home_object))
        parent = fn.proto
        if type(parent) is ScriptFunction or (isinstance(parent, JSFunction) and hasattr(parent, "bound_args")):
            out.append(("[[Prototype]]", parent))     # the class it extends (`super()` constructs with it)
        fields = fn.fields
        if fields:
            # a class keeps its private methods and accessors ([[PrivateMethods]]) to install them on
            # each instance it makes, whether or not one is alive
            for key, payload in fields[0]:
                if type(payload) is tuple and payload and payload[0] == "private-method":
                    name = f"#{key.name}" if type(key) is PrivateName else str(key)
                    kind = payload[1]
                    if _is_heap(payload[2]):
                        out.append((name if kind == "method" else f"{kind} {name}", payload[2]))
        return out
    target = getattr(fn, "target", None)
    if _is_heap(target) and hasattr(fn, "bound_args"):
        out.append(("[[BoundTargetFunction]]", target))
        if _is_heap(fn.bound_this):
            out.append(("[[BoundThis]]", fn.bound_this))
        out.extend(("[[BoundArguments]]", a) for a in fn.bound_args if _is_heap(a))
        return out
    if type(fn) is NativeFunction:
        out.extend(("[[Holds]]", x) for x in _closure_values(fn.fn))
    return out


def _closure_values(f) -> list:
    """The JavaScript values a Python function of the engine closes over: a function the engine
    makes while running (a promise's resolve, Promise.all's element functions, an await's
    continuation) is a Python closure, and what it closes over is what it keeps."""
    out = []
    for cell in getattr(f, "__closure__", None) or ():
        try:
            x = cell.cell_contents
        except ValueError:
            continue
        if _is_heap(x):
            out.append(x)
        elif type(x) in (list, tuple):      # a capability's [resolve, reject] as an executor got them
            out.extend(y for y in x if _is_heap(y))
        elif type(x) is dict:
            out.extend(y for y in x.values() if _is_heap(y))
    return out


def promise_reactions(o: JSObject) -> list[tuple[str, list]]:
    """A pending promise's waiting reactions, in order: (``fulfill``/``reject``, [the handler it
    will run, the promise it will settle]) with only the heap values of the two."""
    p = o.internal
    out: list[tuple[str, list]] = []
    if p is None or not hasattr(p, "fulfill_reactions"):
        return out
    for kind, reactions in (("fulfill", p.fulfill_reactions), ("reject", p.reject_reactions)):
        for r in reactions or ():
            h = r.handler
            held = [h] if _is_heap(h) else _closure_values(h) if callable(h) else []
            if _is_heap(r.derived):
                held.append(r.derived)
            out.append((kind, held))
    return out


def promise_edges(o: JSObject) -> list[tuple[str, object]]:
    p = o.internal
    out: list[tuple[str, object]] = []
    if p is None or not hasattr(p, "fulfill_reactions"):
        return out
    if p.state != "pending" and _is_heap(p.result):
        out.append(("[[PromiseResult]]", p.result))
    for kind, held in promise_reactions(o):
        role = "[[PromiseFulfillReactions]]" if kind == "fulfill" else "[[PromiseRejectReactions]]"
        out.extend((role, x) for x in held)
    return out


def collection_entries(o: JSObject) -> list[tuple[object, object]]:
    """A Map's or WeakMap's (key, value) pairs, a Set's or WeakSet's (key, key), in order. A weak
    collection holds a value only while its key is alive (an ephemeron)."""
    data = o.internal
    if data is None or not hasattr(data, "entries"):
        return []
    return list(data.entries())


def hidden_edges(o: JSObject) -> list[tuple[str, object]]:
    """Everything ``o`` references besides its data properties' values and its elements."""
    out = accessor_edges(o) if o.props else []
    if o.privates:
        out.extend(private_edges(o))
    if isinstance(o, JSFunction):
        out.extend(function_edges(o))
    elif isinstance(o, MappedArguments):
        pass        # its mapped elements alias the parameters: the environment holds them already
    elif o.cls == "Promise":
        out.extend(promise_edges(o))
    elif o.internal is not None:
        out.extend(iterator_edges(o))
    return out


def iterator_edges(o: JSObject) -> list[tuple[str, object]]:
    """An array iterator keeps the object it iterates; a Map/Set iterator the entries still to come."""
    st = o.internal
    name = type(st).__name__
    if name == "ArrayIterState":
        return [("[[IteratedObject]]", st.obj)] if _is_heap(st.obj) else []
    if name == "MapIterState" and st.data is not None:
        out = []
        for k, v in st.data.entries():
            if _is_heap(k):
                out.append(("[[Entries]]", k))
            if _is_heap(v) and v is not k:
                out.append(("[[Entries]]", v))
        return out
    return []


def _kept_by_python(x, out: list, depth: int = 0) -> None:
    """The JavaScript values a Python value of the engine keeps: itself if it is one, a function's
    closure, a reaction's handler and promise, a list's items."""
    if _is_heap(x):
        out.append(x)
        return
    if depth > 3 or x is None:
        return
    if type(x) in (list, tuple):
        for y in x:
            _kept_by_python(y, out, depth + 1)
        return
    if hasattr(x, "handler") and hasattr(x, "derived"):       # a promise reaction
        _kept_by_python(x.handler, out, depth + 1)
        _kept_by_python(x.derived, out, depth + 1)
        return
    for cell in getattr(x, "__closure__", None) or ():
        try:
            y = cell.cell_contents
        except ValueError:
            continue
        _kept_by_python(y, out, depth + 1)


def job_edges(interp, kind: str, job_id: int) -> list:
    """What a queued job keeps until it runs: a timer its callback and extra arguments; a microtask
    (a reaction's job) its handler, the promise it settles and the value it passes on."""
    out: list = []
    if kind == "microtask":
        for entry in reversed(interp.microtasks):
            if entry[1] == job_id:
                _kept_by_python(entry[0], out)
                break
    else:
        for entry in interp.timers:
            if entry[2] == job_id:
                _kept_by_python(entry[3], out)
                _kept_by_python(entry[4], out)
                break
        else:   # setImmediate's: (job id, callback, arguments), None for the timers' turn
            for entry in interp.immediates or ():
                if entry is not None and entry[0] == job_id:
                    _kept_by_python(entry[1], out)
                    _kept_by_python(entry[2], out)
                    break
    seen: set = set()
    return [x for x in out if not (id(x) in seen or seen.add(id(x)))]
