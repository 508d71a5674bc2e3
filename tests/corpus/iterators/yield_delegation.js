// yield* delegates to another iterable or generator.
function* inner() {
  yield "i1";
  yield "i2";
  return "inner result";
}
function* outer() {
  yield "o1";
  const r = yield* inner();
  yield "inner returned " + r;
  yield* [10, 20];
  yield* "ab";
}
console.log([...outer()]);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 2, left: { value: 1 }, right: { value: 4, left: { value: 3 } } };
console.log([...tree(t)]);
