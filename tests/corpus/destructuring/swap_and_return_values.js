// Returning several values and picking them apart.
function minMax(list) {
  return [Math.min(...list), Math.max(...list)];
}
const [lo, hi] = minMax([4, 1, 9, 3]);
console.log(lo, hi);

function parse(text) {
  const [key, value = ""] = text.split("=");
  return { key, value, ok: value !== "" };
}
const { key, ok } = parse("mode=dark");
console.log(key, ok, parse("empty").ok);

const arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr);
const o = {};
({ a: o.first, b: o.second } = { a: "A", b: "B" });
console.log(o);
