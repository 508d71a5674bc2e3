# C types for oplog.py when the compiled core is built (see explorer/compiled.py); oplog.py stays the source.
cimport cython
from cpython.array cimport array, resize, resize_smart
from cpython.bytearray cimport PyByteArray_AS_STRING, PyByteArray_Resize

cdef enum:
    RECORD_BYTES = 40     # RECORD.size

@cython.locals(n=Py_ssize_t, p=cython.p_longlong)
cpdef void put_record(bytearray log, long long a, long long b, long long c, long long d, long long e) except *

# appends to the tape's typed arrays, in place (the typecode is the caller's to know)
@cython.locals(n=Py_ssize_t)
cpdef void push_B(array a, unsigned char v) except *
@cython.locals(n=Py_ssize_t)
cpdef void push_I(array a, unsigned int v) except *
@cython.locals(n=Py_ssize_t)
cpdef void push_i(array a, int v) except *
@cython.locals(n=Py_ssize_t)
cpdef void push_q(array a, long long v) except *
cpdef void trim(array a) except *
