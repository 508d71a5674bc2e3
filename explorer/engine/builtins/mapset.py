"""``Map``, ``Set``, ``WeakMap``, ``WeakSet`` and the Map/Set iterators.

``MapData`` is the internal table (``obj.internal``) of all four kinds:
insertion-ordered, SameValueZero keys, and *live* iteration — entries added
during a ``forEach`` or an iteration are visited, deleted ones skipped — as
the specification requires.  ``MapData.entries()`` lists the live
``(key, value)`` pairs in order (a Set stores each value as key and value).

Map/Set iterator objects are ordinary objects (``cls`` "Object") whose
``internal`` is a ``MapIterState``; their prototypes carry the
``Symbol.toStringTag`` "Map Iterator" / "Set Iterator".
``MapIterState.remaining()`` previews what is left without advancing.
"""

from __future__ import annotations

import weakref
from contextlib import closing

from ..values import (
    NULL,
    SYM_ITERATOR,
    SYM_SPECIES,
    UNDEFINED,
    JSBigInt,
    JSFunction,
    JSObject,
    JSSymbol,
    type_error,
)
from .object import arg, display, group_by_entries, iterate_values, typeof_display

# Map.groupBy is not in Node 20 (it arrived in Node 21).
INSTALL_GROUP_BY = False


class _Deleted:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<deleted>"


_DELETED = _Deleted()
_NAN_KEY = ("nan",)
_ZERO_KEY = (float, 0.0)


def normalize_key(k):
    """A Python dict key with SameValueZero semantics (True != 1, NaN == NaN, -0 == +0)."""
    t = type(k)
    if t is str:
        return k
    if t is float:
        if k != k:
            return _NAN_KEY
        if k == 0:
            return _ZERO_KEY
        return (float, k)
    if t is bool:
        return (bool, k)
    if t is JSBigInt:
        return (JSBigInt, k.value)
    return k  # objects, symbols, undefined, null: identity


class _Cursor:
    """A position in a MapData that survives compaction (for iterators and forEach)."""

    __slots__ = ("pos", "__weakref__")

    def __init__(self):
        self.pos = 0


class MapData:
    __slots__ = ("keys", "vals", "index", "deleted", "cursors")

    def __init__(self):
        self.keys: list = []
        self.vals: list = []
        self.index: dict = {}
        self.deleted = 0
        self.cursors = weakref.WeakSet()

    # -- queries
    def __len__(self) -> int:
        return len(self.index)

    @property
    def size(self) -> int:
        return len(self.index)

    def entries(self) -> list:
        """The live (key, value) pairs in insertion order."""
        return [(k, v) for k, v in zip(self.keys, self.vals) if k is not _DELETED]

    def get(self, key, default=UNDEFINED):
        i = self.index.get(normalize_key(key))
        return default if i is None else self.vals[i]

    def has(self, key) -> bool:
        return normalize_key(key) in self.index

    # -- updates
    def set(self, key, value) -> None:
        if type(key) is float and key == 0:
            key = 0.0  # -0 is stored as +0
        nk = normalize_key(key)
        i = self.index.get(nk)
        if i is not None:
            self.vals[i] = value
            return
        self.index[nk] = len(self.keys)
        self.keys.append(key)
        self.vals.append(value)

    def delete(self, key) -> bool:
        i = self.index.pop(normalize_key(key), None)
        if i is None:
            return False
        self.keys[i] = _DELETED
        self.vals[i] = _DELETED
        self.deleted += 1
        if self.deleted > 16 and self.deleted * 2 > len(self.keys):
            self._compact()
        return True

    def clear(self) -> None:
        self.keys = []
        self.vals = []
        self.index = {}
        self.deleted = 0
        for c in list(self.cursors):
            c.pos = 0

    def _compact(self) -> None:
        keys, vals = self.keys, self.vals
        # new position of every old position: the number of live entries before it
        remap = []
        live = 0
        for k in keys:
            remap.append(live)
            if k is not _DELETED:
                live += 1
        remap.append(live)
        for c in list(self.cursors):
            c.pos = remap[min(c.pos, len(keys))]
        nk, nv = [], []
        for k, v in zip(keys, vals):
            if k is not _DELETED:
                nk.append(k)
                nv.append(v)
        self.keys, self.vals = nk, nv
        self.index = {normalize_key(k): i for i, k in enumerate(nk)}
        self.deleted = 0

    # -- live iteration
    def cursor(self) -> _Cursor:
        c = _Cursor()
        self.cursors.add(c)
        return c

    def advance(self, c: _Cursor):
        """The next live (key, value) at or after the cursor, or None at the end."""
        keys = self.keys
        pos = c.pos
        n = len(keys)
        while pos < n:
            k = keys[pos]
            pos += 1
            if k is not _DELETED:
                c.pos = pos
                return k, self.vals[pos - 1]
        c.pos = pos
        return None

    def remaining(self, c: _Cursor) -> list:
        return [(k, v) for k, v in zip(self.keys[c.pos:], self.vals[c.pos:]) if k is not _DELETED]


class MapIterState:
    """Internal slots of a Map/Set iterator: the table (None once done), cursor, kind."""

    __slots__ = ("data", "cursor", "kind", "is_set")

    def __init__(self, data: MapData, kind: str, is_set: bool):
        self.data = data
        self.cursor = data.cursor()
        self.kind = kind  # "keys", "values" or "entries"
        self.is_set = is_set

    def remaining(self) -> list:
        """What the iterator would still produce: values, or (key, value) pairs for "entries"."""
        if self.data is None:
            return []
        rest = self.data.remaining(self.cursor)
        if self.kind == "entries":
            return rest
        if self.kind == "keys":
            return [k for k, _ in rest]
        return [v for _, v in rest]


def can_be_held_weakly(v) -> bool:
    return isinstance(v, JSObject) or (type(v) is JSSymbol and v.registry_key is None)


def install(realm) -> None:
    host = realm.host
    iter_proto = realm.intrinsics.get("%IteratorPrototype%")
    if iter_proto is None:
        iter_proto = realm.new_object()
        realm.method(iter_proto, SYM_ITERATOR, lambda this, args: this, 0)
        realm.intrinsics["%IteratorPrototype%"] = iter_proto

    def species_getter(obj):
        realm.getter(obj, SYM_SPECIES, lambda this, args: this)

    def check_callable(cb):
        if not isinstance(cb, JSFunction):
            raise type_error(f"{typeof_display(cb)} is not a function")

    # ---------------------------------------------------------------- iterators
    def make_iter_proto(tag: str, is_set: bool):
        proto = realm.new_object(iter_proto)

        def next_(this, args):
            st = this.internal if isinstance(this, JSObject) else None
            if type(st) is not MapIterState or st.is_set != is_set:
                raise type_error(f"Method {tag}.prototype.next called on incompatible receiver {display(this)}")
            data = st.data
            if data is None:
                return realm.iter_result(UNDEFINED, True)
            e = data.advance(st.cursor)
            if e is None:
                st.data = None
                return realm.iter_result(UNDEFINED, True)
            k, v = e
            if st.kind == "keys":
                return realm.iter_result(k, False)
            if st.kind == "values":
                return realm.iter_result(v, False)
            return realm.iter_result(realm.new_array([k, v]), False)

        realm.method(proto, "next", next_, 0)
        realm.to_string_tag(proto, tag)
        realm.intrinsics[f"%{tag.replace(' ', '')}Prototype%"] = proto
        return proto

    map_iter_proto = make_iter_proto("Map Iterator", False)
    set_iter_proto = make_iter_proto("Set Iterator", True)

    def make_iterator(data: MapData, kind: str, is_set: bool) -> JSObject:
        proto = set_iter_proto if is_set else map_iter_proto
        return JSObject(proto, "Object", MapIterState(data, kind, is_set))

    # ---------------------------------------------------------------- helpers
    def this_data(this, cls: str, method: str) -> MapData:
        if isinstance(this, JSObject) and this.cls == cls and type(this.internal) is MapData:
            return this.internal
        raise type_error(f"Method {method} called on incompatible receiver {display(this)}")

    def add_entries(obj, iterable, adder_name: str, fast_adder, pairs: bool, weak_error=None):
        if iterable is UNDEFINED or iterable is NULL:
            return
        adder = obj.get(adder_name)
        if not isinstance(adder, JSFunction):
            raise type_error(f"'{display(adder)}' returned for property '{adder_name}' of object "
                             f"'{display(obj)}' is not a function")
        data = obj.internal
        fast = adder is fast_adder
        with closing(iterate_values(realm, iterable)) as gen:
            for item in gen:
                if pairs:
                    if not isinstance(item, JSObject):
                        raise type_error(f"Iterator value {display(item)} is not an entry object")
                    k = item.get("0")
                    v = item.get("1")
                    if fast:
                        if weak_error and not can_be_held_weakly(k):
                            raise type_error(weak_error)
                        data.set(k, v)
                    else:
                        adder.call(obj, [k, v])
                elif fast:
                    if weak_error and not can_be_held_weakly(item):
                        raise type_error(weak_error)
                    data.set(item, 0.0 if type(item) is float and item == 0 else item)   # -0 is added as +0
                else:
                    adder.call(obj, [item])

    def requires_new(name):
        def call(this, args):
            raise type_error(f"Constructor {name} requires 'new'")
        return call

    # Map, Set, WeakMap and WeakSet share these methods; a Set keeps each value
    # as its own key. A weak collection holds only objects and unregistered
    # symbols, so it never has anything else.
    def has_fn(cls: str, weak: bool = False):
        method = f"{cls}.prototype.has"

        def has(this, args):
            d = this_data(this, cls, method)
            k = arg(args, 0)
            if weak and not can_be_held_weakly(k):
                return False
            return d.has(k)
        return has

    def delete_fn(cls: str, weak: bool = False):
        method = f"{cls}.prototype.delete"

        def delete(this, args):
            d = this_data(this, cls, method)
            k = arg(args, 0)
            if weak and not can_be_held_weakly(k):
                return False
            r = d.delete(k)
            if r:
                host.touched(this)
            return r
        return delete

    def clear_fn(cls: str):
        method = f"{cls}.prototype.clear"

        def clear(this, args):
            d = this_data(this, cls, method)
            if d.size or d.keys:
                d.clear()
                host.touched(this)
            return UNDEFINED
        return clear

    def for_each_fn(cls: str):
        method = f"{cls}.prototype.forEach"

        def for_each(this, args):
            d = this_data(this, cls, method)
            cb, this_arg = arg(args, 0), arg(args, 1)
            check_callable(cb)
            c = d.cursor()
            while True:
                e = d.advance(c)
                if e is None:
                    break
                cb.call(this_arg, [e[1], e[0], this])
            return UNDEFINED
        return for_each

    def size_fn(cls: str):
        method = f"get {cls}.prototype.size"

        def size(this, args):
            return float(this_data(this, cls, method).size)
        return size

    def iterator_fn(cls: str, kind: str):
        """entries, keys or values: an iterator over the live table."""
        method = f"{cls}.prototype.{kind}"
        is_set = cls == "Set"

        def iterator(this, args):
            return make_iterator(this_data(this, cls, method), kind, is_set)
        return iterator

    # ---------------------------------------------------------------- Map
    map_proto = realm.new_object()

    def map_construct(args, new_target):
        obj = JSObject(realm.proto_from(new_target, map_proto), "Map", MapData())
        add_entries(obj, arg(args, 0), "set", map_set_fn, True)
        return obj

    map_ctor = realm.make_constructor("Map", 0, requires_new("Map"), map_construct, map_proto)

    def map_group_by(this, args):
        groups = group_by_entries(realm, arg(args, 0), arg(args, 1), property_key=False)
        data = MapData()
        for k, vs in groups:
            data.set(k, realm.new_array(vs))
        return JSObject(map_proto, "Map", data)

    if INSTALL_GROUP_BY:
        realm.method(map_ctor, "groupBy", map_group_by, 2)
    species_getter(map_ctor)

    def map_get(this, args):
        return this_data(this, "Map", "Map.prototype.get").get(arg(args, 0))

    def map_set(this, args):
        this_data(this, "Map", "Map.prototype.set").set(arg(args, 0), arg(args, 1))
        host.touched(this)
        return this

    m = realm.method
    m(map_proto, "get", map_get, 1)
    map_set_fn = m(map_proto, "set", map_set, 2)
    m(map_proto, "has", has_fn("Map"), 1)
    m(map_proto, "delete", delete_fn("Map"), 1)
    m(map_proto, "clear", clear_fn("Map"), 0)
    entries_fn = m(map_proto, "entries", iterator_fn("Map", "entries"), 0)
    m(map_proto, "forEach", for_each_fn("Map"), 1)
    m(map_proto, "keys", iterator_fn("Map", "keys"), 0)
    realm.getter(map_proto, "size", size_fn("Map"))
    m(map_proto, "values", iterator_fn("Map", "values"), 0)
    realm.to_string_tag(map_proto, "Map")
    realm.value(map_proto, SYM_ITERATOR, entries_fn)
    realm.define_global("Map", map_ctor)

    # ---------------------------------------------------------------- Set
    set_proto = realm.new_object()

    def set_construct(args, new_target):
        obj = JSObject(realm.proto_from(new_target, set_proto), "Set", MapData())
        add_entries(obj, arg(args, 0), "add", set_add_fn, False)
        return obj

    set_ctor = realm.make_constructor("Set", 0, requires_new("Set"), set_construct, set_proto)
    species_getter(set_ctor)

    def set_add(this, args):
        v = arg(args, 0)
        d = this_data(this, "Set", "Set.prototype.add")
        if not d.has(v):
            d.set(v, 0.0 if type(v) is float and v == 0 else v)
            host.touched(this)
        return this

    m(set_proto, "has", has_fn("Set"), 1)
    set_add_fn = m(set_proto, "add", set_add, 1)
    m(set_proto, "delete", delete_fn("Set"), 1)
    m(set_proto, "clear", clear_fn("Set"), 0)
    m(set_proto, "entries", iterator_fn("Set", "entries"), 0)
    m(set_proto, "forEach", for_each_fn("Set"), 1)
    realm.getter(set_proto, "size", size_fn("Set"))
    values_fn = m(set_proto, "values", iterator_fn("Set", "values"), 0)
    realm.value(set_proto, "keys", values_fn)
    realm.to_string_tag(set_proto, "Set")
    realm.value(set_proto, SYM_ITERATOR, values_fn)
    realm.define_global("Set", set_ctor)

    # ---------------------------------------------------------------- WeakMap
    wm_proto = realm.new_object()

    def wm_construct(args, new_target):
        obj = JSObject(realm.proto_from(new_target, wm_proto), "WeakMap", MapData())
        add_entries(obj, arg(args, 0), "set", wm_set_fn, True, "Invalid value used as weak map key")
        return obj

    wm_ctor = realm.make_constructor("WeakMap", 0, requires_new("WeakMap"), wm_construct, wm_proto)

    def wm_get(this, args):
        d = this_data(this, "WeakMap", "WeakMap.prototype.get")
        k = arg(args, 0)
        return d.get(k) if can_be_held_weakly(k) else UNDEFINED

    def wm_set(this, args):
        d = this_data(this, "WeakMap", "WeakMap.prototype.set")
        k = arg(args, 0)
        if not can_be_held_weakly(k):
            raise type_error("Invalid value used as weak map key")
        d.set(k, arg(args, 1))
        host.touched(this)
        return this

    m(wm_proto, "delete", delete_fn("WeakMap", weak=True), 1)
    m(wm_proto, "get", wm_get, 1)
    wm_set_fn = m(wm_proto, "set", wm_set, 2)
    m(wm_proto, "has", has_fn("WeakMap", weak=True), 1)
    realm.to_string_tag(wm_proto, "WeakMap")
    realm.define_global("WeakMap", wm_ctor)

    # ---------------------------------------------------------------- WeakSet
    ws_proto = realm.new_object()

    def ws_construct(args, new_target):
        obj = JSObject(realm.proto_from(new_target, ws_proto), "WeakSet", MapData())
        add_entries(obj, arg(args, 0), "add", ws_add_fn, False, "Invalid value used in weak set")
        return obj

    ws_ctor = realm.make_constructor("WeakSet", 0, requires_new("WeakSet"), ws_construct, ws_proto)

    def ws_add(this, args):
        d = this_data(this, "WeakSet", "WeakSet.prototype.add")
        k = arg(args, 0)
        if not can_be_held_weakly(k):
            raise type_error("Invalid value used in weak set")
        if not d.has(k):
            d.set(k, k)
            host.touched(this)
        return this

    m(ws_proto, "delete", delete_fn("WeakSet", weak=True), 1)
    m(ws_proto, "has", has_fn("WeakSet", weak=True), 1)
    ws_add_fn = m(ws_proto, "add", ws_add, 1)
    realm.to_string_tag(ws_proto, "WeakSet")
    realm.define_global("WeakSet", ws_ctor)
