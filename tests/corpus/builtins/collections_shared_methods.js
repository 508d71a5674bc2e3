// Map, Set, WeakMap and WeakSet share has/delete/clear/forEach/size and the
// iterator methods; each keeps its own name in errors.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}

var m = new Map([[1, "a"], [-0, "zero"], [NaN, "nan"]]);
var s = new Set([1, -0, NaN, "x"]);
var wm = new WeakMap();
var ws = new WeakSet();
var key = {};

attempt("Map has", function () { return [m.has(0), m.has(NaN), m.has("1")]; });
attempt("Set has", function () { return [s.has(0), s.has(NaN), s.has("x")]; });
attempt("Map delete", function () { return [m.delete(NaN), m.delete(NaN), m.size]; });
attempt("Set delete", function () { return [s.delete("x"), s.delete("x"), s.size]; });

m.forEach(function (v, k, self) { console.log("Map forEach", v, k, self === m, this.tag); }, { tag: "t" });
s.forEach(function (v, k, self) { console.log("Set forEach", v, k, Object.is(v, k), self === s); });
console.log([...m.keys()], [...m.values()], [...m.entries()]);
console.log([...s.keys()], [...s.values()], [...s.entries()]);
attempt("Map clear", function () { m.clear(); return m.size; });
attempt("Set clear", function () { s.clear(); return s.size; });

attempt("WeakMap set", function () { return wm.set(key, 1).has(key); });
attempt("WeakMap has primitive", function () { return wm.has(1); });
attempt("WeakMap delete primitive", function () { return wm.delete("k"); });
attempt("WeakMap delete", function () { return [wm.delete(key), wm.delete(key)]; });
attempt("WeakSet add", function () { return ws.add(key).has(key); });
attempt("WeakSet has symbol", function () { return ws.has(Symbol.for("registered")); });
attempt("WeakSet delete", function () { return [ws.delete(key), ws.delete(key), ws.delete(null)]; });

var receivers = [{}, new Set(), new Map(), new WeakMap(), new WeakSet(), 1];
var methods = [
  [Map.prototype, ["has", "delete", "clear", "forEach", "entries", "keys", "values"]],
  [Set.prototype, ["has", "delete", "clear", "forEach", "entries", "values"]],
  [WeakMap.prototype, ["has", "delete"]],
  [WeakSet.prototype, ["has", "delete"]],
];
methods.forEach(function (pair) {
  pair[1].forEach(function (name) {
    receivers.forEach(function (r) {
      attempt(name, function () { return pair[0][name].call(r, function () {}); });
    });
  });
});
["Map", "Set"].forEach(function (name) {
  var getter = Object.getOwnPropertyDescriptor(globalThis[name].prototype, "size").get;
  attempt(name + " size", function () { return getter.call(new WeakMap()); });
  attempt(name + " forEach", function () { return new globalThis[name]().forEach(42); });
});
console.log(Object.getOwnPropertyNames(Map.prototype).join());
console.log(Object.getOwnPropertyNames(Set.prototype).join());
console.log(Object.getOwnPropertyNames(WeakMap.prototype).join());
console.log(Object.getOwnPropertyNames(WeakSet.prototype).join());
console.log(Map.prototype.has.name, Set.prototype.delete.length, WeakSet.prototype.has.name);
