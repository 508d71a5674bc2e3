// eval inside with, and with inside eval
var o = { v: 1 };
function f() {
  with (o) {
    eval('var v = 5');
    var seen = v;
  }
  return [seen, v, o.v];
}
console.log(f());
console.log(eval('with ({ q: 7 }) { q * 2 }'));
function g() {
  var local = 'L';
  with ({ local: 'from object' }) {
    return eval('local');
  }
}
console.log(g());
