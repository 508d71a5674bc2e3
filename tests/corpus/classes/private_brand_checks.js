class A { #x = 1; #m() {} get #y() { return 1; } set #z(v) {} static #s() {}
  static w(o) { o.#x = 2; } static m(o) { o.#m(); } static g(o) { return o.#y; } static sz(o) { o.#z = 1; } static rm(o) { return o.#m; } static wm(o) { o.#m = 1; }
  static ss(o) { o.#s(); } static rz(o) { return o.#z; } static wy(o) { o.#y = 1; } }
const B = class { #m() {} static m(o) { o.#m(); } };
for (const f of ["w", "m", "g", "sz", "rm", "wm", "ss", "rz", "wy"]) try { A[f]({}); } catch (e) { console.log(f, e.message); }
try { B.m({}); } catch (e) { console.log(e.message); }
try { A.rz(new A()); } catch (e) { console.log(e.message); }
try { A.wy(new A()); } catch (e) { console.log(e.message); }
try { A.wm(new A()); } catch (e) { console.log(e.message); }
