// Everything that is iterable can be spread, destructured and looped.
function* three() {
  yield 1;
  yield 2;
  yield 3;
}
console.log([...three()], Math.max(...three()));
const [a, , c] = three();
console.log(a, c);
console.log(Array.from(three(), x => x * 2));
console.log(new Set(three()).size, new Map([[1, "a"]].values()).size);
console.log(Object.fromEntries((function* () { yield ["k", "v"]; })()));
const once = three();
console.log([...once], [...once]);
console.log([..."abc"].reverse().join(""));
