// When a var and a function share a name, the function wins at hoisting time;
// a later assignment replaces it.
console.log(typeof thing);
var thing = "string now";
function thing() {
  return "function";
}
console.log(typeof thing);

function redeclare() {
  var v = 1;
  var v;
  return v;
}
console.log(redeclare());

function twice() {
  return "first";
}
function twice() {
  return "second";
}
console.log(twice());
