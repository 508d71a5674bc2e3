// Title: Module pattern with an IIFE
// Group: Patterns
// Summary: An immediately invoked function expression keeps its state private and exposes only a few functions, without polluting Global Memory.
// Watch: The IIFE runs at once: its execution context's Local Memory holds count and the helper change.
// Watch: After it returns, Global Memory holds only counterModule; count and change live on in the backpack shared by increment, decrement and value.
// Watch: Reading counterModule.count gives undefined: the variable is in the backpack, not on the object.

const counterModule = (function () {
  let count = 0; // private: only the functions below can reach it

  function change(by) { // private helper
    count += by;
  }

  // Only this object leaves the IIFE.
  return {
    increment: function () { change(1); },
    decrement: function () { change(-1); },
    value: function () { return count; }
  };
})();

counterModule.increment();
counterModule.increment();
counterModule.decrement();
console.log(counterModule.value()); // 1
console.log(counterModule.count);   // undefined: count is not a property
console.log(typeof count);          // "undefined": not in Global Memory either
