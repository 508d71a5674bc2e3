// var declarations are hoisted; the assignment stays where it is.
console.log(typeof a, a);
var a = 10;
console.log(a);

function f() {
  console.log("inside before:", b);
  if (false) {
    var b = 1;
  }
  console.log("inside after:", b);
  var b = 2;
  return b;
}
console.log(f());
