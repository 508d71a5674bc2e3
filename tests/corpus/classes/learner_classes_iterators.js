class Shape { static #count = 0; sides = 0; #id; constructor() { this.#id = ++Shape.#count; } get id() { return this.#id; } static get count() { return Shape.#count; } toString() { return `${this.constructor.name}#${this.#id}`; } }
class Square extends Shape { sides = 4; area(s) { return s * s; } }
class Cube extends Square {}
const shapes = [new Shape(), new Square(), new Cube()];
console.log(String(shapes[2]), Shape.count, shapes.map(s => s.sides), shapes[2].id, `${shapes}`);
console.log(shapes[1], Object.keys(shapes[2]), Cube.name, new Cube() instanceof Shape);
function* idGen(start = 1) { let i = start; while (true) { const reset = yield i++; if (reset) i = start; } }
const g = idGen(10); console.log(g.next().value, g.next().value, g.next(true).value, [...(function* () { yield* [1, 2]; })()]);
const it = { from: 1, to: 3, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } }; } };
console.log([...it], Array.from(it, x => x * 10));
const timers = []; for (let i = 0; i < 3; i++) setTimeout(() => timers.push(i), 10 - i); setTimeout(() => console.log(timers), 20);
Promise.resolve().then(() => console.log("micro")); queueMicrotask(() => console.log("qm")); console.log("sync");
(async () => { try { await Promise.reject(new RangeError("nope")); } catch (e) { console.log(e.name, e.message); } finally { console.log("finally"); } })();
const { a = 1, b: { c } = { c: 2 }, ...rest } = { x: 1, y: 2 }; console.log(a, c, rest);
console.log([1, 2, 3].reduceRight((acc, x) => acc + x, ""), Object.fromEntries([["k", 1]]));
