"""Stands in for the ``cython`` module where Cython is not installed (it is needed only to build the
compiled core): a module of the core asks ``cython.compiled``, which is False here as it is in Cython's
own pure-Python mode; the branches taken only when compiled use names their ``.pxd`` brings in."""

compiled = False
