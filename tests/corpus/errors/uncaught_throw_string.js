// Throwing a string that nobody catches.
let step = 0;
while (step < 3) {
  step++;
  console.log("step", step);
}
console.log("about to throw a string");
throw "something bad happened";
