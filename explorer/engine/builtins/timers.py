"""setTimeout / setInterval / setImmediate / queueMicrotask on the interpreter's virtual clock (never really
waits)."""

from __future__ import annotations

from ..values import UNDEFINED, JSFunction, JSObject, to_number, type_error

TIMEOUT_MAX = 2**31 - 1


def _delay(v) -> float:
    """Node's rule: a delay that is not a number in [1, 2**31-1] becomes 1 ms."""
    d = to_number(v) if v is not UNDEFINED else 1.0
    if not (d >= 1 and d <= TIMEOUT_MAX):
        d = 1.0
    return float(int(d))


def install(realm) -> None:
    host = realm.host
    timeout_proto = JSObject(realm.object_prototype)

    def timer_object(jid: int) -> JSObject:
        # Node returns a Timeout object; what a program can do with it is pass it back to clear*.
        t = JSObject(timeout_proto, "Timeout", jid)
        realm.method(t, "unref", lambda this, a: this, 0)
        realm.method(t, "ref", lambda this, a: this, 0)
        realm.method(t, "hasRef", lambda this, a: True, 0)
        return t

    def schedule(repeat: bool):
        def f(this, args):
            cb = args[0] if args else UNDEFINED
            if not isinstance(cb, JSFunction):
                raise type_error(f'The "callback" argument must be of type function. Received {host.describe(cb)}')
            delay = _delay(args[1] if len(args) > 1 else UNDEFINED)
            return timer_object(host.add_timer(cb, delay, list(args[2:]), repeat))
        return f

    def clear(this, args):
        t = args[0] if args else UNDEFINED
        if isinstance(t, JSObject) and t.cls == "Timeout":
            host.clear_timer(t.internal)
        elif type(t) is float:
            host.clear_timer(int(t))
        return UNDEFINED

    immediate_proto = JSObject(realm.object_prototype)
    for name, result in (("ref", None), ("unref", None), ("hasRef", True)):
        realm.method(immediate_proto, name, (lambda r: lambda this, a: this if r is None else r)(result), 0)

    def set_immediate(this, args):
        cb = args[0] if args else UNDEFINED
        if not isinstance(cb, JSFunction):
            raise type_error(f'The "callback" argument must be of type function. Received {host.describe(cb)}')
        im = JSObject(immediate_proto, "Immediate", host.add_immediate(cb, list(args[1:])))
        return im

    def clear_immediate(this, args):
        im = args[0] if args else UNDEFINED
        if isinstance(im, JSObject) and im.cls == "Immediate":
            host.clear_immediate(im.internal)
        return UNDEFINED

    def queue_microtask(this, args):
        cb = args[0] if args else UNDEFINED
        if not isinstance(cb, JSFunction):
            raise type_error(f'The "callback" argument must be of type function. Received {host.describe(cb)}')
        host.enqueue_microtask(lambda: cb.call(UNDEFINED, []), "queueMicrotask callback", cb)
        return UNDEFINED

    for name, fn, length in (("setTimeout", schedule(False), 2), ("setInterval", schedule(True), 2),
                             ("clearTimeout", clear, 1), ("clearInterval", clear, 1),
                             ("queueMicrotask", queue_microtask, 1), ("setImmediate", set_immediate, 1),
                             ("clearImmediate", clear_immediate, 1)):
        realm.define_global(name, realm.native(fn, name, length))
