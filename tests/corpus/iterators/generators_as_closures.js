// Each generator object keeps its own local variables, like a closure.
function* idMaker(prefix) {
  let id = 0;
  while (true) {
    const reset = yield `${prefix}${++id}`;
    if (reset) id = 0;
  }
}
const users = idMaker("u");
const orders = idMaker("o");
console.log(users.next().value, users.next().value, orders.next().value);
console.log(users.next(true).value, users.next().value, orders.next().value);
function makeIterator(list) {
  let index = 0;
  function* step() {
    while (index < list.length) yield list[index++];
  }
  return { step, position: () => index };
}
const it = makeIterator(["x", "y", "z"]);
const s1 = it.step();
console.log(s1.next().value, it.position());
const s2 = it.step();
console.log(s2.next().value, s1.next().value, it.position());
