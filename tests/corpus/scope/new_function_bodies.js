// Function(...) bodies run in the global scope with their own text
var scale = 3;
function factory() {
  var scale = 100;
  return new Function('x', 'return x * scale');
}
console.log(factory()(2));
const add = Function('a', 'b = 1', 'return a + b');
console.log(add(1), add(1, 2), add.length, add.name);
console.log(String(Function('a', 'return a')));
const withEval = Function('src', 'var local = 5; return eval(src)');
console.log(withEval('local * 2'), typeof local);
try {
  Function('return )');
} catch (e) {
  console.log(e.name);
}
