// Object.defineProperty and property descriptors.
const obj = {};
Object.defineProperty(obj, "fixed", { value: 42 });
console.log(obj.fixed, Object.keys(obj), JSON.stringify(obj));
console.log(Object.getOwnPropertyDescriptor(obj, "fixed"));
obj.fixed = 1;
console.log(obj.fixed);

Object.defineProperty(obj, "visible", { value: "v", enumerable: true, writable: true, configurable: true });
console.log(Object.keys(obj));

let store = 0;
Object.defineProperty(obj, "computed", {
  get() { return store * 2; },
  set(v) { store = v; },
  enumerable: false,
});
obj.computed = 5;
console.log(obj.computed, store);
console.log(Object.getOwnPropertyDescriptor(obj, "visible"));
try {
  Object.defineProperty(obj, "fixed", { value: 0 });
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const defs = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { value: 2 } });
console.log(defs, defs.b);
