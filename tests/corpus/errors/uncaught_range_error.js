// An uncaught RangeError from a built-in.
console.log((25).toString(2));
console.log((25).toString(1));
