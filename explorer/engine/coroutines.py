"""Generators and async functions (ES2024 27.5-27.7): bodies that suspend and resume.

Their bodies run on greenlets (``Coroutine``), so a ``yield`` or ``await`` deep inside compiled closures
can suspend them: ``GeneratorState.resume`` is GeneratorResume (GeneratorStart made it, suspended at
the start); ``start_async`` is AsyncFunctionStart and ``async_step`` the continuation an awaited promise
schedules; ``await_value`` is Await; ``AsyncGeneratorState`` queues requests (AsyncGeneratorEnqueue).
``call_next`` is IteratorNext as the engine asks it (for-of, patterns, ``yield*``), and
``async_from_sync_iterator`` is CreateAsyncFromSyncIterator.
"""

from __future__ import annotations

from collections import deque

from greenlet import greenlet

from .builtins.promise import new_promise, perform_then, promise_resolve, reject_promise, resolve_promise
from .completion import Ret
from .conversions import no_side_effects_to_string, to_boolean
from .runtime import Phase
from .values import UNDEFINED, JSError, JSFunction, JSObject, JSThrow, type_error


class GeneratorReturn(Exception):
    """``generator.return(v)``: unwinds the body through its finally blocks."""

    def __init__(self, value):
        super().__init__()
        self.value = value


class Coroutine(greenlet):
    """The greenlet running a generator or async function body."""

    kind = "generator"


def make_generator(interp, fn, ctx, env, body):
    proto = fn.get("prototype")
    if not isinstance(proto, JSObject):
        proto = interp.realm.intrinsics.get("%GeneratorPrototype%") or interp.realm.object_prototype
    gen = JSObject(proto, "Generator")
    gen.internal = GeneratorState(interp, ctx, env, body)
    return gen


def yield_value(interp, v):
    co = greenlet.getcurrent()
    if not isinstance(co, Coroutine):
        raise JSError("SyntaxError", "yield outside a generator")
    if co.kind == "asyncgenerator":
        v = await_value(interp, v)
    mode, val = co.parent.switch(("yield", v))
    if mode == "next":
        return val
    if mode == "throw":
        raise JSThrow(val)
    if co.kind == "asyncgenerator":
        val = await_value(interp, val)
    raise GeneratorReturn(val)


def call_next(interp, nxt, it, site, *args):
    """``it.next(...args)`` asked by the engine (a for-of, an array pattern, a ``yield*``): ``site`` is
    where V8 places the caller of a generator it resumes (see GeneratorState.resume)."""
    interp.resume_site = site
    try:
        r = interp.realm.call(nxt, it, list(args))
    finally:
        interp.resume_site = None
    if not isinstance(r, JSObject):
        raise not_an_iterator_result(interp, r)
    return r


def not_an_iterator_result(interp, r) -> JSError:
    """V8's TypeError for a ``next()`` that returned a primitive."""
    return type_error(f"Iterator result {no_side_effects_to_string(interp.realm, r)} is not an object")


def yield_delegate(interp, iterable, node=None):
    """``yield* iterable`` at ``node`` (where V8 places the caller of a generator it resumes)."""
    realm = interp.realm
    co = greenlet.getcurrent()
    is_async = isinstance(co, Coroutine) and co.kind == "asyncgenerator"
    it, nxt = realm.get_iterator(iterable, async_=is_async)
    hooks = interp.hooks
    hooks.hold(it)          # the delegating generator keeps its inner iterator, paused or not
    hooks.hold(nxt)
    try:
        return _delegate(interp, co, is_async, it, nxt, node)
    finally:
        hooks.release(nxt)
        hooks.release(it)


def _delegate(interp, co, is_async, it, nxt, node):
    realm = interp.realm
    mode, received = "next", UNDEFINED
    while True:
        if mode == "next":
            res = call_next(interp, nxt, it, node, received)
        elif mode == "throw":
            m = realm.get_method(it, "throw")
            if m is None:
                realm.close_iterator(it)
                raise type_error("The iterator does not provide a 'throw' method")
            res = m.call(it, [received])
        else:
            m = realm.get_method(it, "return")
            if m is None:
                raise GeneratorReturn(received)
            res = m.call(it, [received])
        if is_async:
            res = await_value(interp, res)
        if not isinstance(res, JSObject):
            raise not_an_iterator_result(interp, res)
        if to_boolean(res.get("done")):
            if mode == "return":
                raise GeneratorReturn(res.get("value"))
            return res.get("value")
        if is_async:
            mode, received = co.parent.switch(("yield", res.get("value")))
        else:
            mode, received = co.parent.switch(("yield-raw", res))


def start_async(interp, ctx, env, body, promise) -> None:
    co = Coroutine(lambda mode, value: run_coroutine_body(interp, ctx, env, body))
    co.kind = "async"
    ctx.async_promise = promise
    async_step(interp, co, ctx, promise, "next", UNDEFINED, first=True)


def async_step(interp, co, ctx, promise, mode, value, first=False) -> None:
    realm = interp.realm
    if not first:
        interp.stack.append(ctx)
        interp.hooks.context_resume(ctx)
    co.parent = greenlet.getcurrent()
    try:
        res = co.switch(mode, value)
    except JSThrow as e:
        v = e.js_value(realm)   # an error made here gets its stack trace while the frame is there
        if interp.stack and interp.stack[-1] is ctx:
            interp.stack.pop()
        reject_promise(realm, promise, v)
        return
    if res[0] == "await":
        interp.stack.pop()
        interp.hooks.context_suspend(ctx)
        p = promise_resolve(realm, res[1])
        awaiters = interp.awaiters
        awaiters[id(p)] = ctx

        def resume(mode, v):
            awaiters.pop(id(p), None)
            async_step(interp, co, ctx, promise, mode, v)
        perform_then(realm, p, lambda v: resume("next", v), lambda r: resume("throw", r),
                     label=f"resume {ctx.name}()", shows=ctx)
        return
    interp.stack.pop()
    interp.hooks.context_exit(ctx, res[1], False)
    resolve_promise(realm, promise, res[1])


def await_value(interp, v, node=None):
    co = greenlet.getcurrent()
    if not isinstance(co, Coroutine) or co.kind not in ("async", "asyncgenerator"):
        raise JSError("SyntaxError", "await is only valid in async functions and the top level bodies of modules")
    if node is not None and interp.stack:
        interp.stack[-1].await_node = node
    mode, val = co.parent.switch(("await", v))
    if mode == "throw":
        raise JSThrow(val)
    return val


def make_async_generator(interp, fn, ctx, env, body):
    proto = fn.get("prototype")
    if not isinstance(proto, JSObject):
        proto = interp.realm.intrinsics.get("%AsyncGeneratorPrototype%") or interp.realm.object_prototype
    gen = JSObject(proto, "AsyncGenerator")
    gen.internal = AsyncGeneratorState(interp, ctx, env, body)
    return gen


def async_from_sync_iterator(interp, it):
    """CreateAsyncFromSyncIterator: an async iterator over a sync one (for await over arrays)."""
    realm = interp.realm
    nxt = it.get("next")
    wrapper = JSObject(realm.object_prototype)

    def step(method_name):
        def m(this, args):
            p = new_promise(realm)
            try:
                f = nxt if method_name == "next" else it.get(method_name)
                if not isinstance(f, JSFunction):
                    resolve_promise(realm, p, realm.iter_result(args[0] if args else UNDEFINED, True))
                    return p
                r = f.call(it, list(args[:1]))
                if not isinstance(r, JSObject):
                    raise not_an_iterator_result(interp, r)
                done = to_boolean(r.get("done"))
                vp = promise_resolve(realm, r.get("value"))
                perform_then(realm, vp, lambda v: resolve_promise(realm, p, realm.iter_result(v, done)),
                             lambda e: reject_promise(realm, p, e), label="async-from-sync")
            except JSThrow as e:
                reject_promise(realm, p, e.js_value(realm))
            return p
        return m
    for name in ("next", "return", "throw"):
        realm.method(wrapper, name, step(name), 1)
    return wrapper, wrapper.get("next")


def run_coroutine_body(interp, ctx, env, body):
    ctx.phase = Phase.EXECUTION
    interp.hooks.context_execute(ctx)
    try:
        r = body(env)
    except GeneratorReturn as g:
        return ("return", g.value)
    return ("return", r.value if type(r) is Ret else UNDEFINED)


class GeneratorState:
    """A suspended generator body and the protocol to resume it (GeneratorResume)."""

    def __init__(self, interp, ctx, env, body):
        self.interp = interp
        self.ctx = ctx
        self.state = "suspendedStart"
        self.co = Coroutine(lambda mode, value: run_coroutine_body(interp, ctx, env, body))
        self.co.kind = "generator"

    def resume(self, mode: str, value, gen=None):
        interp = self.interp
        realm = interp.realm
        if self.state == "executing":
            raise type_error("Generator is already running")
        if self.state == "suspendedStart" and mode != "next":
            self.state = "completed"
            self.co = None
        if self.state == "completed":
            if mode == "throw":
                raise JSThrow(value)
            return realm.iter_result(value if mode == "return" else UNDEFINED, True)
        if len(interp.stack) >= interp.max_depth:
            raise JSError("RangeError", "Maximum call stack size exceeded")
        self.state = "executing"
        ctx = self.ctx
        caller = interp.native_call     # V8's frame `at gen.next (<anonymous>)`, then the caller at its call
        method = realm.intrinsics["%GeneratorPrototype%"].props.get(mode)
        site, interp.resume_site = interp.resume_site, None
        if caller is not None and caller[0] is method and caller[3] == len(interp.stack):
            ctx.resumed_by = (method, gen, caller[2])
        elif site is None and caller is not None and caller[3] == len(interp.stack):
            ctx.resumed_by = (method, gen, None)    # by a built-in (Array.from): its frame follows
            ctx.native_caller = caller
        else:   # by the engine: a for-of at its binding; spread: near enough, where the generator was made
            ctx.resumed_by = (method, gen, site or ctx.call_node)
        interp.stack.append(ctx)
        interp.hooks.context_resume(ctx)
        self.co.parent = greenlet.getcurrent()
        try:
            res = self.co.switch(mode, value)
        except BaseException as e:
            self.state = "completed"
            self.co = None
            if interp.stack and interp.stack[-1] is ctx:
                interp.stack.pop()
            interp.hooks.context_exit(ctx, e, True)
            raise
        interp.stack.pop()
        if res[0] == "yield":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            return realm.iter_result(res[1], False)
        if res[0] == "yield-raw":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            return res[1]
        self.state = "completed"
        self.co = None
        interp.hooks.context_exit(ctx, res[1], False)
        return realm.iter_result(res[1], True)


class AsyncGeneratorState:
    """An async generator: requests queue up; each settles one promise (AsyncGeneratorEnqueue)."""

    def __init__(self, interp, ctx, env, body):
        self.interp = interp
        self.ctx = ctx
        self.state = "suspendedStart"
        self.queue: deque = deque()
        self.co = Coroutine(lambda mode, value: run_coroutine_body(interp, ctx, env, body))
        self.co.kind = "asyncgenerator"
        self.running = False

    def enqueue(self, mode: str, value):
        p = new_promise(self.interp.realm)
        self.queue.append((mode, value, p))
        if not self.running:
            self._drain()
        return p

    def _drain(self) -> None:
        realm = self.interp.realm
        while self.queue and not self.running:
            mode, value, p = self.queue[0]
            if self.state == "suspendedStart" and mode != "next":
                self.state = "completed"
            if self.state == "completed":
                self.queue.popleft()
                if mode == "throw":
                    reject_promise(realm, p, value)
                else:
                    resolve_promise(realm, p, realm.iter_result(value if mode == "return" else UNDEFINED, True))
                continue
            self._step(mode, value)

    def _step(self, mode, value) -> None:
        interp = self.interp
        realm = interp.realm
        ctx = self.ctx
        self.running = True
        self.state = "executing"
        interp.stack.append(ctx)
        interp.hooks.context_resume(ctx)
        self.co.parent = greenlet.getcurrent()
        try:
            res = self.co.switch(mode, value)
        except JSThrow as e:
            if interp.stack and interp.stack[-1] is ctx:
                interp.stack.pop()
            interp.hooks.context_exit(ctx, e, True)
            self.state = "completed"
            self.running = False
            _, _, p = self.queue.popleft()
            reject_promise(realm, p, e.js_value(realm))
            self._drain()
            return
        interp.stack.pop()
        if res[0] == "await":
            interp.hooks.context_suspend(ctx)
            pr = promise_resolve(realm, res[1])
            perform_then(realm, pr, lambda v: self._resume("next", v), lambda r: self._resume("throw", r),
                         label=f"resume {ctx.name}()", shows=ctx)
            return
        self.running = False
        _, _, p = self.queue.popleft()
        if res[0] == "yield":
            self.state = "suspendedYield"
            interp.hooks.context_suspend(ctx)
            resolve_promise(realm, p, realm.iter_result(res[1], False))
        else:
            self.state = "completed"
            interp.hooks.context_exit(ctx, res[1], False)
            resolve_promise(realm, p, realm.iter_result(res[1], True))
        self._drain()

    def _resume(self, mode, value) -> None:
        self.running = False
        self.state = "executing"
        self._step(mode, value)
        if not self.running:
            self._drain()
