"""Generator and async generator prototypes, and the constructors GeneratorFunction, AsyncFunction and
AsyncGeneratorFunction, reachable only through their functions (ECMA-262 §27.3-27.7)."""

from __future__ import annotations

from ..coroutines import AsyncGeneratorState, GeneratorState
from ..values import CONFIGURABLE, SYM_ASYNC_ITERATOR, UNDEFINED, JSObject, type_error
from .function import dynamic_function_constructor


def install(realm) -> None:
    iter_proto = realm.intrinsics.get("%IteratorPrototype%") or JSObject(realm.object_prototype)
    gen_proto = JSObject(iter_proto)
    realm.to_string_tag(gen_proto, "Generator")
    realm.intrinsics["%GeneratorPrototype%"] = gen_proto
    gen_fn_proto = JSObject(realm.function_prototype)
    gen_fn_proto.define_own("prototype", gen_proto, CONFIGURABLE)
    gen_proto.define_own("constructor", gen_fn_proto, CONFIGURABLE)

    def state_of(this, name):
        if not isinstance(this, JSObject) or type(this.internal) is not GeneratorState:
            raise type_error(f"{name} method called on incompatible receiver {realm.host.describe(this)}")
        return this.internal

    for mode in ("next", "return", "throw"):
        def m(this, args, mode=mode):
            return state_of(this, mode).resume(mode, args[0] if args else UNDEFINED, this)
        realm.method(gen_proto, mode, m, 1)

    realm.to_string_tag(gen_fn_proto, "GeneratorFunction")
    realm.intrinsics["%GeneratorFunction.prototype%"] = gen_fn_proto
    function = realm.intrinsics["Function"]
    dynamic_function_constructor(realm, "GeneratorFunction", "generator", gen_fn_proto, function)

    async_iter_proto = JSObject(realm.object_prototype)
    realm.method(async_iter_proto, SYM_ASYNC_ITERATOR, lambda this, args: this, 0)
    agen_proto = JSObject(async_iter_proto)
    realm.to_string_tag(agen_proto, "AsyncGenerator")
    realm.intrinsics["%AsyncGeneratorPrototype%"] = agen_proto
    agen_fn_proto = JSObject(realm.function_prototype)
    agen_fn_proto.define_own("prototype", agen_proto, CONFIGURABLE)
    agen_proto.define_own("constructor", agen_fn_proto, CONFIGURABLE)

    for mode in ("next", "return", "throw"):
        def am(this, args, mode=mode):
            if not isinstance(this, JSObject) or type(this.internal) is not AsyncGeneratorState:
                raise type_error(f"{mode} method called on incompatible receiver {realm.host.describe(this)}")
            return this.internal.enqueue(mode, args[0] if args else UNDEFINED)
        realm.method(agen_proto, mode, am, 1)

    realm.to_string_tag(agen_fn_proto, "AsyncGeneratorFunction")
    realm.intrinsics["%AsyncGeneratorFunction.prototype%"] = agen_fn_proto
    dynamic_function_constructor(realm, "AsyncGeneratorFunction", "asyncgenerator", agen_fn_proto, function)

    async_fn_proto = JSObject(realm.function_prototype)
    realm.to_string_tag(async_fn_proto, "AsyncFunction")
    realm.intrinsics["%AsyncFunction.prototype%"] = async_fn_proto
    dynamic_function_constructor(realm, "AsyncFunction", "async", async_fn_proto, function)
