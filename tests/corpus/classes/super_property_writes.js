class A { set x(v) { console.log('A set', v); this._x = v; } get x() { return this._x; } }
class B extends A {
  set x(v) { console.log('B set'); super.x = v * 2; }
  get x() { return super.x; }
  m() { super.y = 5; const k = 'z'; super[k] = 7; return [this.y, this.z]; }
}
const b = new B(); b.x = 3; console.log(b.x, b._x, b.m());
class C { constructor(){ this.n = 1; } }
class D extends C { inc() { super.n += 1; super.n++; return this.n; } }
console.log(new D().inc());
const o = { __proto__: { q: 1 }, f() { super.q = 9; return [this.q, Object.getPrototypeOf(this).q]; } };
console.log(o.f());
'use strict';
class E { static s() { super.t = 3; return E.t; } }
console.log(E.s());
class F { m() { 'use strict'; Object.freeze(this); try { super.w = 1; } catch (e) { console.log(e.constructor.name, e.message); } } }
new F().m();
