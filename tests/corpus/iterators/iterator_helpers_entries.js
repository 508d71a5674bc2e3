// keys(), values() and entries() on arrays, Maps and Sets return iterators.
const arr = ["a", "b"];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
const m = new Map([["x", 1], ["y", 2]]);
const keys = m.keys();
console.log(keys.next(), [...keys]);
console.log([...new Set(["p"]).entries()]);
const iter = arr.values();
console.log(typeof iter.next, typeof iter[Symbol.iterator]);
for (const [i, v] of arr.entries()) console.log(i, v);
console.log(Object.prototype.toString.call(arr.values()));
