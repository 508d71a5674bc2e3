"""The Array constructor and Array.prototype (ES2023, as in Node 20).

Every generic method works on array-likes through ``get``/``put``/``has``;
plain ``JSArray`` receivers take fast paths over ``.elems`` (``HOLE`` marks
gaps; an ``Accessor`` stored in ``elems`` is read through ``get``).
"""

from __future__ import annotations

import math

from ..conversions import (
    key_text,
    number_to_string,
    relative_index,
    same_value_zero,
    strict_equals,
    to_boolean,
    to_integer_or_infinity,
    to_length,
    to_string,
)
from ..values import (
    CONFIGURABLE,
    HOLE,
    MAX_DENSE_LENGTH,
    MISSING,
    NULL,
    SYM_IS_CONCAT_SPREADABLE,
    SYM_ITERATOR,
    SYM_SPECIES,
    SYM_TO_STRING_TAG,
    SYM_UNSCOPABLES,
    UNDEFINED,
    Accessor,
    JSArray,
    JSFunction,
    JSObject,
    JSSymbol,
    array_too_long,
    grow_elements,
    range_error,
    to_number,
    type_error,
)
from .iterators import make_array_iterator

MAX_SAFE = 2**53 - 1
# Dense Python lists beyond this size are refused (V8 would go to dictionary mode).
MAX_DENSE = MAX_DENSE_LENGTH


def _arg(args, i):
    return args[i] if len(args) > i else UNDEFINED


def is_array(v) -> bool:
    """IsArray: true for Array objects (subclass instances included), false for Arguments."""
    return type(v) is JSArray


def builtin_tag(o) -> str:
    """The tag Object.prototype.toString uses for an object (before Symbol.toStringTag)."""
    if type(o) is JSArray:
        return "Array"
    if isinstance(o, JSFunction):
        return "Function"
    cls = o.cls
    if cls in ("Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments"):
        return cls
    return "Object"


def object_to_string(o) -> str:
    """Object.prototype.toString for an object (used by Array.prototype.toString's fallback)."""
    tag = o.get(SYM_TO_STRING_TAG)
    if type(tag) is not str:
        tag = builtin_tag(o)
    return f"[object {tag}]"


# ---------------------------------------------------------------- sorting
MIN_GALLOP = 7


class _MergeSort:
    """A stable TimSort that asks the comparator the same questions, in the same
    order, as V8's Array.prototype.sort (so a logging comparator prints what
    Node prints). ``compare(x, y)`` returns a number; NaN counts as 0.

    Natural runs are found (descending ones reversed), short runs are extended
    by binary insertion to the minimum run length, and runs are merged under
    the classic stack invariants, with galloping when one side keeps winning.
    """

    def __init__(self, items: list, compare):
        self.a = items
        self.cmp = compare
        self.min_gallop = MIN_GALLOP
        self.runs: list = []  # [base, length] pairs waiting to be merged

    def sort(self) -> None:
        n = len(self.a)
        if n < 2:
            return
        min_run = _min_run_length(n)
        low = 0
        remaining = n
        while remaining:
            run = self.count_run(low, low + remaining)
            if run < min_run:
                forced = min(min_run, remaining)
                self.binary_insertion(low, low + run, low + forced)
                run = forced
            self.runs.append([low, run])
            self.merge_collapse()
            low += run
            remaining -= run
        self.merge_force_collapse()

    def binary_insertion(self, low: int, start: int, high: int) -> None:
        a = self.a
        cmp = self.cmp
        if start == low:
            start += 1
        while start < high:
            pivot = a[start]
            left, right = low, start
            while left < right:
                mid = left + ((right - left) >> 1)
                if cmp(pivot, a[mid]) < 0:
                    right = mid
                else:
                    left = mid + 1
            a[left + 1:start + 1] = a[left:start]
            a[left] = pivot
            start += 1

    def count_run(self, low_arg: int, high: int) -> int:
        a = self.a
        cmp = self.cmp
        low = low_arg + 1
        if low == high:
            return 1
        length = 2
        descending = cmp(a[low], a[low - 1]) < 0
        previous = a[low]
        for idx in range(low + 1, high):
            current = a[idx]
            order = cmp(current, previous)
            if descending:
                if order >= 0:
                    break
            elif order < 0:
                break
            previous = current
            length += 1
        if descending:
            a[low_arg:low_arg + length] = a[low_arg:low_arg + length][::-1]
        return length

    def _invariant(self, n: int) -> bool:
        if n < 2:
            return True
        runs = self.runs
        return runs[n - 2][1] > runs[n - 1][1] + runs[n][1]

    def merge_collapse(self) -> None:
        runs = self.runs
        while len(runs) > 1:
            n = len(runs) - 2
            if not self._invariant(n + 1) or not self._invariant(n):
                if runs[n - 1][1] < runs[n + 1][1]:
                    n -= 1
                self.merge_at(n)
            elif runs[n][1] <= runs[n + 1][1]:
                self.merge_at(n)
            else:
                break

    def merge_force_collapse(self) -> None:
        runs = self.runs
        while len(runs) > 1:
            n = len(runs) - 2
            if n > 0 and runs[n - 1][1] < runs[n + 1][1]:
                n -= 1
            self.merge_at(n)

    def merge_at(self, i: int) -> None:
        a = self.a
        runs = self.runs
        base_a, len_a = runs[i]
        base_b, len_b = runs[i + 1]
        runs[i][1] = len_a + len_b
        del runs[i + 1]
        k = self.gallop_right(a, a[base_b], base_a, len_a, 0)
        base_a += k
        len_a -= k
        if len_a == 0:
            return
        len_b = self.gallop_left(a, a[base_a + len_a - 1], base_b, len_b, len_b - 1)
        if len_b == 0:
            return
        if len_a <= len_b:
            self.merge_low(base_a, len_a, base_b, len_b)
        else:
            self.merge_high(base_a, len_a, base_b, len_b)

    def gallop_left(self, arr, key, base: int, length: int, hint: int) -> int:
        """Where key goes in the sorted arr[base:base+length]: left of any equal elements."""
        cmp = self.cmp
        last, ofs = 0, 1
        if cmp(arr[base + hint], key) < 0:
            max_ofs = length - hint
            while ofs < max_ofs:
                if cmp(arr[base + hint + ofs], key) >= 0:
                    break
                last, ofs = ofs, (ofs << 1) + 1
            ofs = min(ofs, max_ofs)
            last, ofs = last + hint, ofs + hint
        else:
            max_ofs = hint + 1
            while ofs < max_ofs:
                if cmp(arr[base + hint - ofs], key) < 0:
                    break
                last, ofs = ofs, (ofs << 1) + 1
            ofs = min(ofs, max_ofs)
            last, ofs = hint - ofs, hint - last
        last += 1
        while last < ofs:
            m = last + ((ofs - last) >> 1)
            if cmp(arr[base + m], key) < 0:
                last = m + 1
            else:
                ofs = m
        return ofs

    def gallop_right(self, arr, key, base: int, length: int, hint: int) -> int:
        """Where key goes in the sorted arr[base:base+length]: right of any equal elements."""
        cmp = self.cmp
        last, ofs = 0, 1
        if cmp(key, arr[base + hint]) < 0:
            max_ofs = hint + 1
            while ofs < max_ofs:
                if cmp(key, arr[base + hint - ofs]) >= 0:
                    break
                last, ofs = ofs, (ofs << 1) + 1
            ofs = min(ofs, max_ofs)
            last, ofs = hint - ofs, hint - last
        else:
            max_ofs = length - hint
            while ofs < max_ofs:
                if cmp(key, arr[base + hint + ofs]) < 0:
                    break
                last, ofs = ofs, (ofs << 1) + 1
            ofs = min(ofs, max_ofs)
            last, ofs = last + hint, ofs + hint
        last += 1
        while last < ofs:
            m = last + ((ofs - last) >> 1)
            if cmp(key, arr[base + m]) < 0:
                ofs = m
            else:
                last = m + 1
        return ofs

    def merge_low(self, base_a: int, len_a: int, base_b: int, len_b: int) -> None:
        """Merge two adjacent runs left to right; run A (the shorter) is copied out."""
        a = self.a
        cmp = self.cmp
        tmp = a[base_a:base_a + len_a]
        dest, ct, cb = base_a, 0, base_b
        a[dest] = a[cb]
        dest += 1
        cb += 1
        len_b -= 1
        outcome = "done" if len_b == 0 else ("copy_b" if len_a == 1 else None)
        min_gallop = self.min_gallop
        while outcome is None:
            wins_a = wins_b = 0
            while True:
                if cmp(a[cb], tmp[ct]) < 0:
                    a[dest] = a[cb]
                    dest += 1
                    cb += 1
                    wins_b += 1
                    wins_a = 0
                    len_b -= 1
                    if len_b == 0:
                        outcome = "done"
                        break
                    if wins_b >= min_gallop:
                        break
                else:
                    a[dest] = tmp[ct]
                    dest += 1
                    ct += 1
                    wins_a += 1
                    wins_b = 0
                    len_a -= 1
                    if len_a == 1:
                        outcome = "copy_b"
                        break
                    if wins_a >= min_gallop:
                        break
            if outcome:
                break
            min_gallop += 1
            first = True
            while wins_a >= MIN_GALLOP or wins_b >= MIN_GALLOP or first:
                first = False
                min_gallop = max(1, min_gallop - 1)
                self.min_gallop = min_gallop
                wins_a = self.gallop_right(tmp, a[cb], ct, len_a, 0)
                if wins_a > 0:
                    a[dest:dest + wins_a] = tmp[ct:ct + wins_a]
                    dest += wins_a
                    ct += wins_a
                    len_a -= wins_a
                    if len_a == 1:
                        outcome = "copy_b"
                        break
                    if len_a == 0:
                        outcome = "done"
                        break
                a[dest] = a[cb]
                dest += 1
                cb += 1
                len_b -= 1
                if len_b == 0:
                    outcome = "done"
                    break
                wins_b = self.gallop_left(a, tmp[ct], cb, len_b, 0)
                if wins_b > 0:
                    a[dest:dest + wins_b] = a[cb:cb + wins_b]
                    dest += wins_b
                    cb += wins_b
                    len_b -= wins_b
                    if len_b == 0:
                        outcome = "done"
                        break
                a[dest] = tmp[ct]
                dest += 1
                ct += 1
                len_a -= 1
                if len_a == 1:
                    outcome = "copy_b"
                    break
            if outcome:
                break
            min_gallop += 1
            self.min_gallop = min_gallop
        if outcome == "done":
            if len_a > 0:
                a[dest:dest + len_a] = tmp[ct:ct + len_a]
        else:  # the last element of A goes after what is left of B
            a[dest:dest + len_b] = a[cb:cb + len_b]
            a[dest + len_b] = tmp[ct]

    def merge_high(self, base_a: int, len_a: int, base_b: int, len_b: int) -> None:
        """Merge two adjacent runs right to left; run B (the shorter) is copied out."""
        a = self.a
        cmp = self.cmp
        tmp = a[base_b:base_b + len_b]
        dest, ct, ca = base_b + len_b - 1, len_b - 1, base_a + len_a - 1
        a[dest] = a[ca]
        dest -= 1
        ca -= 1
        len_a -= 1
        outcome = "done" if len_a == 0 else ("copy_a" if len_b == 1 else None)
        min_gallop = self.min_gallop
        while outcome is None:
            wins_a = wins_b = 0
            while True:
                if cmp(tmp[ct], a[ca]) < 0:
                    a[dest] = a[ca]
                    dest -= 1
                    ca -= 1
                    wins_a += 1
                    wins_b = 0
                    len_a -= 1
                    if len_a == 0:
                        outcome = "done"
                        break
                    if wins_a >= min_gallop:
                        break
                else:
                    a[dest] = tmp[ct]
                    dest -= 1
                    ct -= 1
                    wins_b += 1
                    wins_a = 0
                    len_b -= 1
                    if len_b == 1:
                        outcome = "copy_a"
                        break
                    if wins_b >= min_gallop:
                        break
            if outcome:
                break
            min_gallop += 1
            first = True
            while wins_a >= MIN_GALLOP or wins_b >= MIN_GALLOP or first:
                first = False
                min_gallop = max(1, min_gallop - 1)
                self.min_gallop = min_gallop
                k = self.gallop_right(a, tmp[ct], base_a, len_a, len_a - 1)
                wins_a = len_a - k
                if wins_a > 0:
                    dest -= wins_a
                    ca -= wins_a
                    a[dest + 1:dest + 1 + wins_a] = a[ca + 1:ca + 1 + wins_a]
                    len_a -= wins_a
                    if len_a == 0:
                        outcome = "done"
                        break
                a[dest] = tmp[ct]
                dest -= 1
                ct -= 1
                len_b -= 1
                if len_b == 1:
                    outcome = "copy_a"
                    break
                k = self.gallop_left(tmp, a[ca], 0, len_b, len_b - 1)
                wins_b = len_b - k
                if wins_b > 0:
                    dest -= wins_b
                    ct -= wins_b
                    a[dest + 1:dest + 1 + wins_b] = tmp[ct + 1:ct + 1 + wins_b]
                    len_b -= wins_b
                    if len_b == 1:
                        outcome = "copy_a"
                        break
                    if len_b == 0:
                        outcome = "done"
                        break
                a[dest] = a[ca]
                dest -= 1
                ca -= 1
                len_a -= 1
                if len_a == 0:
                    outcome = "done"
                    break
            if outcome:
                break
            min_gallop += 1
            self.min_gallop = min_gallop
        if outcome == "done":
            if len_b > 0:
                a[dest - (len_b - 1):dest + 1] = tmp[0:len_b]
        else:  # the first element of B goes before what is left of A
            dest -= len_a
            ca -= len_a
            a[dest + 1:dest + 1 + len_a] = a[ca + 1:ca + 1 + len_a]
            a[dest] = tmp[ct]


def _min_run_length(n: int) -> int:
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def sort_with_comparator(items: list, compare) -> None:
    """Sort a list in place as V8 does with a user comparator (stable; exceptions propagate)."""
    _MergeSort(items, compare).sort()


def install(realm) -> None:
    array_proto = realm.array_prototype
    new_array = realm.new_array

    def describe(v) -> str:
        return realm.host.describe(v)

    def touched(o) -> None:
        realm.host.touched(o)

    def obj_desc(o) -> str:
        return "[object Array]" if isinstance(o, JSArray) else describe(o)

    # ---------------------------------------------------------- helpers
    def to_obj(this, name=None):
        if this is UNDEFINED or this is NULL:
            if name is not None:
                raise type_error(f"Array.prototype.{name} called on null or undefined")
            raise type_error("Cannot convert undefined or null to object")
        if isinstance(this, JSObject):
            return this
        return realm.to_object(this)

    def length_of(o) -> int:
        if type(o) is JSArray:
            return len(o.elems)
        return to_length(o.get("length"))

    host = realm.host

    # An array-like's length can be up to 2**53 - 1: each of its elements a method visits is a step,
    # so the step limit, cancel and the memory budget end such a loop as they end a program's own.
    def get_i(o, i):
        if type(o) is JSArray:
            elems = o.elems
            if i < len(elems):
                v = elems[i]
                if v is not HOLE and type(v) is not Accessor:
                    return v
        elif not isinstance(o, JSArray):
            host.count()
        return o.get(str(i))

    def has_i(o, i) -> bool:
        if type(o) is JSArray:
            elems = o.elems
            if i < len(elems) and elems[i] is not HOLE:
                return True
        elif not isinstance(o, JSArray):
            host.count()
        return o.has(str(i))

    def set_error(o, key):
        k = "length" if type(o) is JSArray and o.past_fixed_length(key) else key_text(key)
        if not o.extensible and o.get_own(key) is MISSING:
            return type_error(f"Cannot add property {k}, object is not extensible")
        return type_error(f"Cannot assign to read only property '{k}' of object '{obj_desc(o)}'")

    def put(o, key, v) -> None:
        """Set(O, P, V, true)."""
        if not o.put(key, v):
            raise set_error(o, key)

    def put_i(o, i, v) -> None:
        if type(o) is JSArray and not o.frozen:
            elems = o.elems
            if i < len(elems):
                old = elems[i]
                if old is not HOLE and type(old) is not Accessor:
                    elems[i] = v
                    return
        elif not isinstance(o, JSArray):
            host.count()
        put(o, str(i), v)

    def delete_i(o, i) -> None:
        """DeletePropertyOrThrow(O, i)."""
        if not isinstance(o, JSArray):
            host.count()
        if not o.delete_own(str(i)):
            raise type_error(f"Cannot delete property '{i}' of {obj_desc(o)}")

    def set_length(o, n: int) -> None:
        put(o, "length", float(n))

    def create_data(a, i, v) -> None:
        """CreateDataPropertyOrThrow(A, i, v)."""
        if type(a) is JSArray:
            elems = a.elems
            n = len(elems)
            if i < n:
                elems[i] = v
                return
            if i == n and a.extensible:
                elems.append(v)
                return
        if not a.extensible and a.get_own(str(i)) is MISSING:
            raise type_error(f"Cannot add property {i}, object is not extensible")
        a.define_own(str(i), v)

    def iteration(this, args, name):
        """What forEach, map, filter, find, reduce... start from: the receiver, its length,
        the callback's ``call`` (a TypeError if it is not callable) and the second argument."""
        o = to_obj(this, name)
        n = length_of(o)
        cb = _arg(args, 0)
        if not isinstance(cb, JSFunction):
            raise type_error(f"{describe(cb)} is not a function")
        return o, n, cb.call, _arg(args, 1)

    def present(o, n: int, reverse: bool = False):
        """(index, value) for each index below n that the object has, checked lazily."""
        rng = range(n - 1, -1, -1) if reverse else range(n)
        if type(o) is JSArray:
            for i in rng:
                elems = o.elems
                if i < len(elems):
                    v = elems[i]
                    if v is not HOLE and type(v) is not Accessor:
                        yield i, v
                        continue
                k = str(i)
                if o.has(k):
                    yield i, o.get(k)
        else:   # an array-like can claim up to 2**53 - 1 indices: each is a step (see get_i)
            count = host.count
            for i in rng:
                count()
                k = str(i)
                if o.has(k):
                    yield i, o.get(k)

    def plain_array(o) -> bool:
        """A fresh-looking Array whose species is %Array% (so results are plain arrays)."""
        return (o.proto is array_proto and "constructor" not in o.props
                and array_proto.props.get("constructor") is array_ctor)

    def species_create(o, n: int):
        """ArraySpeciesCreate; returns (array, is_plain)."""
        if type(o) is not JSArray or plain_array(o):
            return array_create(n), True
        c = o.get("constructor")
        if isinstance(c, JSObject):
            c = c.get(SYM_SPECIES)
            if c is NULL:
                c = UNDEFINED
        if c is UNDEFINED or c is array_ctor:
            return array_create(n), True
        if not (isinstance(c, JSFunction) and c.is_constructor):
            raise type_error("object.constructor[Symbol.species] is not a constructor")
        return c.construct([float(n)], c), False

    def array_create(n: int) -> JSArray:
        if not n:
            return JSArray(array_proto, [])
        elems = []
        grow_elements(elems, n)
        return JSArray(array_proto, elems)

    def value_text(v) -> str:
        """How V8 prints a value inside a message without running user code."""
        if type(v) is float:
            return number_to_string(v)
        if type(v) is JSSymbol:
            return key_text(v)
        if isinstance(v, JSFunction):
            return v.source_text()
        if isinstance(v, JSObject):
            if type(v) is JSArray or v.cls in ("RegExp", "Date", "Error"):
                return f"[object {builtin_tag(v)}]"
            return describe(v)
        return to_string(v)

    # ---------------------------------------------------------- constructor
    def array_construct(args, new_target):
        proto = array_proto if new_target is None else realm.proto_from(new_target, array_proto)
        if len(args) == 1:
            n = args[0]
            if type(n) is float:
                if not (0 <= n < 4294967296) or n != int(n):
                    raise range_error("Invalid array length")
                elems = []
                grow_elements(elems, int(n))
                return JSArray(proto, elems)
            return JSArray(proto, [n])
        return JSArray(proto, list(args))

    def array_call(this, args):
        return array_construct(args, None)

    array_ctor = realm.make_constructor("Array", 1, array_call, array_construct, array_proto)
    realm.define_global("Array", array_ctor)

    def is_array_fn(this, args):
        return is_array(_arg(args, 0))

    def construct_for(c, n=None):
        """For Array.from/of with a non-Array constructor this: Construct(C, [n]) or Construct(C)."""
        return c.construct([] if n is None else [float(n)], c)

    def array_from(this, args):
        items = _arg(args, 0)
        mapfn = _arg(args, 1)
        this_arg = _arg(args, 2)
        if mapfn is not UNDEFINED and not isinstance(mapfn, JSFunction):
            raise type_error(f"{describe(mapfn)} is not a function")
        if items is UNDEFINED or items is NULL:
            what = "undefined" if items is UNDEFINED else "object null"
            raise type_error(f"{what} is not iterable (cannot read property Symbol(Symbol.iterator))")
        use_ctor = isinstance(this, JSFunction) and this.is_constructor and this is not array_ctor
        using_iterator = realm.get_method(items, SYM_ITERATOR)
        if using_iterator is not None:
            if not use_ctor:
                if mapfn is UNDEFINED:
                    if type(items) is str and using_iterator is realm.intrinsics.get("%StringProto_iterator%"):
                        return new_array(list(items))
                    return new_array(list(realm.iterate(items)))
                out = []
                gen = realm.iterate(items)
                try:
                    call = mapfn.call
                    for v in gen:
                        out.append(call(this_arg, [v, float(len(out))]))
                finally:
                    gen.close()
                return new_array(out)
            a = construct_for(this)
            k = 0
            gen = realm.iterate(items)
            try:
                for v in gen:
                    if mapfn is not UNDEFINED:
                        v = mapfn.call(this_arg, [v, float(k)])
                    create_data(a, k, v)
                    k += 1
            finally:
                gen.close()
            set_length(a, k)
            return a
        o = realm.to_object(items)
        n = length_of(o)
        a = construct_for(this, n) if use_ctor else array_create(n)
        for k in range(n):
            v = get_i(o, k)
            if mapfn is not UNDEFINED:
                v = mapfn.call(this_arg, [v, float(k)])
            create_data(a, k, v)
        if use_ctor:
            set_length(a, n)
        return a

    def array_of(this, args):
        if isinstance(this, JSFunction) and this.is_constructor and this is not array_ctor:
            a = construct_for(this, len(args))
            for k, v in enumerate(args):
                create_data(a, k, v)
            set_length(a, len(args))
            return a
        return new_array(list(args))

    realm.method(array_ctor, "isArray", is_array_fn, 1)
    realm.method(array_ctor, "from", array_from, 1)
    realm.method(array_ctor, "of", array_of, 0)
    realm.getter(array_ctor, SYM_SPECIES, lambda this, args: this)

    # ---------------------------------------------------------- prototype
    def at(this, args):
        o = to_obj(this)
        n = length_of(o)
        k = to_integer_or_infinity(_arg(args, 0))
        if k < 0:
            k += n
        if k < 0 or k >= n:
            return UNDEFINED
        return get_i(o, int(k))

    def is_concat_spreadable(e) -> bool:
        if not isinstance(e, JSObject):
            return False
        s = e.get(SYM_IS_CONCAT_SPREADABLE)
        if s is not UNDEFINED:
            return to_boolean(s)
        return is_array(e)

    def concat(this, args):
        o = to_obj(this, "concat")
        a, plain = species_create(o, 0)
        out = a.elems if plain else None
        n = 0
        for e in [o, *args]:
            if is_concat_spreadable(e):
                ln = length_of(e)
                if n + ln > MAX_SAFE:
                    raise type_error("Invalid array length")
                if plain and n + ln > MAX_DENSE:
                    raise array_too_long(n + ln)
                if plain and type(e) is JSArray and not any(type(x) is Accessor for x in e.elems):
                    src = e.elems
                    if HOLE in src and e.proto is not array_proto:
                        for i in range(ln):
                            out.append(get_i(e, i) if has_i(e, i) else HOLE)
                    else:
                        out.extend(src)
                    n += ln
                    continue
                for i in range(ln):
                    if has_i(e, i):
                        v = get_i(e, i)
                        if plain:
                            out.append(v)
                        else:
                            create_data(a, n, v)
                    elif plain:
                        out.append(HOLE)
                    n += 1
            else:
                if plain:
                    out.append(e)
                else:
                    create_data(a, n, e)
                n += 1
        if not plain:
            set_length(a, n)
        return a

    def copy_within(this, args):
        o = to_obj(this)
        n = length_of(o)
        to = relative_index(_arg(args, 0), n, 0)
        frm = relative_index(_arg(args, 1), n, 0)
        final = relative_index(_arg(args, 2), n, n)
        count = min(final - frm, n - to)
        if count <= 0:
            return o
        if type(o) is JSArray and not o.frozen and len(o.elems) == n:
            elems = o.elems
            elems[to:to + count] = elems[frm:frm + count]
            touched(o)
            return o
        if frm < to < frm + count:
            pairs = ((frm + count - 1 - j, to + count - 1 - j) for j in range(count))
        else:
            pairs = ((frm + j, to + j) for j in range(count))
        for f, t in pairs:
            if has_i(o, f):
                put_i(o, t, get_i(o, f))
            else:
                delete_i(o, t)
        touched(o)
        return o

    def fill(this, args):
        o = to_obj(this)
        n = length_of(o)
        v = _arg(args, 0)
        k = relative_index(_arg(args, 1), n, 0)
        final = relative_index(_arg(args, 2), n, n)
        if k >= final:
            return o
        if type(o) is JSArray and not o.frozen and len(o.elems) == n:
            o.elems[k:final] = [v] * (final - k)
        else:
            for i in range(k, final):
                put_i(o, i, v)
        touched(o)
        return o

    def find_generic(name, reverse, want_index):
        def find(this, args):
            o, n, call, t = iteration(this, args, name)
            rng = range(n - 1, -1, -1) if reverse else range(n)
            for i in rng:
                v = get_i(o, i)
                if to_boolean(call(t, [v, float(i), o])):
                    return float(i) if want_index else v
            return -1.0 if want_index else UNDEFINED
        return find

    def index_of(this, args):
        o = to_obj(this, "indexOf")
        n = length_of(o)
        if n == 0:
            return -1.0
        x = _arg(args, 0)
        k = to_integer_or_infinity(_arg(args, 1))
        if k >= n:
            return -1.0
        if k < 0:
            k = max(n + k, 0)
        k = int(k)
        if type(o) is JSArray:
            elems = o.elems
            if type(x) is float:
                for i in range(k, min(n, len(elems))):
                    v = elems[i]
                    if type(v) is float and v == x:
                        return float(i)
                    if (type(v) is Accessor or v is HOLE and o.has(str(i))) and strict_equals(o.get(str(i)), x):
                        return float(i)
                return -1.0
            for i in range(k, min(n, len(elems))):
                v = elems[i]
                if v is HOLE:   # a hole shows what the prototype chain holds at its index, if anything
                    if not o.has(str(i)):
                        continue
                    v = o.get(str(i))
                elif type(v) is Accessor:
                    v = o.get(str(i))
                if strict_equals(v, x):
                    return float(i)
            return -1.0
        for i, v in present(o, n):
            if i >= k and strict_equals(v, x):
                return float(i)
        return -1.0

    def last_index_of(this, args):
        o = to_obj(this)
        n = length_of(o)
        if n == 0:
            return -1.0
        x = _arg(args, 0)
        k = to_integer_or_infinity(args[1]) if len(args) > 1 else n - 1
        k = min(k, n - 1) if k >= 0 else n + k
        k = int(k) if k != -math.inf else -1
        for i in range(k, -1, -1):
            if has_i(o, i) and strict_equals(get_i(o, i), x):
                return float(i)
        return -1.0

    def includes(this, args):
        o = to_obj(this)
        n = length_of(o)
        if n == 0:
            return False
        x = _arg(args, 0)
        k = to_integer_or_infinity(_arg(args, 1))
        if k >= n:
            return False
        if k < 0:
            k = max(n + k, 0)
        for i in range(int(k), n):
            v = get_i(o, i)
            if same_value_zero(v, x):
                return True
        return False

    def pop(this, args):
        o = to_obj(this)
        if type(o) is JSArray and o.resizable():
            elems = o.elems
            if not elems:
                return UNDEFINED
            v = elems[-1]
            if v is HOLE or type(v) is Accessor:
                v = o.get(str(len(elems) - 1))
            elems.pop()
            touched(o)
            return v
        n = length_of(o)
        if n == 0:
            set_length(o, 0)
            touched(o)
            return UNDEFINED
        v = get_i(o, n - 1)
        delete_i(o, n - 1)
        set_length(o, n - 1)
        touched(o)
        return v

    def push(this, args):
        o = to_obj(this)
        if type(o) is JSArray and o.resizable() and o.extensible:
            elems = o.elems
            if len(args) == 1:
                elems.append(args[0])
            else:
                elems.extend(args)
            realm.host.appended(o, len(args))
            return float(len(elems))
        n = length_of(o)
        if n + len(args) > MAX_SAFE:
            raise type_error(f"Pushing {len(args)} elements on an array-like of length {n} "
                             "is disallowed, as the total surpasses 2**53-1")
        for v in args:
            put(o, str(n), v)
            n += 1
        set_length(o, n)
        touched(o)
        return float(n)

    def reverse(this, args):
        o = to_obj(this)
        n = length_of(o)
        if type(o) is JSArray and not o.frozen and len(o.elems) == n and HOLE not in o.elems:
            o.elems.reverse()
            touched(o)
            return o
        lower = 0
        mid = n // 2
        while lower != mid:
            upper = n - lower - 1
            lower_exists = has_i(o, lower)
            lower_v = get_i(o, lower) if lower_exists else UNDEFINED
            upper_exists = has_i(o, upper)
            upper_v = get_i(o, upper) if upper_exists else UNDEFINED
            if lower_exists and upper_exists:
                put(o, str(lower), upper_v)
                put(o, str(upper), lower_v)
            elif upper_exists:
                put(o, str(lower), upper_v)
                delete_i(o, upper)
            elif lower_exists:
                delete_i(o, lower)
                put(o, str(upper), lower_v)
            lower += 1
        touched(o)
        return o

    def shift(this, args):
        o = to_obj(this)
        if type(o) is JSArray and o.resizable() and HOLE not in o.elems[:2]:
            elems = o.elems
            if not elems:
                return UNDEFINED
            v = elems[0]
            if type(v) is Accessor:
                v = o.get("0")
            del elems[0]
            touched(o)
            return v
        n = length_of(o)
        if n == 0:
            set_length(o, 0)
            return UNDEFINED
        first = get_i(o, 0)
        for k in range(1, n):
            if has_i(o, k):
                put(o, str(k - 1), get_i(o, k))
            else:
                delete_i(o, k - 1)
        delete_i(o, n - 1)
        set_length(o, n - 1)
        touched(o)
        return first

    def unshift(this, args):
        o = to_obj(this)
        argc = len(args)
        if type(o) is JSArray and o.resizable() and o.extensible:
            if argc:
                o.elems[0:0] = args
                touched(o)
            return float(len(o.elems))
        n = length_of(o)
        if argc > 0:
            if n + argc > MAX_SAFE:
                raise type_error("Invalid array length")
            for k in range(n, 0, -1):
                f = k - 1
                if has_i(o, f):
                    put(o, str(f + argc), get_i(o, f))
                else:
                    delete_i(o, f + argc)
            for j, v in enumerate(args):
                put(o, str(j), v)
        set_length(o, n + argc)
        touched(o)
        return float(n + argc)

    def slice_(this, args):
        o = to_obj(this)
        n = length_of(o)
        k = relative_index(_arg(args, 0), n, 0)
        final = relative_index(_arg(args, 1), n, n)
        count = max(final - k, 0)
        if type(o) is JSArray and plain_array(o):
            part = o.elems[k:final]
            if any(type(x) is Accessor for x in part):
                part = [get_i(o, i) if has_i(o, i) else HOLE for i in range(k, final)]
            return new_array(part)
        a, plain = species_create(o, count)
        idx = 0
        for i in range(k, final):
            if has_i(o, i):
                create_data(a, idx, get_i(o, i))
            idx += 1
        if not plain:
            set_length(a, idx)
        return a

    def sort_values(o, n, cmp):
        """SortIndexedProperties with holes skipped: (sorted values, undefined count)."""
        if type(o) is JSArray and len(o.elems) == n and not any(type(x) is Accessor for x in o.elems):
            vals = [v for v in o.elems if v is not HOLE]
            if len(vals) != n and o.proto is not array_proto:
                vals = [v for _, v in present(o, n)]
        else:
            vals = [v for _, v in present(o, n)]
        items = [v for v in vals if v is not UNDEFINED]
        undefs = len(vals) - len(items)
        if cmp is None:
            if all(type(v) is str for v in items):
                items.sort()
            else:
                keyed = [(to_string(v), v) for v in items]
                keyed.sort(key=lambda p: p[0])
                items = [v for _, v in keyed]
        else:
            call = cmp.call

            def compare(x, y):
                r = call(UNDEFINED, [x, y])
                if type(r) is not float:
                    r = to_number(r)
                return 0.0 if r != r else r

            sort_with_comparator(items, compare)
        return items, undefs, len(vals)

    def check_comparator(args):
        cmp = _arg(args, 0)
        if cmp is UNDEFINED:
            return None
        if not isinstance(cmp, JSFunction):
            raise type_error("The comparison function must be either a function or undefined")
        return cmp

    def sort(this, args):
        cmp = check_comparator(args)
        o = to_obj(this)
        n = length_of(o)
        if n < 2:
            return o
        items, undefs, count = sort_values(o, n, cmp)
        if type(o) is JSArray and not o.frozen and len(o.elems) == n:
            o.elems[:] = items + [UNDEFINED] * undefs + [HOLE] * (n - count)
            touched(o)
            return o
        i = 0
        for v in items:
            put(o, str(i), v)
            i += 1
        for _ in range(undefs):
            put(o, str(i), UNDEFINED)
            i += 1
        while i < n:
            delete_i(o, i)
            i += 1
        touched(o)
        return o

    def splice_arguments(args, n: int):
        """splice/toSpliced's (start, deleteCount, items), checking the new length."""
        start = relative_index(_arg(args, 0), n, 0)
        if len(args) == 0:
            dc = 0
        elif len(args) == 1:
            dc = n - start
        else:
            dc = int(min(max(to_integer_or_infinity(args[1]), 0), n - start))
        items = list(args[2:])
        if n + len(items) - dc > MAX_SAFE:
            raise type_error("Invalid array length")
        return start, dc, items

    def splice(this, args):
        o = to_obj(this)
        n = length_of(o)
        start, dc, items = splice_arguments(args, n)
        if (type(o) is JSArray and plain_array(o) and o.resizable() and o.extensible
                and len(o.elems) == n):
            elems = o.elems
            removed = elems[start:start + dc]
            elems[start:start + dc] = items
            touched(o)
            if any(type(x) is Accessor for x in removed):
                removed = [x.get.call(o, []) if type(x) is Accessor and x.get is not UNDEFINED
                           else (UNDEFINED if type(x) is Accessor else x) for x in removed]
            return new_array(removed)
        a, plain = species_create(o, dc)
        for k in range(dc):
            if has_i(o, start + k):
                create_data(a, k, get_i(o, start + k))
        if not plain:
            set_length(a, dc)
        ic = len(items)
        if ic < dc:
            for k in range(start, n - dc):
                f, t = k + dc, k + ic
                if has_i(o, f):
                    put(o, str(t), get_i(o, f))
                else:
                    delete_i(o, t)
            for k in range(n, n - dc + ic, -1):
                delete_i(o, k - 1)
        elif ic > dc:
            for k in range(n - dc, start, -1):
                f, t = k + dc - 1, k + ic - 1
                if has_i(o, f):
                    put(o, str(t), get_i(o, f))
                else:
                    delete_i(o, t)
        for j, v in enumerate(items):
            put(o, str(start + j), v)
        set_length(o, n - dc + ic)
        touched(o)
        return a

    join_stack: set = set()

    def join_impl(o, n, sep, locale, locale_args=()):
        if n == 0 or id(o) in join_stack:
            return ""
        join_stack.add(id(o))
        try:
            parts = []
            append = parts.append
            for i in range(n):
                v = get_i(o, i)
                if v is UNDEFINED or v is NULL:
                    append("")
                elif type(v) is str:
                    append(v)
                elif locale:
                    append(to_string(realm.invoke(v, "toLocaleString", list(locale_args))))
                else:
                    append(to_string(v))
            return sep.join(parts)
        finally:
            join_stack.discard(id(o))

    def join(this, args):
        o = to_obj(this)
        n = length_of(o)
        sep = _arg(args, 0)
        sep = "," if sep is UNDEFINED else to_string(sep)
        return join_impl(o, n, sep, False)

    def to_locale_string(this, args):
        o = to_obj(this)
        return join_impl(o, length_of(o), ",", True, args[:2])

    def to_string_(this, args):
        o = to_obj(this)
        f = o.get("join")
        if isinstance(f, JSFunction):
            return f.call(o, [])
        ots = realm.intrinsics.get("%ObjProto_toString%")
        if isinstance(ots, JSFunction):
            return ots.call(o, [])
        return object_to_string(o)

    def keys(this, args):
        return make_array_iterator(realm, to_obj(this), "keys")

    def entries(this, args):
        return make_array_iterator(realm, to_obj(this), "entries")

    def values(this, args):
        return make_array_iterator(realm, to_obj(this), "values")

    def for_each(this, args):
        o, n, call, t = iteration(this, args, "forEach")
        for i, v in present(o, n):
            call(t, [v, float(i), o])
        return UNDEFINED

    def filter_(this, args):
        o, n, call, t = iteration(this, args, "filter")
        a, plain = species_create(o, 0)
        if plain:
            out = a.elems
            for i, v in present(o, n):
                if to_boolean(call(t, [v, float(i), o])):
                    out.append(v)
            return a
        k = 0
        for i, v in present(o, n):
            if to_boolean(call(t, [v, float(i), o])):
                create_data(a, k, v)
                k += 1
        return a

    def map_(this, args):
        o, n, call, t = iteration(this, args, "map")
        a, plain = species_create(o, n)
        if plain:
            out = a.elems
            for i, v in present(o, n):
                out[i] = call(t, [v, float(i), o])
            return a
        for i, v in present(o, n):
            create_data(a, i, call(t, [v, float(i), o]))
        return a

    def every(this, args):
        o, n, call, t = iteration(this, args, "every")
        for i, v in present(o, n):
            if not to_boolean(call(t, [v, float(i), o])):
                return False
        return True

    def some(this, args):
        o, n, call, t = iteration(this, args, "some")
        for i, v in present(o, n):
            if to_boolean(call(t, [v, float(i), o])):
                return True
        return False

    def reduce_generic(name, reverse):
        def reduce(this, args):
            o, n, call, _ = iteration(this, args, name)
            items = present(o, n, reverse)
            if len(args) >= 2:
                acc = args[1]
            else:
                first = next(items, None)
                if first is None:
                    raise type_error("Reduce of empty array with no initial value")
                acc = first[1]
            for i, v in items:
                acc = call(UNDEFINED, [acc, v, float(i), o])
            return acc
        return reduce

    def flatten_into(target, source, n, depth, mapper=None, this_arg=UNDEFINED):
        for i, v in present(source, n):
            if mapper is not None:
                v = mapper.call(this_arg, [v, float(i), source])
            if depth > 0 and is_array(v):
                flatten_into(target, v, length_of(v), depth - 1)
            else:
                target.append(v)

    def flat(this, args):
        o = to_obj(this)
        n = length_of(o)
        d = _arg(args, 0)
        depth = 1 if d is UNDEFINED else to_integer_or_infinity(d)
        if depth < 0:
            depth = 0
        a, plain = species_create(o, 0)
        out = []
        flatten_into(out, o, n, depth)
        return fill_result(a, plain, out)

    def flat_map(this, args):
        o = to_obj(this)
        n = length_of(o)
        mapper = _arg(args, 0)
        if not isinstance(mapper, JSFunction):
            raise type_error("flatMap mapper function is not callable")
        a, plain = species_create(o, 0)
        out = []
        flatten_into(out, o, n, 1, mapper, _arg(args, 1))
        return fill_result(a, plain, out)

    def fill_result(a, plain, out):
        if plain:
            a.elems.extend(out)
        else:
            for k, v in enumerate(out):
                create_data(a, k, v)
        return a

    def dense_values(o, n):
        if type(o) is JSArray and len(o.elems) == n and HOLE not in o.elems \
                and not any(type(x) is Accessor for x in o.elems):
            return list(o.elems)
        return [get_i(o, i) for i in range(n)]

    def to_reversed(this, args):
        o = to_obj(this)
        vals = dense_values(o, length_of(o))
        vals.reverse()
        return new_array(vals)

    def to_sorted(this, args):
        cmp = check_comparator(args)
        o = to_obj(this)
        n = length_of(o)
        vals = dense_values(o, n)
        tmp = JSArray(array_proto, vals)
        items, undefs, _ = sort_values(tmp, n, cmp)
        return new_array(items + [UNDEFINED] * undefs)

    def to_spliced(this, args):
        o = to_obj(this)
        n = length_of(o)
        start, skip, items = splice_arguments(args, n)
        vals = dense_values(o, n)
        return new_array(vals[:start] + items + vals[start + skip:])

    def with_(this, args):
        o = to_obj(this)
        n = length_of(o)
        rel = to_integer_or_infinity(_arg(args, 0))
        k = rel if rel >= 0 else n + rel
        if k >= n or k < 0:
            raise range_error(f"Invalid index : {value_text(_arg(args, 0))}")
        vals = dense_values(o, n)
        vals[int(k)] = _arg(args, 1)
        return new_array(vals)

    m = realm.method
    p = array_proto
    m(p, "at", at, 1)
    m(p, "concat", concat, 1)
    m(p, "copyWithin", copy_within, 2)
    m(p, "fill", fill, 1)
    m(p, "find", find_generic("find", False, False), 1)
    m(p, "findIndex", find_generic("findIndex", False, True), 1)
    m(p, "findLast", find_generic("findLast", True, False), 1)
    m(p, "findLastIndex", find_generic("findLastIndex", True, True), 1)
    m(p, "lastIndexOf", last_index_of, 1)
    m(p, "pop", pop, 0)
    m(p, "push", push, 1)
    m(p, "reverse", reverse, 0)
    m(p, "shift", shift, 0)
    m(p, "unshift", unshift, 1)
    m(p, "slice", slice_, 2)
    m(p, "sort", sort, 1)
    m(p, "splice", splice, 2)
    m(p, "includes", includes, 1)
    m(p, "indexOf", index_of, 1)
    m(p, "join", join, 1)
    m(p, "keys", keys, 0)
    m(p, "entries", entries, 0)
    values_fn = m(p, "values", values, 0)
    m(p, "forEach", for_each, 1)
    m(p, "filter", filter_, 1)
    m(p, "flat", flat, 0)
    m(p, "flatMap", flat_map, 1)
    m(p, "map", map_, 1)
    m(p, "every", every, 1)
    m(p, "some", some, 1)
    m(p, "reduce", reduce_generic("reduce", False), 1)
    m(p, "reduceRight", reduce_generic("reduceRight", True), 1)
    m(p, "toLocaleString", to_locale_string, 0)
    array_to_string = m(p, "toString", to_string_, 0)
    m(p, "toReversed", to_reversed, 0)
    m(p, "toSorted", to_sorted, 1)
    m(p, "toSpliced", to_spliced, 2)
    m(p, "with", with_, 2)
    realm.value(p, SYM_ITERATOR, values_fn)
    unscopables = JSObject(None)
    for name in ("at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                 "findLastIndex", "flat", "flatMap", "includes", "keys", "values",
                 "toReversed", "toSorted", "toSpliced"):
        unscopables.define_own(name, True)
    realm.value(p, SYM_UNSCOPABLES, unscopables, CONFIGURABLE)

    realm.intrinsics["%ArrayProto_values%"] = values_fn
    realm.intrinsics["%ArrayProto_toString%"] = array_to_string
    realm.intrinsics["%ArraySpeciesCreate%"] = lambda original, length: species_create(original, length)[0]


__all__ = ["install", "is_array", "object_to_string", "builtin_tag"]
