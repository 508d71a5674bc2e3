// closures made inside eval, eval inside closures, and eval in loops
function makeCounter(start) {
  eval('var count = ' + start);
  return {
    inc: function () { return ++count; },
    get: () => eval('count'),
  };
}
const c = makeCounter(10);
c.inc();
c.inc();
console.log(c.get());
const fns = eval('[1, 2, 3].map(function (n) { return function () { return n * 100; }; })');
console.log(fns.map(f => f()));
var total = 0;
for (let i = 1; i <= 4; i++) eval('total += i');
console.log(total);
function outer() {
  var secret = 's3';
  return function inner(code) { return eval(code); };
}
const peek = outer();
console.log(peek('secret'), peek('typeof inner'), peek('arguments.length'));
const obj = {
  name: 'obj',
  method() { return eval('this.name'); },
  arrow() { return (() => eval('this.name'))(); },
};
console.log(obj.method(), obj.arrow());
function nested() {
  eval('eval("var deep = 3")');
  return deep;
}
console.log(nested());
function fnDecl() {
  eval('function made(a) { return a + 1; }');
  return made(1);
}
console.log(fnDecl(), typeof made);
