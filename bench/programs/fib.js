// Recursive Fibonacci: about 22,000 calls, each a new execution context.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
var result = fib(20);
console.log(result);
