// Assigning to an undeclared name in sloppy mode creates a global.
function leak() {
  leaked = "oops";
  var kept = "local";
}
console.log(typeof leaked);
leak();
console.log(leaked);
console.log(globalThis.leaked);
console.log("leaked" in globalThis);
console.log(typeof kept);

function chain() {
  var a = (b = 5);
  return a;
}
console.log(chain(), b);
