"""Environments, execution contexts and the functions a script creates.

Kept as small as jlox's: an environment is its binding values and a link to
the enclosing one; the names live once, in the static ``Scope`` the resolver
made (``env.scope.names[i]`` names ``env.vals[i]``).
"""

from __future__ import annotations

import itertools
from enum import Enum

from .conversions import to_boolean
from .values import (CONFIGURABLE, DEFAULT_FLAGS, HOLE, MISSING, SYM_UNSCOPABLES, UNDEFINED, JSArray, JSFunction,
                     JSObject)

_env_ids = itertools.count(1)


class Environment:
    """A declarative environment record (function, block, catch, class, global lexical).

    ``ctx`` is set on function environments: the ExecutionContext whose
    ``this``/``arguments``/``new.target`` they hold.
    """

    __slots__ = ("vals", "parent", "scope", "ctx", "id")

    def __init__(self, vals: list, parent, scope, ctx=None):
        self.vals = vals
        self.parent = parent
        self.scope = scope
        self.ctx = ctx
        self.id = next(_env_ids)

    def __repr__(self) -> str:
        return f"<Environment #{self.id} {self.scope.kind} {self.scope.names}>"

    def copy(self) -> "Environment":
        """CreatePerIterationEnvironment: a fresh record with the same values."""
        return Environment(list(self.vals), self.parent, self.scope, self.ctx)

    def declare(self, name: str, kind: str = "var") -> int:
        """A binding an eval adds to this environment (EvalDeclarationInstantiation): this environment
        gets its own copy of its scope, one name longer; compiled code's slots stay valid."""
        slot = self.scope.slots.get(name)
        if slot is not None:
            return slot
        self.scope = self.scope.grown(name, kind)
        self.vals.append(UNDEFINED)
        return len(self.vals) - 1


class ObjectEnvironment(Environment):
    """The object environment record of a ``with`` statement: its bindings are ``obj``'s properties
    (ES2024 9.1.1.2). Its one slot holds the object (named ``(object)``, never an identifier), so
    whoever reads environments as values-by-slot sees what it keeps alive; names are looked up on
    the object (``find_binding``)."""

    __slots__ = ("obj",)

    def __init__(self, obj, parent, scope):
        Environment.__init__(self, [obj], parent, scope)
        self.obj = obj

    def __repr__(self) -> str:
        return f"<ObjectEnvironment #{self.id} with {self.obj!r}>"


def with_has(env: ObjectEnvironment, name: str) -> bool:
    """HasBinding of a with's object environment: the property exists and is not unscopable."""
    o = env.obj
    if not o.has(name):
        return False
    unscopables = o.get(SYM_UNSCOPABLES)
    if isinstance(unscopables, JSObject) and to_boolean(unscopables.get(name)):
        return False
    return True


def find_binding(env, name: str):
    """The environment holding ``name`` and its slot: ``(env, slot)``, ``(with env, None)``, or
    ``(None, None)`` when only the global object can have it."""
    e = env
    while e is not None:
        if type(e) is ObjectEnvironment:
            if with_has(e, name):
                return e, None
        else:
            slot = e.scope.slots.get(name)
            if slot is not None:
                return e, slot
        e = e.parent
    return None, None


class Phase(str, Enum):
    """The two phases of an execution context (a str, so the trace serialises it as it is)."""

    CREATION = "creation"
    EXECUTION = "execution"



class ExecutionContext:
    """One activation of a function (or the global code) on the call stack."""

    __slots__ = ("function", "env", "this", "receiver", "new_target", "arguments", "call_node", "caller_node",
                 "phase", "number", "generator", "args", "native_caller", "async_promise", "await_node",
                 "resumed_by", "label")

    def __init__(self, function, env, this, new_target, call_node, args, number: int):
        self.function = function
        self.env = env
        self.this = this
        self.receiver = this    # the value the call passed as `this` (an arrow's differs from its `this`)
        self.new_target = new_target
        self.arguments = None
        self.call_node = call_node
        self.phase = Phase.CREATION
        self.number = number  # "outer() call #2"
        self.generator = None
        self.args = args
        self.native_caller = None   # (function, this, call node, depth) of the built-in that called it (map...)
        self.caller_node = None     # where the caller was when the engine called this one (a getter...)
        self.async_promise = None   # an async function's promise (for async stack traces)
        self.await_node = None      # the `await` it is suspended at
        self.resumed_by = None      # a generator's: (next/return/throw, generator object, call node) resuming it
        self.label = None           # the name of a frame V8 makes itself: "<instance_members_initializer>"

    @property
    def name(self) -> str:
        if self.function is None:
            return "global"
        return self.function.code.display_name


class ScriptFunction(JSFunction):
    """A function created by evaluating a function expression or declaration in the script.

    ``scope`` is its [[Environment]]: the environment it closes over (the backpack).
    """

    __slots__ = ("code", "scope", "this_value", "home_object", "fields", "is_derived", "class_heritage",
                 "private_env")

    def __init__(self, realm, code, scope, proto):
        JSFunction.__init__(self, proto, "Function")
        self.realm = realm
        self.code = code
        self.scope = scope
        self.this_value = UNDEFINED  # arrows: the captured `this` is looked up lexically instead
        self.home_object = None
        self.fields = None
        self.is_derived = False
        self.class_heritage = None
        self.private_env = None

    @property
    def func_kind(self) -> str:  # type: ignore[override]
        return self.code.func_kind

    def source_text(self) -> str:
        return self.code.source_text

    def call(self, this, args):
        return self.code.invoke(self, this, args, None)

    def construct(self, args, new_target=None):
        return self.code.construct(self, args, self if new_target is None else new_target)

    @property
    def is_constructor(self) -> bool:
        return self.code.constructable


class JSArguments(JSArray):
    """The ``arguments`` object: array-like, but not an Array (ES2024 10.4.4). Its indices live in
    ``elems`` as an array's do, but may be made read-only or non-configurable one by one (kept in
    ``flags``), and its ``length`` is an ordinary property: writing an index past it leaves it as it is."""

    __slots__ = ()

    def __init__(self, proto, elems):
        JSArray.__init__(self, proto, elems)
        self.cls = "Arguments"

    def get_own(self, key):
        if key == "length":
            return self.props.get(key, MISSING)
        return JSArray.get_own(self, key)

    def flags_of(self, key) -> int:
        f = self.flags
        if key == "length":
            return JSObject.flags_of(self, key)
        if f and key in f and type(key) is str and key.isdigit():
            return f[key]
        return JSArray.flags_of(self, key)

    def own_keys(self) -> list:
        return [str(i) for i, v in enumerate(self.elems) if v is not HOLE] + JSObject.own_keys(self)

    def resizable(self) -> bool:
        return not self.frozen

    def past_fixed_length(self, key) -> bool:
        return False

    def _write_own(self, key, value) -> bool:
        if key == "length":
            return JSObject._write_own(self, key, value)
        return JSArray._write_own(self, key, value)

    def define_own(self, key, value, flags: int = DEFAULT_FLAGS) -> None:
        if key == "length":
            JSObject.define_own(self, key, value, flags)
            return
        JSArray.define_own(self, key, value, flags)

    def delete_own(self, key) -> bool:
        if key == "length":
            return JSObject.delete_own(self, key)
        f = self.flags
        if f and key in f and type(key) is str and key.isdigit():
            if not f[key] & CONFIGURABLE:
                return False
            del f[key]
        return JSArray.delete_own(self, key)


class MappedArguments(JSArguments):
    """Sloppy-mode ``arguments`` (ES2024 10.4.4): while an index is mapped, it and its parameter are one
    variable. The value lives in the environment; ``elems`` keeps what the index held when it was
    last written through the object, so ``live_elems`` is what it holds now."""

    __slots__ = ("env", "mapped")

    def __init__(self, proto, elems, env, mapped: dict):
        JSArguments.__init__(self, proto, elems)
        self.env = env
        self.mapped = mapped  # argument index -> slot in env.vals

    def mapped_slot(self, key):
        """The environment slot index ``key`` aliases, or None."""
        if type(key) is str and key.isdigit() and self.mapped and str(int(key)) == key:
            return self.mapped.get(int(key))
        return None

    def live_elems(self) -> list:
        """The elements as the program sees them: a mapped index shows its parameter's value."""
        elems = list(self.elems)
        vals = self.env.vals
        for i, slot in self.mapped.items():
            if i < len(elems):
                elems[i] = vals[slot]
        return elems

    def get_own(self, key):
        slot = self.mapped_slot(key)
        if slot is not None:
            return self.env.vals[slot]
        return JSArguments.get_own(self, key)

    def _write_own(self, key, value) -> bool:
        ok = JSArguments._write_own(self, key, value)
        if ok:
            slot = self.mapped_slot(key)
            if slot is not None:
                self.env.vals[slot] = value
        return ok

    def delete_own(self, key) -> bool:
        slot = self.mapped_slot(key)
        ok = JSArguments.delete_own(self, key)
        if ok and slot is not None:
            del self.mapped[int(key)]
        return ok

    def define_mapped(self, key, desc, ordinary) -> bool:
        """[[DefineOwnProperty]] (10.4.4.2): ``ordinary`` defines the property on the object; a value
        also goes to the parameter; an accessor or a read-only index ends the aliasing."""
        slot = self.mapped_slot(key)
        if slot is None:
            return ordinary(self, key, desc)
        vals = self.env.vals
        if not desc.is_accessor and desc.value is MISSING and desc.writable is False:
            desc = type(desc)(vals[slot], False, desc.get, desc.set, desc.enumerable, desc.configurable)
        if int(key) < len(self.elems):
            self.elems[int(key)] = vals[slot]     # the ordinary definition starts from the current value
        if not ordinary(self, key, desc):
            return False
        if desc.is_accessor:
            del self.mapped[int(key)]
            return True
        if desc.value is not MISSING:
            vals[slot] = desc.value
        if desc.writable is False:
            del self.mapped[int(key)]
        return True
