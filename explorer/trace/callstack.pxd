# C types for callstack.py when the compiled core is built (explorer/compiled.py); callstack.py stays the source.
# Every name in a class's __slots__ is declared here (tests/trace/test_compiled_core.py checks).

cdef class Frame:
    cdef public object ctx, call, top_env
    cdef public Py_ssize_t idx, last_loc, mark
    cdef public list chain
    cdef public bint creating, executing

cdef class Call:
    cdef public object node, callee, this, args, arg_codes, handed
    cdef public bint script, called_back, bound
    cdef public Py_ssize_t ncall, depth, fc, loc, nheld, first_id
