// Currying with closures.
const add3 = a => b => c => a + b + c;
console.log(add3(1)(2)(3));
const addTo10 = add3(4)(6);
console.log(addTo10(5), addTo10(-10));

function curry(fn) {
  return function curried(...args) {
    if (args.length >= fn.length) {
      return fn(...args);
    }
    return (...more) => curried(...args, ...more);
  };
}
const volume = curry((l, w, h) => l * w * h);
console.log(volume(2)(3)(4), volume(2, 3)(4), volume(2)(3, 4), volume(2, 3, 4));
