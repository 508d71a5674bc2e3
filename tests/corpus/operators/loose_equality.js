// == converts types; === never does.
const pairs = [
  [0, "0"], [0, ""], ["", "0"], [null, undefined], [null, 0],
  [undefined, 0], [NaN, NaN], [false, "0"], [true, 1], [true, "true"],
  [[], ""], [[1], 1], [[1, 2], "1,2"], [{}, "[object Object]"], ["1e1", 10],
];
function show(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v + "]";
  if (v !== null && typeof v === "object") return "{}";
  return String(v);
}
for (const [a, b] of pairs) {
  console.log(show(a), "==", show(b), a == b, "===", a === b);
}
const o = {};
console.log(o == o, o === {}, null == false, undefined == null);
