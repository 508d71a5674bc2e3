// once: run a function a single time and remember the result.
function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}
let runs = 0;
const init = once((x) => {
  runs++;
  return "initialised with " + x;
});
console.log(init(1));
console.log(init(2));
console.log(init(3));
console.log("runs:", runs);
