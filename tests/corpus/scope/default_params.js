// Default parameters are evaluated at call time, left to right.
function greet(name = "stranger", greeting = "Hello " + name) {
  return greeting + "!";
}
console.log(greet());
console.log(greet("Ada"));
console.log(greet("Ada", "Hi"));
console.log(greet(undefined, "Hey"));
console.log(greet(null));

let calls = 0;
function stamp(id = ++calls) {
  return id;
}
console.log(stamp(), stamp(), stamp(10), stamp());

function f(a, b = a * 2, c = b + 1) {
  return [a, b, c].join(" ");
}
console.log(f(1), "|", f(1, 5));
console.log(f.length);
