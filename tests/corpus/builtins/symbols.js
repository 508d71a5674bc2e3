// Symbols: uniqueness, description, registry, and as property keys.
const a = Symbol("id");
const b = Symbol("id");
console.log(a === b, a.description, typeof a, a.toString());
console.log(Symbol().description, Symbol("").description);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(a));
const obj = { [a]: 1, visible: 2 };
console.log(Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).length);
console.log(obj[a], a in obj);
try {
  new Symbol();
} catch (e) {
  console.log(e.name);
}
console.log(Symbol.iterator.toString(), typeof Symbol.asyncIterator);
