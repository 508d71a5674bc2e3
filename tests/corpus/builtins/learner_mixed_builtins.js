console.log((0).toFixed(2), (-0).toFixed(1), (1.45).toFixed(1), (8.345).toFixed(2), (1e-7).toPrecision(3), (123456).toPrecision(2), (0).toPrecision(3), (1.5e300).toPrecision(3), (NaN).toFixed(2));
console.log((25).toExponential(), (0.00015).toExponential(1), Number("0x1f"), parseInt("08"), parseFloat("3.14abc"), (1234.5678).toLocaleString === undefined);
console.log(Object.groupBy ? Object.groupBy([1, 2, 3, 4], x => x % 2 ? "odd" : "even") : "none");
console.log(Map.groupBy ? [...Map.groupBy([1, 2, 3], x => x > 1)] : "none");
console.log([1, 2, 3].findLast(x => x < 3), [3, 1, 2].toSorted(), [1, 2].with(0, 9), [1, [2, [3, [4]]]].flat(Infinity));
console.log("Hello".split("").reverse().join(""), "abc".localeCompare("abd"), "ß".toUpperCase(), "  x ".trim().length);
label: { console.log("in"); break label; console.log("no"); }
var x = 1; { let x = 2; { console.log(x); } } console.log(x);
console.log(((a, b = a + 1, ...rest) => [a, b, rest])(1), (function () { return typeof arguments; })());
console.log([..."ab"].entries().next(), Object.entries({a: 1}), new Set([1, 1, 2]), new Map([[1, {a: [1, 2]}]]));
console.log([1, , 3], [undefined, null], { "a-b": 1, 2: 3, [Symbol("s")]: 4 }, [function foo() {}, class Bar {}, () => {}]);
console.log(String(Symbol("q")), `${[1, [2, 3]]}`, String({}), [] + {}, 0.1 + 0.2, 1 / 3, -0, [-0], 1e21, 123e-20);
const wm = new WeakMap(); const key = {}; wm.set(key, 1); console.log(wm.get(key), wm);
console.log(Object.getOwnPropertyNames(class { static m() {} }), JSON.stringify({a: [1, {b: 2}], u: undefined, d: new Date(0)}, null, 2));
function Person(name) { this.name = name; } Person.prototype.hi = function () { return "hi " + this.name; };
const pp = new Person("z"); console.log(pp, pp.hi(), pp.constructor.name, Object.keys(pp));
console.log([3, 10, 1].sort(), [3, 10, 1].sort((a, b) => a - b), ["b", "a"].sort().concat(1));
try { null.f(); } catch (e) { console.log(e.message, e.name, e instanceof TypeError); }
try { undefinedFn(); } catch (e) { console.log(e.message); }
try { (void 0)(); } catch (e) { console.log(e.message); }
try { const q = 1; q++; } catch (e) { console.log(e.message); }
try { class A { constructor() { this.x; } } class B extends A { constructor() { this.y = 1; super(); } } new B(); } catch (e) { console.log(e.message); }
try { JSON.parse("{bad"); } catch (e) { console.log(e.message); }
try { [].reduce((a, b) => a); } catch (e) { console.log(e.message); }
try { new Array(-1); } catch (e) { console.log(e.message); }
try { Symbol() + ""; } catch (e) { console.log(e.message); }
try { ({}).x.y; } catch (e) { console.log(e.message); }
try { let a = {}; a.b.c = 1; } catch (e) { console.log(e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.message); }
try { "abc".repeat(-1); } catch (e) { console.log(e.message); }
try { Object.defineProperty(Object.freeze({}), "x", {value: 1}); } catch (e) { console.log(e.message); }
