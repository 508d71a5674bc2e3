// How V8 names the frames of err.stack for methods reached through objects, arrays, classes and prototypes
function frames(f) {
  try { f(); } catch (e) {
    const lines = e.stack.split('\n').slice(1, 3).map(s => s.trim().replace(/[^ (]*[\/\\]/g, ''));
    console.log(lines.join(' | '));
  }
}
const a = { m() { throw new Error('x'); } };
frames(() => a.m());
const b = { f: function () { throw new Error('x'); } };
frames(() => b.f());
const c = { g: () => { throw new Error('x'); } };
frames(() => c.g());
const d = { h: function named() { throw new Error('x'); } };
frames(() => d.h());
class K { run() { throw new Error('x'); } static s() { throw new Error('x'); } get p() { throw new Error('x'); } }
const k = new K();
frames(() => k.run());
frames(() => K.s());
frames(() => k.p);
const arr = [function () { throw new Error('x'); }];
frames(() => arr[0]());
const holder = { list: [function () { throw new Error('x'); }] };
frames(() => holder.list[0]());
const nested = { inner: { deep() { throw new Error('x'); } } };
frames(() => nested.inner.deep());
function Person() {}
Person.prototype.greet = function () { throw new Error('x'); };
frames(() => new Person().greet());
function Animal() { this.speak = function () { throw new Error('x'); }; }
frames(() => new Animal().speak());
const m = a.m;
frames(() => m());
frames(() => a.m.call(null));
frames(() => a.m.apply(k, []));
frames(() => a.m.bind(k)());
const strictM = { f() { 'use strict'; throw new Error('x'); } }.f;
frames(() => strictM.call(5));
frames(() => ({ f() { throw new Error('x'); } }).f.call('s'));
const sym = Symbol('s');
const o3 = { [sym]() { throw new Error('x'); }, 'a b'() { throw new Error('x'); }, 42() { throw new Error('x'); }, $x() { throw new Error('x'); } };
frames(() => o3[sym]());
frames(() => o3['a b']());
frames(() => o3[42]());
frames(() => o3.$x());
const o4 = Object.create(null);
o4.f = function () { throw new Error('x'); };
frames(() => o4.f());
const key = 'kk';
o4[key] = function () { throw new Error('x'); };
frames(() => o4.kk());
const o5 = { f() { throw new Error('x'); } };
frames(() => Object.create(o5).f());
const alias = { g: o5.f };
frames(() => alias.g());
class Sub extends K { run() { super.run(); } }
frames(() => new Sub().run());
const fnExpr = function () { throw new Error('x'); };
frames(() => fnExpr());
const arrow = () => { throw new Error('x'); };
frames(() => arrow());
frames(() => [1].forEach(() => { throw new Error('x'); }));
frames(() => [1].map(function cb() { throw new Error('x'); }));
frames(() => { String.prototype.shout = function () { throw new Error('x'); }; 'hi'.shout(); });
frames(() => { class A { constructor() { throw new Error('x'); } } new A(); });
frames(() => { class A { #p() { throw new Error('x'); } q() { this.#p(); } } new A().q(); });
frames(() => { const map = new Map(); map.f = function () { throw new Error('x'); }; map.f(); });
const renamed = { f() { throw new Error('x'); } };
Object.defineProperty(renamed.f, 'name', { value: 'other' });
frames(() => renamed.f());
