"""Reachability: what is alive at a step, the way a garbage collector decides it.

Roots are global memory, the contexts on the call stack (their environments,
``this``, arguments and function), suspended async contexts, pending jobs,
built-in calls in progress and the values in flight. From there:

- an environment reaches its values and its parent *of the same context*
  (a block reaches its function's local memory); it does not reach the
  environment its function closed over: that is the function object's job;
- a function reaches the environments it *keeps*: the ones where the names it
  captures (``code.captured``) live, as V8 keeps only contexts with variables
  some closure uses. A function that captures nothing keeps nothing, so a
  factory whose inner function uses no outer variable is released on return;
- an object reaches its property values, elements, Map/Set entries, promise
  result and reactions, prototype (when it is the script's own), a generator's
  paused environment, and what the engine says it holds besides (its entries:
  accessor and private members, a bound target, an arrow's lexical ``this``,
  a class's field scope...: ``engine.edges``);
- a WeakMap reaches a value only once its key is reached (an ephemeron).

The recorder runs this on its head state to release environments at the step
they become unreachable; views run the same code to show only what is alive.
"""

from __future__ import annotations

from .tape import FUNCTION_KINDS, K_ENV, K_WEAK, T_REF, Tape
from .world import OBJ_ELEMS, OBJ_ENTRIES, OBJ_EXTRA, OBJ_HELD, OBJ_PROPS, OBJ_REFS, World


def kept_envs(tape: Tape, fn: int) -> list[int]:
    """The environment ids a function object keeps alive (innermost first)."""
    off = tape.id_b[fn]
    if not off:
        return []
    pl = tape.pl
    n = pl[off]
    out = []
    j = off + 1
    for _ in range(n):
        out.append(pl[j])
        j += 2 + pl[j + 1]
    return out


def kept_slots(tape: Tape, fn: int) -> list[tuple[int, list[int]]]:
    """``[(env id, [slots captured there]), ...]`` for a function object."""
    off = tape.id_b[fn]
    if not off:
        return []
    pl = tape.pl
    n = pl[off]
    out = []
    j = off + 1
    for _ in range(n):
        k = pl[j + 1]
        out.append((pl[j], list(pl[j + 2: j + 2 + k])))
        j += 2 + k
    return out


def root_codes(world: World, tape: Tape) -> tuple[list[int], list[int]]:
    """(environment ids, value codes) held by the roots."""
    envs = [tape.global_env] if tape.global_env else []
    codes = list(world.globals.values())
    pl = tape.pl
    for ctx, _phase, env in world.frames:
        envs.append(env)
        fn = tape.ctx_fn[ctx]
        if fn:
            codes.append((fn << 3) | T_REF)
        codes.append(tape.ctx_this[ctx])
        off = tape.ctx_args[ctx]
        if off:
            codes.extend(pl[off + 1: off + 1 + pl[off]])
    for ctx, env in world.suspended.items():
        # a paused async call keeps its environment, and its function, this and arguments as its
        # context does (they are back when it resumes)
        envs.append(env)
        fn = tape.ctx_fn[ctx]
        if fn:
            codes.append((fn << 3) | T_REF)
        codes.append(tape.ctx_this[ctx])
        off = tape.ctx_args[ctx]
        if off:
            codes.extend(pl[off + 1: off + 1 + pl[off]])
    for row in world.queue:
        off = tape.jobs[row][4]
        if off:
            codes.extend(pl[off + 1: off + 1 + pl[off]])
    for off in world.ncalls:
        codes.extend(pl[off + 1: off + 1 + pl[off]])
    for off in world.flight:
        codes.extend(pl[off + 1: off + 1 + pl[off]])
    off = world.running
    if off > 0:
        codes.extend(pl[off + 1: off + 1 + pl[off]])
    return envs, codes


def reachable(world: World, tape: Tape) -> tuple[set[int], set[int]]:
    """(living environment ids, living object ids)."""
    env_todo, codes = root_codes(world, tape)
    obj_todo = [c >> 3 for c in codes if c & 7 == T_REF]
    envs: set[int] = set()
    objs: set[int] = set()
    w_envs = world.envs
    w_objs = world.objs
    id_kind = tape.id_kind
    id_b = tape.id_b
    id_c = tape.id_c
    entries = tape.entries
    extras = tape.extras
    ctx_fn, ctx_this, ctx_args, pl = tape.ctx_fn, tape.ctx_this, tape.ctx_args, tape.pl
    weak: list = []         # the elements of the WeakMaps reached: a value is reached once its key is
    while True:
        while env_todo or obj_todo:
            while env_todo:
                e = env_todo.pop()
                if e in envs:
                    continue
                vals = w_envs.get(e)
                if vals is None:
                    continue
                envs.add(e)
                for c in vals:
                    if c & 7 == T_REF:
                        obj_todo.append(c >> 3)
                parent = id_b[e]
                if parent and id_c[parent] == id_c[e]:
                    env_todo.append(parent)
            while obj_todo:
                o = obj_todo.pop()
                if o in objs:
                    continue
                m = w_objs.get(o)
                if m is None:
                    continue
                objs.add(o)
                k = id_kind[o]
                for c in m[OBJ_PROPS].values():
                    if c & 7 == T_REF:
                        obj_todo.append(c >> 3)
                if m[OBJ_REFS]:
                    if k == K_WEAK:
                        weak.append(m[OBJ_ELEMS])
                    else:
                        for c in m[OBJ_ELEMS]:
                            if c & 7 == T_REF:
                                obj_todo.append(c >> 3)
                if m[OBJ_ENTRIES]:
                    for c in entries[m[OBJ_ENTRIES]]:
                        if c & 7 == T_REF:
                            if id_kind[c >> 3] == K_ENV:
                                env_todo.append(c >> 3)
                            else:
                                obj_todo.append(c >> 3)
                if m[OBJ_EXTRA]:
                    ex = extras[m[OBJ_EXTRA]]
                    for c in (ex[1],) + ex[2]:
                        if c & 7 == T_REF:
                            obj_todo.append(c >> 3)
                if m[OBJ_HELD]:
                    # a generator keeps its paused context: its environment, function, this and arguments
                    env_todo.append(m[OBJ_HELD])
                    ctx = id_c[m[OBJ_HELD]]
                    if ctx:
                        if ctx_fn[ctx]:
                            obj_todo.append(ctx_fn[ctx])
                        c = ctx_this[ctx]
                        if c & 7 == T_REF:
                            obj_todo.append(c >> 3)
                        off = ctx_args[ctx]
                        if off:
                            obj_todo.extend(c >> 3 for c in pl[off + 1: off + 1 + pl[off]] if c & 7 == T_REF)
                if k in FUNCTION_KINDS:
                    env_todo.extend(kept_envs(tape, o))
                elif id_b[o]:
                    obj_todo.append(id_b[o])
        for elems in weak:
            for j in range(0, len(elems) - 1, 2):
                key, v = elems[j], elems[j + 1]
                if v & 7 == T_REF and v >> 3 not in objs and key & 7 == T_REF and key >> 3 in objs:
                    obj_todo.append(v >> 3)
        if not obj_todo:
            return envs, objs
