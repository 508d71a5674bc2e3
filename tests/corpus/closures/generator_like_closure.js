// An iterator written only with closures.
function makeRange(start, end) {
  let current = start;
  return {
    next() {
      if (current < end) {
        return { value: current++, done: false };
      }
      return { value: undefined, done: true };
    },
  };
}
const r = makeRange(3, 6);
let step = r.next();
while (!step.done) {
  console.log(step.value);
  step = r.next();
}
console.log(r.next());
