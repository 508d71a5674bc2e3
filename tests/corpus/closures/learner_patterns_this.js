class Animal { static count = 0; #secret = "s"; constructor(name) { this.name = name; Animal.count++; }
  get secret() { return this.#secret; } speak() { return `${this.name} makes a sound`; } static create(n) { return new this(n); } }
class Dog extends Animal { speak() { return super.speak() + " (woof)"; } get kind() { return "dog:" + super.secret; } }
const d = Dog.create("Rex");
console.log(d.speak(), Animal.count, d.secret, d.kind, d instanceof Animal, Object.getPrototypeOf(Dog) === Animal);
console.log(d, Dog.name, typeof Dog);
const counter = (() => { let c = 0; return { inc: () => ++c, get value() { return c; } }; })();
counter.inc(); counter.inc(); console.log(counter.value, counter);
function once(fn) { let done = false, r; return function (...a) { if (!done) { done = true; r = fn.apply(this, a); } return r; }; }
const o1 = once((x) => x * 2); console.log(o1(2), o1(5));
function memo(fn) { const cache = new Map(); return n => cache.has(n) ? cache.get(n) : (cache.set(n, fn(n)), cache.get(n)); }
const fib = memo(n => n < 2 ? n : fib(n - 1) + fib(n - 2)); console.log(fib(30));
function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }
const log = debounce(x => console.log("debounced", x), 10); log(1); log(2); setTimeout(() => log(3), 5);
const obj = { name: "obj", regular() { return [1].map(function () { return this; })[0]; }, arrow() { return [1].map(() => this.name)[0]; } };
console.log(obj.regular() === globalThis, obj.arrow());
function show() { return this && this.name; } console.log(show.call({name: "c"}), show.apply({name: "a"}), show.bind({name: "b"})(), show.bind({name: "b"}).name);
const proto = { get full() { return this.first + " " + this.last; } }; const p = Object.create(proto); p.first = "A"; p.last = "B"; console.log(p.full, p);
console.table([{a: 1, b: 2}, {a: 3}]); console.dir({x: {y: {z: {w: 1}}}}, {depth: 0}); console.error("err", 1);
console.group("G"); console.log("inside"); console.group(); console.log("deeper"); console.groupEnd(); console.groupEnd(); console.log("out");
console.table(["x", "y"]); console.log(new Date(0).toISOString());
