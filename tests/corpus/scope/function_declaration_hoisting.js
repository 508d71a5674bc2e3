// Function declarations are hoisted together with their body.
console.log(square(4));

function square(n) {
  return n * n;
}

console.log(greet("Ada"));
function greet(name) {
  return "Hello, " + name;
}

function outer() {
  return inner();
  function inner() {
    return "inner was hoisted too";
  }
}
console.log(outer());
