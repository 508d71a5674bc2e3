// Set: unique values, insertion order.
const s = new Set([3, 1, 3, 2, 1]);
console.log(s.size, [...s]);
s.add(4).add(1);
console.log(s.has(4), s.has("4"), s.size);
s.delete(3);
console.log([...s]);
const a = new Set([1, 2, 3]);
const b = new Set([2, 3, 4]);
console.log([...a].filter(x => b.has(x)), [...new Set([...a, ...b])]);
const objs = new Set([{}, {}]);
console.log(objs.size);
const seen = new Set();
const dupes = [];
for (const ch of "mississippi") {
  if (seen.has(ch)) dupes.push(ch);
  seen.add(ch);
}
console.log(dupes.join(""), [...seen].join(""));
s.forEach((v, v2) => console.log(v === v2));
