"""The web-platform globals Node has: atob, btoa, structuredClone, DOMException, and `global`.

Their errors are Node's: a DOMException (``InvalidCharacterError``, ``DataCloneError``) or,
for a missing argument, Node's ``TypeError [ERR_MISSING_ARGS]``.
"""

from __future__ import annotations

import base64

from ..conversions import to_string
from ..values import (
    HIDDEN,
    HOLE,
    MISSING,
    UNDEFINED,
    Accessor,
    JSArray,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    JSThrow,
    type_error,
)

# DOMException's names with a legacy code (WebIDL), and the constants naming those codes
_CODES = {
    "IndexSizeError": 1, "HierarchyRequestError": 3, "WrongDocumentError": 4, "InvalidCharacterError": 5,
    "NoModificationAllowedError": 7, "NotFoundError": 8, "NotSupportedError": 9, "InUseAttributeError": 10,
    "InvalidStateError": 11, "SyntaxError": 12, "InvalidModificationError": 13, "NamespaceError": 14,
    "InvalidAccessError": 15, "TypeMismatchError": 17, "SecurityError": 18, "NetworkError": 19,
    "AbortError": 20, "URLMismatchError": 21, "QuotaExceededError": 22, "TimeoutError": 23,
    "InvalidNodeTypeError": 24, "DataCloneError": 25,
}
_CONSTANTS = ("INDEX_SIZE_ERR", "DOMSTRING_SIZE_ERR", "HIERARCHY_REQUEST_ERR", "WRONG_DOCUMENT_ERR",
              "INVALID_CHARACTER_ERR", "NO_DATA_ALLOWED_ERR", "NO_MODIFICATION_ALLOWED_ERR", "NOT_FOUND_ERR",
              "NOT_SUPPORTED_ERR", "INUSE_ATTRIBUTE_ERR", "INVALID_STATE_ERR", "SYNTAX_ERR",
              "INVALID_MODIFICATION_ERR", "NAMESPACE_ERR", "INVALID_ACCESS_ERR", "VALIDATION_ERR",
              "TYPE_MISMATCH_ERR", "SECURITY_ERR", "NETWORK_ERR", "ABORT_ERR", "URL_MISMATCH_ERR",
              "QUOTA_EXCEEDED_ERR", "TIMEOUT_ERR", "INVALID_NODE_TYPE_ERR", "DATA_CLONE_ERR")
_BASE64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_ASCII_SPACE = frozenset("\t\n\f\r ")


class DOMError(JSError):
    """A DOMException thrown by a built-in (made into an object only when the program sees it)."""

    def __init__(self, name: str, message: str):
        JSError.__init__(self, name, message)

    def js_value(self, realm):
        if self.value is None:
            self.value = make_dom_exception(realm, self.message, self.kind)
        return self.value


def make_dom_exception(realm, message: str, name: str) -> JSObject:
    proto = realm.intrinsics["DOMException"].get("prototype")
    e = JSObject(proto, "Error", (name, message))
    e.define_own("stack", realm.host.stack_string(name, message), HIDDEN)
    return e


def missing_argument(realm, message: str) -> JSThrow:
    """Node's ``TypeError [ERR_MISSING_ARGS]`` (with its ``code``)."""
    err = realm.make_error("TypeError", message)
    err.define_own("stack", realm.host.stack_string("TypeError [ERR_MISSING_ARGS]", message), HIDDEN)
    err.define_own("code", "ERR_MISSING_ARGS", 5)   # writable, configurable, not enumerable
    return JSThrow(err)


def atob(text: str) -> str:
    """Node's atob: WHATWG forgiving-base64 decoding, each byte a Latin-1 character."""
    significant = equals = 0
    for ch in text:
        if ch in _ASCII_SPACE:
            continue
        if ch == "=":
            significant += 1
            equals += 1
            if equals > 2:
                raise DOMError("InvalidCharacterError", "Invalid character")
        elif ch in _BASE64:
            significant += 1
            if equals:
                raise DOMError("InvalidCharacterError", "Invalid character")
        else:
            raise DOMError("InvalidCharacterError", "Invalid character")
    rest = significant % 4
    if not rest:
        rest = (significant - equals) % 4
    elif equals:
        raise DOMError("InvalidCharacterError", "Invalid character")
    if rest == 1:
        raise DOMError("InvalidCharacterError", "The string to be decoded is not correctly encoded.")
    data = "".join(ch for ch in text if ch not in _ASCII_SPACE and ch != "=")
    return base64.b64decode(data + "=" * (-len(data) % 4)).decode("latin-1")


def btoa(text: str) -> str:
    if any(ord(ch) > 0xFF for ch in text):
        raise DOMError("InvalidCharacterError", "Invalid character")
    return base64.b64encode(text.encode("latin-1")).decode("ascii")


def install(realm) -> None:
    error_proto = realm.error_prototypes.get("Error") or realm.object_prototype
    proto = JSObject(error_proto)

    def construct(args, new_target):
        message = to_string(args[0]) if args and args[0] is not UNDEFINED else ""
        name = to_string(args[1]) if len(args) > 1 and args[1] is not UNDEFINED else "Error"
        e = make_dom_exception(realm, message, name)
        e.proto = realm.proto_from(new_target, proto)
        return e

    def call(this, args):
        raise type_error("Class constructor DOMException cannot be invoked without 'new'")

    ctor = realm.make_constructor("DOMException", 0, call, construct, proto)
    realm.to_string_tag(proto, "DOMException")

    def field(i, default):
        def get(this, args):
            data = this.internal if isinstance(this, JSObject) else None
            if type(data) is not tuple:
                raise type_error("Value of \"this\" must be of type DOMException")
            return data[i] if i < 2 else float(_CODES.get(data[0], 0))
        return get
    realm.getter(proto, "name", field(0, "Error"))
    realm.getter(proto, "message", field(1, ""))
    realm.getter(proto, "code", field(2, 0))
    for code, constant in enumerate(_CONSTANTS, 1):
        for holder in (ctor, proto):
            holder.define_own(constant, float(code), 2)   # enumerable, read-only, not configurable
    realm.define_global("DOMException", ctor)

    def atob_(this, args):
        if not args:
            raise missing_argument(realm, 'The "input" argument must be specified')
        return atob(to_string(args[0]))

    def btoa_(this, args):
        if not args:
            raise missing_argument(realm, 'The "input" argument must be specified')
        return btoa(to_string(args[0]))

    def structured_clone(this, args):
        if not args:
            raise missing_argument(realm, "The value argument must be specified")
        return clone(realm, args[0], {})

    realm.define_global("atob", realm.native(atob_, "atob", 1))
    realm.define_global("btoa", realm.native(btoa_, "btoa", 1))
    realm.define_global("structuredClone", realm.native(structured_clone, "structuredClone", 2))
    realm.define_global("global", realm.global_object)


def _not_cloneable(realm, v) -> DOMError:
    shown = v.source_text() if isinstance(v, JSFunction) else (repr(v) if type(v) is JSSymbol
                                                               else realm.host.describe(v))
    return DOMError("DataCloneError", f"{shown} could not be cloned.")


def clone(realm, v, memo: dict):
    """StructuredSerialize + Deserialize in one pass (HTML §2.7.3), for the kinds this engine has."""
    if not isinstance(v, JSObject):
        if type(v) is JSSymbol:
            raise _not_cloneable(realm, v)
        return v
    done = memo.get(id(v))
    if done is not None:
        return done
    if isinstance(v, JSFunction):
        raise _not_cloneable(realm, v)
    cls = v.cls
    if cls in ("Number", "String", "Boolean", "BigInt"):
        out = realm.to_object(v.internal if cls != "String" else to_string(v))
        memo[id(v)] = out
        return out
    if cls == "Date":
        out = JSObject(realm.intrinsics["Date"].get("prototype"), "Date", v.internal)
        memo[id(v)] = out
        return out
    if cls == "RegExp":
        ctor = realm.intrinsics["RegExp"]
        out = ctor.construct([v.get("source"), v.get("flags")], ctor)
        memo[id(v)] = out
        return out
    if cls in ("Map", "Set"):
        ctor = realm.intrinsics[cls]
        out = ctor.construct([], ctor)
        memo[id(v)] = out
        adder = out.get("set" if cls == "Map" else "add")
        items = list(realm.iterate(v))
        for item in items:
            if cls == "Map":
                k, val = item.elems[0], item.elems[1]
                adder.call(out, [clone(realm, k, memo), clone(realm, val, memo)])
            else:
                adder.call(out, [clone(realm, item, memo)])
        return out
    if cls == "Error" and type(v.internal) is not tuple:
        name = v.get("name")
        kind = name if name in ("EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError",
                                "URIError") else "Error"
        out = JSObject(realm.error_prototypes.get(kind) or realm.error_prototypes["Error"], "Error")
        memo[id(v)] = out
        for key in ("message", "stack", "cause"):
            own = v.get_own(key)
            if own is not MISSING:
                got = v.get(key)
                out.define_own(key, got if key == "cause" else to_string(got), HIDDEN)
        if out.get_own("cause") is not MISSING:
            out.define_own("cause", clone(realm, out.get_own("cause"), memo), HIDDEN)
        return out
    if cls not in ("Object", "Array", "Arguments", "Error"):
        raise _not_cloneable(realm, v)
    if isinstance(v, JSArray) and cls == "Array":
        out = realm.new_array([HOLE] * len(v.elems))
    else:
        out = realm.new_object()
    memo[id(v)] = out
    for key in v.own_keys():
        if type(key) is JSSymbol or (isinstance(v, JSArray) and key == "length"):
            continue
        own = v.get_own(key)
        if own is MISSING or not v.flags_of(key) & 2:
            continue
        val = v.get(key) if type(own) is Accessor else own
        out.put(key, clone(realm, val, memo))
    return out
