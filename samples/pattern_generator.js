// Title: The same iterator with a generator
// Group: Patterns
// Summary: A generator function does what the closure iterator does by hand: its local memory is paused at each yield and resumed by next().
// Watch: Calling makeIterator(colours) does not run the body yet: it returns a generator object.
// Watch: Each next() resumes the generator's execution context with its Local Memory (list, index) just as it was left; at yield it is suspended, not destroyed.
// Watch: Compare with pattern_iterator_closure.js, where index had to be kept in a backpack.

function* makeIterator(list) {
  for (let index = 0; index < list.length; index++) {
    yield list[index]; // pause here; resume on the next call of next()
  }
}

const colours = ['red', 'green', 'blue'];
const it = makeIterator(colours);

console.log(it.next()); // { value: 'red', done: false }
console.log(it.next()); // { value: 'green', done: false }
console.log(it.next()); // { value: 'blue', done: false }
console.log(it.next()); // { value: undefined, done: true }

// A generator object is iterable, so for...of can drive it.
for (const colour of makeIterator(colours)) {
  console.log(colour);
}

// A generator can also keep a counter going forever, one value at a time.
function* idMaker() {
  let id = 1;
  while (true) {
    yield 'id-' + id++;
  }
}
const ids = idMaker();
console.log(ids.next().value, ids.next().value, ids.next().value);
