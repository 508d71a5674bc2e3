// Found by the sandbox probes: arguments.callee was missing (undefined) in sloppy functions; in
// strict functions and ones with non-simple parameters reading it throws a TypeError.
function f() { return [typeof arguments.callee, arguments.callee === f, Reflect.ownKeys(arguments).map(String)]; }
console.log(f(1, 2));
function s() { "use strict"; try { return arguments.callee; } catch (e) { return e.message; } }
console.log(s());
function d(a = 1) { try { return arguments.callee; } catch (e) { return e.constructor.name; } }
console.log(d());
const fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(5), (function () { return arguments; })(1, "a"), Object.getOwnPropertyDescriptor((function () { return arguments; })(), "callee").enumerable);
