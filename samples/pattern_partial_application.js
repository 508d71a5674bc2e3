// Title: Partial application
// Group: Patterns
// Summary: partial(fn, ...preset) fixes the first arguments now; the backpack keeps them until the rest arrive later.
// Watch: Each partial(...) call creates an execution context whose Local Memory holds fn and the preset array.
// Watch: double and addTax in Global Memory are two functions with two different backpacks ([[scope]]): one holds [2], the other [0.2].
// Watch: Calling double(21) gets a new execution context with later = [21]; fn and preset come from the backpack.

function partial(fn, ...preset) {
  return function (...later) {
    // preset comes from the backpack, later from this call
    return fn(...preset, ...later);
  };
}

function multiply(a, b) {
  return a * b;
}

function priceWithTax(rate, price) {
  return price + price * rate;
}

const double = partial(multiply, 2);
const addTax = partial(priceWithTax, 0.2);

console.log(double(21));  // 42
console.log(double(5));   // 10
console.log(addTax(100)); // 120
console.log(addTax(50));  // 60
