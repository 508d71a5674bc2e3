'use strict';
const base = { get g() { return 1; } };
Object.defineProperty(base, 'ro', { value: 1 });
const o = Object.create(base);
for (const k of ['g', 'ro']) { try { o[k] = 2; } catch (e) { console.log(e.message); } }
const f = Object.preventExtensions(Object.create(base));
for (const k of ['g', 'ro', 'zz']) { try { f[k] = 2; } catch (e) { console.log(e.message); } }
class A {} class B extends A { constructor(){ super(); Object.preventExtensions(this); } m(k) { try { super[k] = 2; } catch (e) { console.log(e.message); } } }
Object.defineProperty(A.prototype, 'g', { get() {} });
Object.defineProperty(A.prototype, 'ro', { value: 1 });
const b = new B(); for (const k of ['g', 'ro', 'zz']) b.m(k);
class C { m() { Object.defineProperty(this, 'own', { value: 1 }); try { super.own = 2; } catch (e) { console.log(e.message); } try { Object.defineProperty(this, 'acc', { get(){} }); super.acc = 2; } catch (e) { console.log(e.message); } } }
new C().m();
