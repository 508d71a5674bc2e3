// Title: Count Closure
// Group: From the documents
// Source: 000_6a67bacebb9dcee4.txt, "Closures In Depth", example 1
// Summary: The function count returns an anonymous inner function that keeps using the parent function's var count.
// Watch: Global Memory holds the function count. Every call of count() creates a new execution context whose Local Memory holds its own var count.
// Watch: When count() returns, its execution context is destroyed, but var count survives in the backpack ([[scope]]) of the returned anonymous function.
// Watch: counterA and counterB are two instances of the scope: two separate backpacks, each with its own count.

// The document shows this code only in a picture. It is rebuilt from the text:
// the parent function is named `count`, it scopes `var count`, and it returns
// the anonymous function `function(){ return ++count; };`
function count(){
  var count = 0;
  return function(){
    return ++count;  // predict: count
  };
}

// "Let's go ahead and call count and see what happens":
// the parent function runs, exits, and returns the inner function definition.
console.log(count());

// "We will store instances of the function count() inside variables,
// that is what creates our instances."
var counterA = count();  // predict
var counterB = count();

console.log(counterA()); // 1
console.log(counterA()); // 2
console.log(counterA()); // 3
// predict
console.log(counterB()); // 1 (a different instance with its own count)
