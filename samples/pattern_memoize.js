// Title: memoize: a cache in the backpack
// Group: Patterns
// Summary: memoize(fn) returns a function that stores every answer in a cache object kept alive by its backpack.
// Watch: memoize(slowSquare) creates an execution context whose Local Memory holds fn and cache = {}.
// Watch: The returned function, fastSquare in Global Memory, keeps fn and cache in its backpack ([[scope]]).
// Watch: Each new argument adds a property to the cache object on the heap; a repeated argument is answered from the cache without calling slowSquare.

function memoize(fn) {
  const cache = {}; // lives on in the backpack of the returned function

  return function (n) {
    if (n in cache) {
      console.log('from the cache: ' + n);
      return cache[n];
    }
    const answer = fn(n);
    cache[n] = answer; // remember it for next time
    return answer;
  };
}

function slowSquare(n) {
  console.log('computing ' + n + ' * ' + n);
  return n * n;
}

const fastSquare = memoize(slowSquare);

console.log(fastSquare(4)); // computed
console.log(fastSquare(4)); // remembered
console.log(fastSquare(9)); // computed
console.log(fastSquare(9)); // remembered
