// Found writing the semantics tests: the key in "Cannot delete property 'a' of ..." and
// "Cannot use 'in' operator to search for 'a' in ..." was quoted twice (''a'').
"use strict";
const f = Object.freeze({ a: 1, 5: 2, [Symbol.for("s")]: 3 });
for (const t of [() => { delete f.a; }, () => { delete f["a"]; }, () => { delete f[5]; }, () => { delete [].length; },
                 () => { delete Math.PI; }, () => { delete f[Symbol.for("s")]; }, () => "a" in 5, () => 1 in "str",
                 () => Symbol("q") in 1, () => "x" in null]) {
  try { t(); console.log("no error"); } catch (e) { console.log(e.message); }
}
