// Function factories: the returned function remembers its arguments.
function multiplier(factor) {
  return n => n * factor;
}
const double = multiplier(2);
const triple = multiplier(3);
console.log(double(5), triple(5));

function greeter(greeting) {
  return function (name) {
    return `${greeting}, ${name}!`;
  };
}
const hello = greeter("Hello");
const hola = greeter("Hola");
console.log(hello("Ada"), hola("Ada"));

const adders = [1, 10, 100].map(n => x => x + n);
console.log(adders.map(add => add(1)));
