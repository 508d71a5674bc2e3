// Object.create with a prototype, with descriptors, and with null.
const base = { hello() { return "hello from " + this.name; } };
const obj = Object.create(base, {
  name: { value: "child", enumerable: true },
  secret: { value: "hidden" },
});
console.log(obj.hello(), Object.keys(obj), obj.secret);
const dict = Object.create(null);
dict.key = "value";
console.log("toString" in dict, Object.getPrototypeOf(dict));
console.log(Object.keys(dict), dict.key);
try {
  String(dict);
} catch (e) {
  console.log(e.name);
}
console.log(typeof Object.create(Array.prototype).push);
