// Title: Currying
// Group: Patterns
// Summary: A curried function takes its arguments one at a time; each step returns a new function whose backpack holds the arguments so far.
// Watch: volume(2) returns a function whose backpack holds length = 2; calling that with 3 adds a second backpack holding width = 3, whose [[scope]] chain leads to the first.
// Watch: curry(fn) keeps fn and the arguments collected so far in the backpack of each function it returns.
// Watch: Every partial step (like twoBy) is stored in Global Memory and can be reused.

// Curried by hand: one argument per function.
function volume(length) {
  return function (width) {
    return function (height) {
      return length * width * height;
    };
  };
}

console.log(volume(2)(3)(4)); // 24

const twoBy = volume(2); // backpack: length = 2
console.log(twoBy(5)(1));     // 10

// Curried by a helper: collect arguments until there are enough.
function curry(fn) {
  return function collect(...soFar) {
    if (soFar.length >= fn.length) {
      return fn(...soFar);
    }
    return function (...more) {
      return collect(...soFar, ...more); // soFar comes from the backpack
    };
  };
}

const curriedVolume = curry(function (l, w, h) { return l * w * h; });
console.log(curriedVolume(2)(3)(4)); // 24
console.log(curriedVolume(2, 3)(4)); // 24
