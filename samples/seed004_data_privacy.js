// Title: Data Privacy
// Group: From the documents
// Source: 004_6eef8c8ba225c6c5.txt, "Data Privacy", example 2
// Summary: Three methods share one private count; it can only be read and changed through them.
// Watch: createCounter() creates an execution context whose Local Memory holds count = 0; it returns an object with three functions.
// Watch: increment, decrement and getCount all point at the same backpack ([[scope]]) holding count.
// Watch: Global Memory holds counter (the object) but no count: the value 1, then 0, is visible only in the shared backpack.
// Try: counter.count
// Try: counter.increment()
// Try: counter.getCount

function createCounter() {
  let count = 0;

  return {
    increment: function() {
      count += 1;  // predict
      return count;
    },
    decrement: function() {
      count -= 1;  // predict
      return count;
    },
    getCount: function() {
      return count;
    }
  };
}

const counter = createCounter();  // predict
console.log(counter.increment()); // 1
console.log(counter.decrement()); // 0
console.log(counter.getCount()); // 0
