// Object.getPrototypeOf and Object.setPrototypeOf.
const walker = { move() { return "walks"; } };
const swimmer = { move() { return "swims"; } };
const duck = { name: "duck" };
Object.setPrototypeOf(duck, walker);
console.log(duck.move());
Object.setPrototypeOf(duck, swimmer);
console.log(duck.move());
console.log(Object.getPrototypeOf(duck) === swimmer);
console.log(Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(Object.getPrototypeOf([])) === Object.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
console.log(Object.getPrototypeOf(5) === Number.prototype);
try {
  const a = {};
  const b = Object.create(a);
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log("cycle rejected:", e.name);
}
const proto = { __proto__: walker, own: 1 };
console.log(proto.move(), Object.keys(proto));
