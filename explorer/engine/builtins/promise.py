"""Promise (ECMA-262 §27.2): states, reactions as microtasks, and the combinators.

The Python helpers (``new_promise``, ``resolve_promise``, ``perform_then``…)
serve ``await`` and async generators in the interpreter.
"""

from __future__ import annotations

from ..values import (
    NULL,
    SYM_SPECIES,
    UNDEFINED,
    JSFunction,
    JSObject,
    JSThrow,
    type_error,
)


class PromiseRecord:
    __slots__ = ("state", "result", "fulfill_reactions", "reject_reactions", "handled")

    def __init__(self):
        self.state = "pending"
        self.result = UNDEFINED
        self.fulfill_reactions: list | None = []
        self.reject_reactions: list | None = []
        self.handled = False


def is_promise(v) -> bool:
    return isinstance(v, JSObject) and type(v.internal) is PromiseRecord


def new_promise(realm, proto=None) -> JSObject:
    return JSObject(proto or realm.intrinsics["Promise"].props["prototype"], "Promise", PromiseRecord())


def _settle(realm, p, state: str, value) -> None:
    rec = p.internal
    if rec.state != "pending":
        return
    reactions = rec.fulfill_reactions if state == "fulfilled" else rec.reject_reactions
    rec.state = state
    rec.result = value
    rec.fulfill_reactions = rec.reject_reactions = None
    realm.host.touched(p)
    if state == "rejected" and not rec.handled:
        realm.host.pending_rejections.append(p)
    for r in reactions:
        _queue_reaction(realm, r, value)


def reject_promise(realm, p, reason) -> None:
    _settle(realm, p, "rejected", reason)


def resolve_promise(realm, p, resolution) -> None:
    """The promise resolve function's steps: adopt thenables, fulfil with anything else."""
    if p.internal.state != "pending":
        return
    if resolution is p:
        reject_promise(realm, p, realm.make_error("TypeError", "Chaining cycle detected for promise #<Promise>"))
        return
    if not isinstance(resolution, JSObject):
        _settle(realm, p, "fulfilled", resolution)
        return
    try:
        then = resolution.get("then")
    except JSThrow as e:
        reject_promise(realm, p, e.js_value(realm))
        return
    if not isinstance(then, JSFunction):
        _settle(realm, p, "fulfilled", resolution)
        return

    def job():
        resolve, reject = resolving_functions(realm, p)
        try:
            then.call(resolution, [resolve, reject])
        except JSThrow as e:
            reject.call(UNDEFINED, [e.js_value(realm)])
    realm.host.enqueue_microtask(job, "resolve thenable")


def resolving_functions(realm, p):
    done = [False]

    def resolve(this, args):
        if done[0]:
            return UNDEFINED
        done[0] = True
        resolve_promise(realm, p, args[0] if args else UNDEFINED)
        return UNDEFINED

    def reject(this, args):
        if done[0]:
            return UNDEFINED
        done[0] = True
        reject_promise(realm, p, args[0] if args else UNDEFINED)
        return UNDEFINED
    resolve.settles = p     # new_capability's sign that a subclass passed our own functions through
    return realm.native(resolve, "", 1), realm.native(reject, "", 1)


class Reaction:
    """A PromiseReaction: a JS handler (or a Python callback) and the derived promise it settles."""

    __slots__ = ("kind", "handler", "derived", "label", "shows")

    def __init__(self, kind, handler, derived, label, shows=None):
        self.kind = kind          # fulfill / reject
        self.handler = handler    # JSFunction, Python callable, or None (pass through)
        self.derived = derived    # promise to settle, or None
        self.label = label
        # for the trace: the function the job runs (the handler), or the paused context it resumes (an await)
        self.shows = handler if isinstance(handler, JSFunction) else shows


def _queue_reaction(realm, reaction: Reaction, argument) -> None:
    def job():
        h = reaction.handler
        d = reaction.derived
        if h is None:
            if d is not None:
                if reaction.kind == "fulfill":
                    resolve_promise(realm, d, argument)
                else:
                    reject_promise(realm, d, argument)
            return
        if not isinstance(h, JSFunction):
            h(argument)
            return
        try:
            v = h.call(UNDEFINED, [argument])
        except JSThrow as e:
            if d is not None:
                reject_promise(realm, d, e.js_value(realm))
            return
        if d is not None:
            resolve_promise(realm, d, v)
    realm.host.enqueue_microtask(job, reaction.label, reaction.shows)


def perform_then(realm, p, on_fulfilled, on_rejected, derived=None, label="then callback", shows=None):
    rec = p.internal
    f = Reaction("fulfill", on_fulfilled, derived, label, shows)
    r = Reaction("reject", on_rejected, derived, label, shows)
    if rec.state == "pending":
        rec.fulfill_reactions.append(f)
        rec.reject_reactions.append(r)
    elif rec.state == "fulfilled":
        _queue_reaction(realm, f, rec.result)
    else:
        if not rec.handled and p in realm.host.pending_rejections:
            realm.host.pending_rejections.remove(p)
        _queue_reaction(realm, r, rec.result)
    rec.handled = True
    return derived


def promise_resolve(realm, v, ctor=None):
    """PromiseResolve: v itself when it is already a promise of this constructor."""
    ctor = ctor or realm.intrinsics["Promise"]
    if is_promise(v) and v.get("constructor") is ctor:
        return v
    p, resolve = new_capability(realm, ctor)[:2]
    if resolve is None:
        resolve_promise(realm, p, v)
    else:
        resolve.call(UNDEFINED, [v])
    return p


def new_capability(realm, C):
    """NewPromiseCapability(C): (promise, resolve, reject). For %Promise% and its subclasses the
    promise is a real one and resolve/reject are None: it is settled directly."""
    if C is realm.intrinsics["Promise"]:
        return new_promise(realm), None, None
    if not isinstance(C, JSFunction) or not C.is_constructor:
        raise type_error(f"{realm.host.describe(C)} is not a constructor")
    got = [UNDEFINED, UNDEFINED]

    def executor(this, args):
        if got[0] is not UNDEFINED or got[1] is not UNDEFINED:
            raise type_error("Promise executor has already been invoked with non-undefined arguments")
        got[0], got[1] = _arg(args, 0), _arg(args, 1)
        return UNDEFINED
    p = C.construct([realm.native(executor, "", 2)])
    if not isinstance(got[0], JSFunction) or not isinstance(got[1], JSFunction):
        raise type_error("Promise resolve or reject function is not callable")
    if is_promise(p) and getattr(getattr(got[0], "fn", None), "settles", None) is p:
        return p, None, None
    return p, got[0], got[1]


def species_constructor(realm, p):
    """SpeciesConstructor(p, %Promise%)."""
    default = realm.intrinsics["Promise"]
    C = p.get("constructor")
    if C is UNDEFINED or C is default:
        return default
    if not isinstance(C, JSObject):
        raise type_error("The .constructor property is not an object")
    S = C.get(SYM_SPECIES)
    if S is UNDEFINED or S is NULL:
        return default
    if isinstance(S, JSFunction) and S.is_constructor:
        return S
    raise type_error("object.constructor[Symbol.species] is not a constructor")


def _arg(args, i):
    return args[i] if i < len(args) else UNDEFINED


def _fn_label(f) -> str:
    if isinstance(f, JSFunction):
        name = f.props.get("name", "")
        return f"{name}" if name else "callback"
    return "callback"


def install(realm) -> None:
    proto = JSObject(realm.object_prototype)

    def call(this, args):
        raise type_error("Promise constructor cannot be invoked without 'new'")

    def construct(args, new_target):
        executor = _arg(args, 0)
        if not isinstance(executor, JSFunction):
            raise type_error(f"Promise resolver {realm.host.describe(executor)} is not a function")
        p = new_promise(realm, realm.proto_from(new_target, proto))
        resolve, reject = resolving_functions(realm, p)
        try:
            executor.call(UNDEFINED, [resolve, reject])
        except JSThrow as e:
            reject.call(UNDEFINED, [e.js_value(realm)])
        return p

    Promise = realm.make_constructor("Promise", 1, call, construct, proto)
    realm.define_global("Promise", Promise)
    realm.to_string_tag(proto, "Promise")
    realm.getter(Promise, SYM_SPECIES, lambda this, args: this)

    def this_promise(this, name):
        if not is_promise(this):
            raise type_error(f"Method Promise.prototype.{name} called on incompatible receiver "
                             f"{realm.host.describe(this)}")
        return this

    def then(this, args):
        p = this_promise(this, "then")
        onf, onr = _arg(args, 0), _arg(args, 1)
        if p.proto is proto and "constructor" not in p.props:
            derived, resolve, reject = new_promise(realm), None, None
        else:
            derived, resolve, reject = new_capability(realm, species_constructor(realm, p))
        label = f"then callback ({_fn_label(onf if isinstance(onf, JSFunction) else onr)})"
        if resolve is not None:     # a capability that is no promise of ours: settled through its functions
            inner = new_promise(realm)
            perform_then(realm, inner, resolve, reject, None, label)
            perform_then(realm, p, onf if isinstance(onf, JSFunction) else None,
                         onr if isinstance(onr, JSFunction) else None, inner, label)
            return derived
        perform_then(realm, p, onf if isinstance(onf, JSFunction) else None,
                     onr if isinstance(onr, JSFunction) else None, derived, label)
        return derived
    realm.method(proto, "then", then, 2)

    def catch(this, args):
        return realm.invoke(this, "then", [UNDEFINED, _arg(args, 0)])
    realm.method(proto, "catch", catch, 1)

    def finally_(this, args):
        on_finally = _arg(args, 0)
        if not isinstance(on_finally, JSFunction):
            return realm.invoke(this, "then", [on_finally, on_finally])

        C = species_constructor(realm, this) if isinstance(this, JSObject) else realm.intrinsics["Promise"]

        def then_finally(_, a):
            r = on_finally.call(UNDEFINED, [])
            value = _arg(a, 0)
            p = promise_resolve(realm, r, C)
            return realm.invoke(p, "then", [realm.native(lambda t, x: value, "", 0)])

        def catch_finally(_, a):
            r = on_finally.call(UNDEFINED, [])
            reason = _arg(a, 0)

            def thrower(t, x):
                raise JSThrow(reason)
            p = promise_resolve(realm, r, C)
            return realm.invoke(p, "then", [realm.native(thrower, "", 0)])
        return realm.invoke(this, "then", [realm.native(then_finally, "", 1), realm.native(catch_finally, "", 1)])
    realm.method(proto, "finally", finally_, 1)

    def resolve_static(this, args):
        if not isinstance(this, JSObject):
            raise type_error("PromiseResolve called on non-object")
        return promise_resolve(realm, _arg(args, 0), this)
    realm.method(Promise, "resolve", resolve_static, 1)

    def reject_static(this, args):
        p, _, reject = new_capability(realm, this)
        if reject is None:
            reject_promise(realm, p, _arg(args, 0))
        else:
            reject.call(UNDEFINED, [_arg(args, 0)])
        return p
    realm.method(Promise, "reject", reject_static, 1)

    def with_resolvers(this, args):
        p = new_promise(realm)
        resolve, reject = resolving_functions(realm, p)
        o = realm.new_object()
        o.props.update({"promise": p, "resolve": resolve, "reject": reject})
        return o
    realm.method(Promise, "withResolvers", with_resolvers, 0)

    def combinator(name, on_item, on_empty):
        def static(this, args):
            result, resolve, reject = new_capability(realm, this)
            if resolve is None:
                resolve, reject = resolving_functions(realm, result)
            try:
                items = list(realm.iterate(_arg(args, 0)))
            except JSThrow as e:
                reject_promise(realm, result, e.js_value(realm))
                return result
            # the values (or errors) so far: a list the element functions share ([[Values]]); an array
            # of the engine's own, so that what the functions keep is what a recorder sees them keep
            # (each write is told: realm.host.touched)
            state = {"remaining": len(items) + 1, "values": realm.new_array([UNDEFINED] * len(items))}
            for i, item in enumerate(items):
                p = realm.invoke(this, "resolve", [item])
                # V8's async stack trace goes on through it (`at async Promise.all (index 1)`; race unnamed)
                realm.host.combined[id(p)] = (p, None if name == "race" else f"Promise.{name} (index {i})", result)
                on_item(p, i, state, state["values"], resolve, reject)
            state["remaining"] -= 1
            if state["remaining"] == 0:
                on_empty(state, resolve, reject)
            return result
        realm.method(Promise, name, static, 1)

    def _store(values, i, v) -> None:
        values.elems[i] = v
        realm.host.touched(values)

    def all_item(p, i, state, values, resolve, reject):
        def ok(this, a):
            _store(values, i, _arg(a, 0))
            state["remaining"] -= 1
            if state["remaining"] == 0:
                resolve.call(UNDEFINED, [realm.new_array(list(values.elems))])
            return UNDEFINED
        realm.invoke(p, "then", [realm.native(ok, "", 1), reject])

    def all_done(state, resolve, reject):
        resolve.call(UNDEFINED, [realm.new_array(list(state["values"].elems))])
    combinator("all", all_item, all_done)

    def settled_item(p, i, state, values, resolve, reject):
        def make(status, key):
            def h(this, a):
                o = realm.new_object()
                o.props["status"] = status
                o.props[key] = _arg(a, 0)
                _store(values, i, o)
                state["remaining"] -= 1
                if state["remaining"] == 0:
                    resolve.call(UNDEFINED, [realm.new_array(list(values.elems))])
                return UNDEFINED
            return realm.native(h, "", 1)
        realm.invoke(p, "then", [make("fulfilled", "value"), make("rejected", "reason")])
    combinator("allSettled", settled_item, all_done)

    def race_item(p, i, state, values, resolve, reject):
        realm.invoke(p, "then", [resolve, reject])
    combinator("race", race_item, lambda state, resolve, reject: None)

    def any_item(p, i, state, values, resolve, reject):
        def bad(this, a):
            _store(values, i, _arg(a, 0))
            state["remaining"] -= 1
            if state["remaining"] == 0:
                reject.call(UNDEFINED, [_aggregate(values.elems)])
            return UNDEFINED
        realm.invoke(p, "then", [resolve, realm.native(bad, "", 1)])

    def _aggregate(errors):
        err = realm.make_error("AggregateError", "All promises were rejected")
        err.define_own("errors", realm.new_array(list(errors)), 5)
        return err

    def any_done(state, resolve, reject):
        reject.call(UNDEFINED, [_aggregate(state["values"].elems)])
    combinator("any", any_item, any_done)
