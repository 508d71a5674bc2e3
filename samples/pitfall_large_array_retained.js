// Title: A closure keeps a large array alive
// Group: Pitfalls
// Summary: A small function can keep a big array in memory through its backpack; dropping the last reference to the function releases both.
// Watch: makeLookup() creates an execution context whose Local Memory holds squares, an array of 1000 items on the heap.
// Watch: When makeLookup returns, squares is not garbage: it stays in the backpack ([[scope]]) of lookup, reachable from Global Memory as findSquare.
// Watch: After findSquare = null nothing reaches the function any more: the function, its backpack and the 1000-item array are all released.

function makeLookup() {
  const squares = []; // 1000 numbers: the heavy part
  for (let n = 0; n < 1000; n++) {
    squares.push(n * n);
  }

  // This tiny function is all we return, but it uses squares,
  // so squares travels with it in its backpack.
  return function lookup(n) {
    return squares[n];
  };
}

let findSquare = makeLookup();
console.log(findSquare(12));  // 144
console.log(findSquare(999)); // 998001

// The pitfall: as long as findSquare is reachable from Global Memory
// (a global variable, a cache, an event listener...), the whole array stays alive,
// even if we never call it again.

// The fix: when you are done, drop the reference.
findSquare = null;
console.log(findSquare); // null: the backpack and the array can now be garbage-collected
