# C types for oplog.py when the compiled core is built (see explorer/compiled.py); oplog.py stays the source.
cimport cython
from cpython.bytearray cimport PyByteArray_AS_STRING, PyByteArray_Resize

cdef enum:
    RECORD_BYTES = 40     # RECORD.size

@cython.locals(n=Py_ssize_t, p=cython.p_longlong)
cpdef void put_record(bytearray log, long long a, long long b, long long c, long long d, long long e) except *
