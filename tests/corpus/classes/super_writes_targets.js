class A { get g() { return 'A.g'; } }
Object.defineProperty(A.prototype, 'ro', { value: 1 });
class B extends A {
  m() {
    [super.a, super.b] = [1, 2];
    ({ c: super.c } = { c: 3 });
    for (super.d of [4]) {}
    const f = () => { super.e = 5; super.e ??= 6; super.h ||= 7; super.h &&= 8; };
    f();
    return [this.a, this.b, this.c, this.d, this.e, this.h];
  }
  ro() { try { super.ro = 2; } catch (e) { console.log(e.name + ': ' + e.message); } }
  g2() { try { super.g = 2; } catch (e) { console.log(e.name + ': ' + e.message); } }
  del() { try { delete super.x; } catch (e) { console.log(e.name + ': ' + e.message); } }
  static s() { super.sv = 1; return [B.sv, Object.hasOwn(B, 'sv'), Object.hasOwn(A, 'sv')]; }
}
const b = new B();
console.log(b.m()); b.ro(); b.g2(); b.del(); console.log(B.s());
class C extends A { constructor() { try { super.x = 1; } catch (e) { console.log(e.name + ': ' + e.message); } super(); super.x = 2; console.log(this.x); } }
new C();
const lit = { m() { super.q = 1; return this.q; }, get gg() { super.r = 2; return this.r; } };
console.log(lit.m(), lit.gg, Object.keys(lit));
const frozen = Object.freeze({ m() { super.z = 1; return this.z; } });
console.log(frozen.m());
class P { set v(x) { console.log('P set', x, this.constructor.name); } }
class Q extends P { set v(x) { super.v = x + 1; } }
const qq = new Q(); qq.v = 1; console.log(Object.keys(qq));
let i = 0;
class K extends A { m() { super[(i++, 'kk')] += 1; return [this.kk, i]; } }
console.log(new K().m());
