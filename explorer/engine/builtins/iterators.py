"""%IteratorPrototype%, Array Iterators and String Iterators.

Iterator objects are ordinary objects (``cls`` "Object") whose ``internal``
is an ``ArrayIterState`` / ``StringIterState``; their prototypes carry the
``Symbol.toStringTag`` ("Array Iterator", "String Iterator"), which is how
inspection names them (``Object [Array Iterator] {}``).

Node 20 (V8 11.3) has no Iterator helpers (``Iterator`` is not a global,
``[].values().map`` is undefined), so none are defined here.
"""

from __future__ import annotations

from ..conversions import to_length
from ..values import HOLE, SYM_ITERATOR, UNDEFINED, Accessor, JSArray, JSObject, type_error


class ArrayIterState:
    """The internal slots of an Array Iterator: the iterated object (None once done), index, kind."""

    __slots__ = ("obj", "index", "kind")

    def __init__(self, obj, kind: str):
        self.obj = obj
        self.index = 0
        self.kind = kind  # "keys", "values" or "entries"


class StringIterState:
    __slots__ = ("string", "index")

    def __init__(self, string: str):
        self.string = string
        self.index = 0


def _length_of(obj) -> int:
    if type(obj) is JSArray:
        return len(obj.elems)
    return to_length(obj.get("length"))


def make_array_iterator(realm, obj, kind: str = "values") -> JSObject:
    """CreateArrayIterator(obj, kind): kind is "keys", "values" or "entries"."""
    return JSObject(realm.intrinsics["%ArrayIteratorPrototype%"], "Object", ArrayIterState(obj, kind))


def make_string_iterator(realm, s: str) -> JSObject:
    return JSObject(realm.intrinsics["%StringIteratorPrototype%"], "Object", StringIterState(s))


def install(realm) -> None:
    host = realm.host
    iter_result = realm.iter_result

    # %IteratorPrototype%
    iterator_proto = realm.new_object()
    realm.method(iterator_proto, SYM_ITERATOR, lambda this, args: this, 0)
    realm.intrinsics["%IteratorPrototype%"] = iterator_proto

    # %ArrayIteratorPrototype%
    array_iter_proto = realm.new_object(iterator_proto)

    def array_iterator_next(this, args):
        st = this.internal if isinstance(this, JSObject) else None
        if type(st) is not ArrayIterState:
            raise type_error("Method Array Iterator.prototype.next called on incompatible receiver "
                             + host.describe(this))
        obj = st.obj
        if obj is None:
            return iter_result(UNDEFINED, True)
        i = st.index
        if type(obj) is JSArray:
            elems = obj.elems
            if i >= len(elems):
                st.obj = None
                return iter_result(UNDEFINED, True)
            st.index = i + 1
            kind = st.kind
            if kind == "keys":
                return iter_result(float(i), False)
            v = elems[i]
            if v is HOLE or type(v) is Accessor:
                v = obj.get(str(i))
        else:
            if i >= _length_of(obj):
                st.obj = None
                return iter_result(UNDEFINED, True)
            host.count()    # an array-like can claim 2**53 - 1 elements: each is a step
            st.index = i + 1
            kind = st.kind
            if kind == "keys":
                return iter_result(float(i), False)
            v = obj.get(str(i))
        if kind == "values":
            return iter_result(v, False)
        return iter_result(realm.new_array([float(i), v]), False)

    next_fn = realm.method(array_iter_proto, "next", array_iterator_next, 0)
    realm.to_string_tag(array_iter_proto, "Array Iterator")
    realm.intrinsics["%ArrayIteratorPrototype%"] = array_iter_proto
    realm.intrinsics["%ArrayIterator_next%"] = next_fn

    # %StringIteratorPrototype%
    string_iter_proto = realm.new_object(iterator_proto)

    def string_iterator_next(this, args):
        st = this.internal if isinstance(this, JSObject) else None
        if type(st) is not StringIterState:
            raise type_error("Method String Iterator.prototype.next called on incompatible receiver "
                             + host.describe(this))
        s = st.string
        if s is None:
            return iter_result(UNDEFINED, True)
        i = st.index
        if i >= len(s):
            st.string = None
            return iter_result(UNDEFINED, True)
        st.index = i + 1
        return iter_result(s[i], False)

    realm.method(string_iter_proto, "next", string_iterator_next, 0)
    realm.to_string_tag(string_iter_proto, "String Iterator")
    realm.intrinsics["%StringIteratorPrototype%"] = string_iter_proto


__all__ = ["make_array_iterator", "make_string_iterator", "ArrayIterState", "StringIterState", "install"]
