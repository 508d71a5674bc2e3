"""A sloppy function's ``arguments`` object and its parameters are one variable (mapped arguments).

``function f(a) { arguments[0] = 9 }`` changes ``a``; ``a = 5`` changes ``arguments[0]``
(ES2024 10.4.4). The engine writes one place and reads the other through the mapping, so the
recorder writes the other half itself, in the same step: the memory state at every step shows
the parameter and the element with the same value, and the narration can say why.
"""

from __future__ import annotations

from ..engine.runtime import MappedArguments
from .tape import ELEM_SET, ENV_SET
from .world import OBJ_ELEMS


class ArgumentsAliasing:
    """Mixed into the Recorder. ``arg_alias``: environment row -> its mapped arguments object
    (rows are never reused, so a released environment's entry is never looked up again)."""

    def _alias_register(self, ctx, eid: int) -> None:
        a = ctx.arguments
        if type(a) is MappedArguments and a.mapped:
            self.arg_alias[eid] = a

    def _alias_param_written(self, eid: int, slot: int) -> None:
        """A parameter was assigned: the arguments element it is mapped to changes with it."""
        a = self.arg_alias[eid]
        i = self.obj_rows.get(a.oid)
        w = self.world.objs.get(i) if i is not None else None
        if w is None:
            return
        shadow = w[OBJ_ELEMS]
        raw = self.raw_elems.get(i)
        for idx, s in a.mapped.items():
            if s != slot:
                continue
            if idx >= len(shadow) or raw is None or len(raw) != len(shadow):
                self._diff(i, a)        # the object changed shape meanwhile: compare it all
                return
            v = a.env.vals[slot]
            c = self.enc(v)
            if c != shadow[idx]:
                self._op(ELEM_SET, i, idx, shadow[idx], c)      # (_op makes a dropped old value a candidate)
                raw[idx] = v

    def _alias_args_written(self, a: MappedArguments) -> None:
        """The arguments object was written (or redefined): its mapped parameters take the values."""
        eid = self.env_rows.get(a.env.id)
        vals = self.world.envs.get(eid) if eid is not None else None
        if vals is None:
            return
        env_vals = a.env.vals
        for slot in a.mapped.values():
            old = vals[slot]
            new = self.enc(env_vals[slot])
            if new != old:
                self._op(ENV_SET, eid, slot, old, new)
