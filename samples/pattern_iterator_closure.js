// Title: An iterator built from a closure
// Group: Patterns
// Summary: makeIterator(list) returns an object whose next() method remembers the position in its backpack.
// Watch: makeIterator(colours) creates an execution context whose Local Memory holds list and index = 0.
// Watch: After it returns, list and index live on in the backpack ([[scope]]) of next, reachable from Global Memory through it.
// Watch: Each it.next() call runs in a new execution context and moves index forward in the backpack until done is true.

function makeIterator(list) {
  let index = 0; // where we are: remembered between calls

  return {
    next: function () {
      if (index < list.length) {
        const value = list[index];
        index += 1;
        return { value: value, done: false };
      }
      return { value: undefined, done: true };
    }
  };
}

const colours = ['red', 'green', 'blue'];
const it = makeIterator(colours);

let step = it.next();
while (!step.done) {
  console.log(step.value);
  step = it.next();
}
console.log(it.next()); // stays done
