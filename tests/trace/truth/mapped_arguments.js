function f(a){ arguments[0] = 9; const x = a; a = 5; return [x, arguments[0]] }
console.log(f(1));
