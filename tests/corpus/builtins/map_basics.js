// Map: any value as key, insertion order, size.
const m = new Map();
const objKey = { id: 1 };
m.set("a", 1).set(1, "number one").set(objKey, "object");
console.log(m.size, m.get("a"), m.get(1), m.get("1"), m.get(objKey), m.get({ id: 1 }));
console.log(m.has(objKey), m.delete("a"), m.delete("a"), m.size);
m.set(NaN, "nan");
console.log(m.get(NaN));
for (const [k, v] of m) console.log(typeof k, v);
console.log([...m.keys()].length, [...m.values()]);
m.forEach((value, key) => console.log("forEach", value));
m.clear();
console.log(m.size);
const counts = new Map();
for (const w of "a b a c b a".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log([...counts]);
