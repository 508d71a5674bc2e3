// memoize: a cache in the closure avoids repeated work.
function memoize(fn) {
  const cache = new Map();
  return function (n) {
    if (cache.has(n)) {
      console.log("  cache hit for", n);
      return cache.get(n);
    }
    const value = fn(n);
    cache.set(n, value);
    return value;
  };
}
let calls = 0;
const slowSquare = n => {
  calls++;
  return n * n;
};
const fastSquare = memoize(slowSquare);
console.log(fastSquare(4));
console.log(fastSquare(4));
console.log(fastSquare(5));
console.log("real calls:", calls);

const fib = memoize(n => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(10));
