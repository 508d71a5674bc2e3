# C types for hotpath.py when the compiled core is built (explorer/compiled.py); hotpath.py stays the source.
# HotPath is the Recorder's one C base: the state nearly every step reads is in C fields, typed; Python
# code elsewhere reads and writes the same fields as attributes (they must keep these types: never None).
from explorer.trace.callstack cimport Call, Frame
from explorer.trace.oplog cimport put_record


cdef class HotPath:
    cdef public object tape, world, _pl, _pack, _held, pending_return, fused_calls, _next_check, next_checkpoint
    cdef public list frames, calls, cands
    cdef public bytearray _steplog, _oplog
    cdef public dict loc_ids, obj_rows, ctx_rows, env_rows
    cdef public bint stopped, dirty
    cdef public Py_ssize_t new_objs, last_loc, globals_gen, _held_gen
