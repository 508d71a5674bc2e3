// Throwing a number that nobody catches.
console.log("about to throw 42");
throw 42;
