// what eval returns, and the errors it throws
console.log(eval('1; 2; 3'), eval(''), eval('var x = 5'), eval('x * 2'));
console.log(eval('if (true) { "yes" } else { "no" }'), eval('7; if (false) 8;'));
console.log(eval('for (var i = 0; i < 3; i++) i * 10'), eval('var n = 0; while (n < 2) { n++ }'));
console.log(eval('do { "a"; break; } while (true)'), eval('try { "t" } finally { "f" }'));
console.log(eval('({ key: 1 })'), eval('{ key: 1 }'), eval('[1, 2].map(v => v * 2)'));
console.log(eval(42), eval({ not: 'a string' }), eval());
for (const bad of ['a b', 'let let = 1', 'return 1', '"use strict"; with (o) {}', 'function (', '1 +* 2']) {
  try {
    eval(bad);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name, e.message);
  }
}
try { eval('missing + 1'); } catch (e) { console.log(e.name, e.message); }
try { eval('throw new TypeError("from eval")'); } catch (e) { console.log(e.name, e.message); }
function conflict() {
  let taken = 1;
  try { eval('var taken = 2'); } catch (e) { console.log(e.name, e.message); }
  return taken;
}
console.log(conflict());
