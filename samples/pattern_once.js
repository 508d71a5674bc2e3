// Title: once: a function that runs only the first time
// Group: Patterns
// Summary: once(fn) returns a wrapper whose backpack remembers whether fn has already run and what it returned.
// Watch: once(setUp) creates an execution context whose Local Memory holds fn, called = false and result.
// Watch: When once returns, those three survive in the backpack ([[scope]]) of the wrapper stored in Global Memory as initialise.
// Watch: The first initialise() call sets called = true and result in the backpack; later calls only read the backpack and never call setUp again.

function once(fn) {
  let called = false; // has fn run yet?
  let result;         // what fn returned the first time

  return function (...args) {
    if (!called) {
      called = true;
      result = fn(...args);
    }
    return result; // later calls reuse the remembered result
  };
}

function setUp(name) {
  console.log('setting up ' + name + '...');
  return name + ' is ready';
}

const initialise = once(setUp);

console.log(initialise('the app'));   // runs setUp
console.log(initialise('something')); // setUp is not called again
console.log(initialise());            // same remembered result
