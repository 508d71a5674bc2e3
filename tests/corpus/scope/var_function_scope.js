// var is scoped to the function, not to the block.
function demo() {
  if (true) {
    var inner = "visible";
  }
  for (var i = 0; i < 3; i++) {}
  console.log(inner, i);
}
demo();

function shadow() {
  var x = "outer";
  {
    var x = "block";
  }
  return x;
}
console.log(shadow());
console.log(typeof inner, typeof i);
