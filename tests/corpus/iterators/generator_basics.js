// function* creates generators that pause at each yield.
function* numbers() {
  console.log("  started");
  yield 1;
  console.log("  resumed after 1");
  yield 2;
  console.log("  resumed after 2");
  return "done";
}
const gen = numbers();
console.log("created, nothing ran yet");
console.log(gen.next());
console.log(gen.next());
console.log(gen.next());
console.log(gen.next());
console.log([...numbers()]);
console.log(typeof gen.next, gen[Symbol.iterator]() === gen);
console.log(Object.prototype.toString.call(gen));
