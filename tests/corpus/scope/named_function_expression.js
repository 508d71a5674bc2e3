// The name of a named function expression is only visible inside it.
const factorial = function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
};
console.log(factorial(5));
console.log(typeof fact);
console.log(factorial.name);

const anon = function () {};
console.log(anon.name);

// Assigning to the inner name does nothing in sloppy mode.
const keep = function me() {
  me = 42;
  return typeof me;
};
console.log(keep());
