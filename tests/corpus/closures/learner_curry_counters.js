function makeCounter() { let count = 0; return { inc() { return ++count; }, dec() { return --count; }, reset: () => (count = 0) }; }
const c1 = makeCounter(), c2 = makeCounter(); c1.inc(); c1.inc(); c2.dec(); console.log(c1.inc(), c2.dec(), c1.reset(), c1.inc());
const adders = [1, 2, 3].map(x => y => x + y); console.log(adders.map(f => f(10)));
function curry(fn) { return function curried(...a) { return a.length >= fn.length ? fn.apply(this, a) : (...b) => curried.apply(this, a.concat(b)); }; }
const add3 = curry((a, b, c) => a + b + c); console.log(add3(1)(2)(3), add3(1, 2)(3), add3.name, add3.length);
const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x); console.log(compose(x => x + 1, x => x * 2)(5));
var self = "global"; const o = { self: "o", f() { return (function () { return typeof this; })(); }, g() { "use strict"; return (function () { return typeof this; })(); } };
console.log(o.f(), o.g());
const bound = function () { return this.v; }.bind({ v: 1 }); console.log(bound.call({ v: 2 }), new (function F() { this.a = 1; }.bind(null))());
const m = o.f; console.log(m(), typeof (0, o.f)());
class Temp { static #instances = []; static track(t) { Temp.#instances.push(t); return Temp.#instances.length; } #c; constructor(c) { this.#c = c; } get f() { return this.#c * 9 / 5 + 32; } set f(v) { this.#c = (v - 32) * 5 / 9; } static isTemp(o) { return #c in o; } }
const t = new Temp(100); t.f = 212; console.log(t.f, Temp.track(t), Temp.isTemp(t), Temp.isTemp({}), Object.getOwnPropertyNames(Temp.prototype));
class P { constructor() { this.init(); } init() { this.kind = "P"; } } class Q extends P { field = "f"; init() { this.kind = "Q:" + this.field; } } console.log(new Q().kind);
class Base { static hello() { return "Base.hello " + this.name; } greet() { return "hi from " + this.constructor.name; } } class Derived extends Base { static hello() { return super.hello() + "!"; } greet() { return super.greet().toUpperCase(); } }
console.log(Derived.hello(), new Derived().greet(), Object.getPrototypeOf(Derived.prototype) === Base.prototype);
const objWithSuper = { __proto__: { hi() { return "proto hi"; } }, hi() { return super.hi() + " + own"; } }; console.log(objWithSuper.hi());
