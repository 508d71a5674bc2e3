// Several functions closing over the same variable share it.
function createCounter(start = 0, step = 1) {
  let value = start;
  return {
    up() { value += step; return value; },
    down() { value -= step; return value; },
    reset() { value = start; return value; },
    get current() { return value; },
  };
}
const c = createCounter(10, 5);
console.log(c.up(), c.up(), c.down());
console.log(c.current);
console.log(c.reset(), c.current);
console.log(Object.keys(c));
console.log(c.value);
