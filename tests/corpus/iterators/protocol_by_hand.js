// The iterator protocol by hand: next() returns { value, done }.
const letters = ["a", "b"];
const it = letters[Symbol.iterator]();
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const strIt = "hi"[Symbol.iterator]();
console.log(strIt.next().value, strIt.next().value, strIt.next().done);
const mapIt = new Map([["k", "v"]]).entries();
console.log(mapIt.next().value);
