# C types for hotpath.py when the compiled core is built (explorer/compiled.py); hotpath.py stays the source.
# HotPath is the Recorder's one C base: the state nearly every step reads is in C fields, typed; Python
# code elsewhere reads and writes the same fields as attributes (they must keep these types: never None).
cimport cython
from cpython.array cimport array

from explorer.trace.callstack cimport Call, Frame
from explorer.trace.oplog cimport push_B, push_I, push_i, push_q, put_record

cdef Py_ssize_t REC     # bytes per record (oplog.REC)


cdef class HotPath:
    cdef public object tape, world, _pack, _held, pending_return, fused_calls, _interp, _poll
    cdef public long long _next_check, next_checkpoint, _max_steps
    cdef public list frames, calls, cands, settling
    cdef public bytearray _steplog, _oplog
    cdef public dict loc_ids, obj_rows, ctx_rows, env_rows, env_keys, scope_ids, pending_promises
    cdef public set escaped
    cdef public bint stopped, dirty
    cdef public Py_ssize_t new_objs, last_loc, globals_gen, _held_gen
    # the tape's arrays and the head world's tables the hot path writes (set once, by _init_hot)
    cdef public array _pl, _id_kind, _id_a, _id_b, _id_c, _ctx_fn, _ctx_num, _ctx_loc, _ctx_this, _ctx_args
    cdef public array _ctx_env
    cdef public dict _wenvs
    cdef public list _wframes, _wflight, _saved

    @cython.locals(d=double, i="long long")
    cpdef long long enc(self, v) except? -1
    @cython.locals(i="long long")
    cpdef long long obj_ref(self, o) except? -1

    @cython.locals(n=Py_ssize_t, depth=Py_ssize_t, nops=Py_ssize_t, frame=Frame)
    cpdef _tick(self, node, env)

    @cython.locals(frames=list, steplog=bytearray, oplog=bytearray, c="long long", fc="long long", depth=Py_ssize_t,
                   call=Call, off=Py_ssize_t, n=Py_ssize_t, nops=Py_ssize_t, later=bint, idx=Py_ssize_t,
                   fn_id="long long", cloc=Py_ssize_t, eid=Py_ssize_t, frame=Frame, fn=Py_ssize_t, end=Py_ssize_t,
                   header=Py_ssize_t, held=set, ctx_fn=array, wf=list)
    cpdef call_enter(self, node, callee, this, args, ctx)

    @cython.locals(pl=array, off=Py_ssize_t, c="long long")
    cdef Py_ssize_t _payload(self, list codes) except -1

    @cython.locals(env_rows=dict, row=object, pid=Py_ssize_t, si=object, i=Py_ssize_t, log=bytearray, vals=list,
                   slot=Py_ssize_t, c="long long")
    cpdef Py_ssize_t env(self, e, owner=*) except -1

    cpdef void _leave_env(self, Py_ssize_t eid) except *

    @cython.locals(vals=list, cands=list, c="long long", saved=list)
    cpdef void _del_env(self, Py_ssize_t eid) except *

    @cython.locals(frames=list, frame=Frame, idx=Py_ssize_t, wf=list, oplog=bytearray, held=set, kinds=array,
                   cands=list, fn="long long", this="long long", args=Py_ssize_t, pl=array, k=Py_ssize_t,
                   c="long long", genv=Py_ssize_t, chain=list, eid=Py_ssize_t, calls=list, call=Call, vc="long long",
                   fc="long long", off=Py_ssize_t, steplog=bytearray, n=Py_ssize_t, nops=Py_ssize_t)
    cpdef call_leave(self, node, ctx, value)

    @cython.locals(eid=Py_ssize_t, vals=list, old="long long", new="long long", log=bytearray, pos=Py_ssize_t,
                   frames=list, frame=Frame, loc=Py_ssize_t)
    cpdef binding_write(self, env, Py_ssize_t slot, value, bint init)

    @cython.locals(old="long long", new="long long", log=bytearray, pos=Py_ssize_t, frames=list, frame=Frame,
                   loc=Py_ssize_t, globals_=dict)
    cpdef global_write(self, name, value)

    @cython.locals(steplog=bytearray, n=Py_ssize_t, nops=Py_ssize_t)
    cdef void _step(self, long long kind, Py_ssize_t loc, Py_ssize_t payload, Py_ssize_t depth) except *
