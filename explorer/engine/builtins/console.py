"""The ``console`` global, as Node 20 prints it.

Every console call makes exactly one ``realm.host.console_write(stream, text)``
call with the whole text (no trailing newline); group indentation is applied
to every line of it.  Formatting is ``inspect.format_args`` (util.format).
Nothing here needs another built-in module: it works with whatever the realm
has installed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..conversions import data_lookup, to_boolean, to_property_key, to_string, typeof
from ..inspect import (
    InspectOptions,
    format_args,
    inspect,
    iter_state,
    iterator_preview,
    js_inspect_function,
    mapdata_entries,
    options_from_js,
    string_width,
)
from ..values import (
    CONFIGURABLE,
    DEFAULT_FLAGS,
    ENUMERABLE,
    MISSING,
    NULL,
    SYM_TO_STRING_TAG,
    UNDEFINED,
    JSArray,
    JSError,
    JSFunction,
    JSObject,
    JSSymbol,
    type_error,
)

_INDEX_KEY = "(index)"
_ITER_KEY = "(iteration index)"
_KEY_KEY = "Key"
_VALUES_KEY = "Values"

_METHOD_ORDER = ("log", "warn", "dir", "time", "timeEnd", "timeLog", "trace", "assert", "clear",
                 "count", "countReset", "group", "groupEnd", "table", "debug", "info", "dirxml",
                 "error", "groupCollapsed")


def _label(args, default="default") -> str:
    """``label = `${label}``` with the default for undefined (symbols throw, as in Node)."""
    v = args[0] if args else UNDEFINED
    if v is UNDEFINED:
        return default
    if type(v) is JSSymbol:
        raise type_error("Cannot convert a Symbol value to a string")
    return to_string(v)


def _to_fixed3(x: float) -> str:
    d = Decimal(x).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    return f"{d:.3f}"


def format_time(ms: float) -> str:
    """Node's formatTime for console.timeEnd / timeLog."""
    hours = 0
    minutes = 0
    seconds = 0.0
    if ms >= 1000:
        if ms >= 60000:
            if ms >= 3600000:
                hours = int(ms // 3600000)
                ms = ms % 3600000
            minutes = int(ms // 60000)
            ms = ms % 60000
        seconds = ms / 1000
    if hours != 0 or minutes != 0:
        sec, _, frac = _to_fixed3(seconds).partition(".")
        res = f"{hours}:{minutes:02d}" if hours != 0 else f"{minutes}"
        return f"{res}:{sec.rjust(2, '0')}.{frac} ({'h:m' if hours != 0 else ''}m:ss.mmm)"
    if seconds != 0:
        return f"{_to_fixed3(seconds)}s"
    v = float(_to_fixed3(ms))
    return f"{int(v)}ms" if v.is_integer() else f"{v!r}ms"


def render_table(head: list, columns: list) -> str:
    """Node's internal/cli_table: box-drawn, cells left-aligned."""
    rows = []
    widths = [string_width(h) for h in head]
    longest = max((len(c) for c in columns), default=0)
    for i in range(len(head)):
        column = columns[i]
        for j in range(longest):
            if len(rows) <= j:
                rows.append([])
            v = column[j] if j < len(column) and column[j] is not None else ""
            row = rows[j]
            while len(row) < i:
                row.append("")
            row.append(v)
            widths[i] = max(widths[i], string_width(v))
    divider = ["\u2500" * (w + 2) for w in widths]

    def render_row(row):
        out = "\u2502 "
        for i, cell in enumerate(row):
            out += cell + " " * (widths[i] - string_width(cell))
            if i != len(row) - 1:
                out += " \u2502 "
        return out + " \u2502"

    result = ("\u250c" + "\u252c".join(divider) + "\u2510\n" + render_row(head) + "\n"
              + "\u251c" + "\u253c".join(divider) + "\u2524\n")
    for row in rows:
        result += render_row(row) + "\n"
    result += "\u2514" + "\u2534".join(divider) + "\u2518"
    return result


def _is_index(k: str) -> bool:
    return k.isdigit() and k.isascii() and (k == "0" or k[0] != "0") and int(k) < 4294967295


def _object_keys(obj) -> list:
    """Object.keys (enumerable own string keys)."""
    return [k for k in obj.own_keys() if type(k) is str and obj.flags_of(k) & ENUMERABLE]


def install(realm) -> None:
    host = realm.host
    # the `inspect` an [inspect.custom] method receives is one function for the realm's life: made
    # with the other built-ins (a recorder shows it as one of them, alive for the whole run)
    js_inspect_function(realm)
    state = {"indent": "", "counts": {}, "times": {}}

    def write(stream: str, text: str) -> None:
        indent = state["indent"]
        if indent:
            if "\n" in text:
                text = text.replace("\n", "\n" + indent)
            text = indent + text
        host.console_write(stream, text)

    def warn_process(message: str) -> None:
        # Node emits a process warning (asynchronously, on stderr)
        host.console_write("stderr", f"(node) Warning: {message}")

    def now() -> float:
        f = getattr(host, "now", None)
        if f is None:
            return 0.0
        try:
            return float(f())
        except Exception:  # noqa: BLE001 - a host without a clock: time stands still
            return 0.0

    # -- the printing methods
    def log(this, args):
        if len(args) == 1 and type(args[0]) is str:
            write("stdout", args[0])
        else:
            write("stdout", format_args(args, realm))
        return UNDEFINED

    def error(this, args):
        if len(args) == 1 and type(args[0]) is str:
            write("stderr", args[0])
        else:
            write("stderr", format_args(args, realm))
        return UNDEFINED

    def dir_(this, args):
        obj = args[0] if args else UNDEFINED
        opts = InspectOptions(custom_inspect=False)
        if len(args) > 1 and isinstance(args[1], JSObject):
            opts = options_from_js(args[1], opts)
        write("stdout", inspect(obj, realm=realm, options=opts))
        return UNDEFINED

    def trace(this, args):
        msg = format_args(args, realm)
        stack_string = getattr(host, "stack_string", None)
        if stack_string is not None:
            text = stack_string("Trace", msg)
        else:
            text = f"Trace: {msg}" if msg else "Trace"
        write("stderr", text)
        return UNDEFINED

    def assert_(this, args):
        if args and to_boolean(args[0]):
            return UNDEFINED
        rest = list(args[1:])
        if not rest:
            rest = ["Assertion failed"]
        else:
            first = rest[0]
            if type(first) is JSSymbol:
                raise type_error("Cannot convert a Symbol value to a string")
            rest[0] = f"Assertion failed: {to_string(first)}"
        return error(this, rest)

    def clear(this, args):
        return UNDEFINED

    # -- counters
    def count(this, args):
        label = _label(args)
        counts = state["counts"]
        n = counts.get(label, 0) + 1
        counts[label] = n
        write("stdout", f"{label}: {n}")
        return UNDEFINED

    def count_reset(this, args):
        label = _label(args)
        counts = state["counts"]
        if label not in counts:
            warn_process(f"Count for '{label}' does not exist")
        else:
            del counts[label]
        return UNDEFINED

    # -- groups
    def group(this, args):
        if args:
            log(this, args)
        state["indent"] += "  "
        return UNDEFINED

    def group_end(this, args):
        state["indent"] = state["indent"][:-2] if len(state["indent"]) >= 2 else ""
        return UNDEFINED

    # -- timers
    def time(this, args):
        label = _label(args)
        times = state["times"]
        if label in times:
            warn_process(f"Label '{label}' already exists for console.time()")
            return UNDEFINED
        times[label] = now()
        return UNDEFINED

    def time_log_impl(name: str, label: str, data) -> bool:
        times = state["times"]
        start = times.get(label)
        if start is None:
            warn_process(f"No such label '{label}' for console.{name}()")
            return False
        formatted = format_time(max(0.0, now() - start))
        log(None, ["%s: %s", label, formatted] + list(data or []))
        return True

    def time_end(this, args):
        label = _label(args)
        if time_log_impl("timeEnd", label, None):
            state["times"].pop(label, None)
        return UNDEFINED

    def time_log(this, args):
        label = _label(args)
        time_log_impl("timeLog", label, list(args[1:]))
        return UNDEFINED

    # -- table
    def table(this, args):
        data = args[0] if args else UNDEFINED
        properties = args[1] if len(args) > 1 else UNDEFINED
        if properties is not UNDEFINED and not (isinstance(properties, JSArray) and properties.cls == "Array"):
            raise JSError("TypeError", 'The "properties" argument must be an instance of Array.'
                          + _received(properties))
        if not isinstance(data, JSObject):
            return log(this, [data])
        write("stdout", _table_text(realm, data, properties))
        return UNDEFINED

    def noop(this, args):
        return UNDEFINED

    impls = {
        "log": log, "warn": error, "dir": dir_, "time": time, "timeEnd": time_end,
        "timeLog": time_log, "trace": trace, "assert": assert_, "clear": clear, "count": count,
        "countReset": count_reset, "group": group, "groupEnd": group_end, "table": table,
        "debug": log, "info": log, "dirxml": log, "error": error, "groupCollapsed": group,
    }

    proto = JSObject(realm.object_prototype)
    console = JSObject(proto)
    for name in _METHOD_ORDER:
        console.define_own(name, realm.native(impls[name], name, 0), DEFAULT_FLAGS)
    console_ctor = realm.native(noop, "Console", 0)
    console.define_own("Console", console_ctor, DEFAULT_FLAGS)
    for name in ("profile", "profileEnd", "timeStamp", "context", "createTask"):
        console.define_own(name, realm.native(noop, name, 0), DEFAULT_FLAGS)
    console.define_own(SYM_TO_STRING_TAG, "console", CONFIGURABLE)
    realm.intrinsics["console"] = console
    realm.define_global("console", console)


def _received(v) -> str:
    if v is NULL or v is UNDEFINED:
        return f" Received {'null' if v is NULL else 'undefined'}"
    if isinstance(v, JSFunction):
        name = data_lookup(v, "name")
        return f" Received function {name if type(name) is str and name else '(anonymous)'}"
    if isinstance(v, JSObject):
        ctor = data_lookup(v, "constructor")
        if isinstance(ctor, JSFunction):
            name = data_lookup(ctor, "name")
            if type(name) is str and name:
                return f" Received an instance of {name}"
        return f" Received {inspect(v, depth=-1)}"
    s = inspect(v)
    if len(s) > 28:
        s = s[:25] + "..."
    return f" Received type {_typeof(v)} ({s})"


def _typeof(v) -> str:
    return typeof(v)


def _table_inspect(realm, v) -> str:
    depth = 0
    if isinstance(v, JSObject) and not isinstance(v, JSFunction) and not (
            isinstance(v, JSArray) and v.cls == "Array") and len(_object_keys(v)) > 2:
        depth = -1
    opts = InspectOptions(depth=depth, max_array_length=3, break_length=float("inf"))
    return inspect(v, realm=realm, options=opts)


def _get_prop(obj, key):
    """item[key] ([[Get]]: getters run, as in Node)."""
    return obj.get(key)


def _table_text(realm, data, properties) -> str:
    cls = data.cls
    st = iter_state(data)
    map_iter = st is not None and not st.is_set
    set_iter = st is not None and st.is_set
    if map_iter:
        entries, is_key_value = iterator_preview(data)
        if is_key_value:
            keys = [_table_inspect(realm, k) for k, _ in entries]
            values = [_table_inspect(realm, v) for _, v in entries]
            index = [_table_inspect(realm, float(i)) for i in range(len(entries))]
            return render_table([_ITER_KEY, _KEY_KEY, _VALUES_KEY], [index, keys, values])
        items = list(entries)
        values = [_table_inspect(realm, v) for v in items]
        index = [_table_inspect(realm, float(i)) for i in range(len(items))]
        return render_table([_ITER_KEY, _VALUES_KEY], [index, values])
    if cls == "Map" and data.internal is not None:
        entries = mapdata_entries(data.internal)
        keys = [_table_inspect(realm, k) for k, _ in entries]
        values = [_table_inspect(realm, v) for _, v in entries]
        index = [_table_inspect(realm, float(i)) for i in range(len(entries))]
        return render_table([_ITER_KEY, _KEY_KEY, _VALUES_KEY], [index, keys, values])
    if set_iter or (cls == "Set" and data.internal is not None):
        if set_iter:
            items = list(iterator_preview(data)[0])
        else:
            items = [k for k, _ in mapdata_entries(data.internal)]
        values = [_table_inspect(realm, v) for v in items]
        index = [_table_inspect(realm, float(i)) for i in range(len(items))]
        return render_table([_ITER_KEY, _VALUES_KEY], [index, values])

    columns: dict = {}  # key -> list of cells (None: absent)
    has_primitives = False
    values_column: list = []
    index_keys = _object_keys(data)
    props = None
    if properties is not UNDEFINED:
        props = [p for p in properties.elems]
    for i, ik in enumerate(index_keys):
        item = _get_prop(data, ik)
        primitive = not isinstance(item, JSObject)
        if props is None and primitive:
            has_primitives = True
            _set_cell(values_column, i, _table_inspect(realm, item))
        else:
            keys = props if props is not None else _object_keys(item)
            for key in keys:
                k = _prop_key(key)
                col = columns.get(k)
                if col is None:
                    col = columns[k] = []
                if (primitive and props is not None) or not isinstance(item, JSObject) \
                        or item.get_own(k) is MISSING:
                    _set_cell(col, i, "")
                else:
                    _set_cell(col, i, _table_inspect(realm, _get_prop(item, k)))
    keys = _js_key_order(list(columns))
    head = [_INDEX_KEY] + [k if type(k) is str else _sym_text(k) for k in keys]
    cols = [index_keys] + [columns[k] for k in keys]
    if has_primitives:
        head.append(_VALUES_KEY)
        cols.append(values_column)
    return render_table(head, cols)


def _sym_text(s) -> str:
    d = s.description
    return "Symbol()" if d is UNDEFINED else f"Symbol({d})"


def _prop_key(v):
    if type(v) is str or type(v) is JSSymbol:
        return v
    return to_property_key(v)


def _set_cell(col: list, i: int, v: str) -> None:
    while len(col) <= i:
        col.append(None)
    col[i] = v


def _js_key_order(keys: list) -> list:
    """Property order of a null-prototype object: integer keys ascending, then insertion order."""
    ints = sorted((k for k in keys if type(k) is str and _is_index(k)), key=int)
    strs = [k for k in keys if type(k) is str and not _is_index(k)]
    return ints + strs  # Object.keys: symbol-keyed columns are not shown


__all__ = ["install", "format_time", "render_table"]

