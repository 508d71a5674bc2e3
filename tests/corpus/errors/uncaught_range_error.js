// An uncaught RangeError from a built-in.
const n = 25;
console.log(n.toString(2));
console.log(n.toString(16));
console.log(n.toString(1));
console.log("never printed");
