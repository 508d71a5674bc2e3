// Fuzz seeds 34, 99, 163: Number.prototype.toLocaleString checks its locales as V8 does
// ("Incorrect locale information provided", "Language ID should be string or object.");
// Fuzz seed 1314: options null is a TypeError.
// Object.assign onto a String wrapper names it '[object String]'; a read-only property of a
// function is "of function '...'".
for (const args of [[Symbol.iterator], [[]], [{}], ["a"], [""], [NaN], [0], [true], [null], [undefined], [[1, 2]], ["2"],
                    ["en-US"], [["en", "de"]], [10n], [() => 1], [-1]]) {
  try { console.log((1234.5).toLocaleString(...args)); } catch (e) { console.log(e.name, e.message); }
}
for (const t of [() => Object.assign("abc", "xy"), () => Object.assign(new String("ab"), { 0: "z" })]) {
  try { console.log(t()); } catch (e) { console.log(e.name, e.message); }
}
(function () {
  "use strict";
  class Foo {}
  const targets = [{}, [1], new String("ab"), new Number(1), function f() {}, new Date(0), new Map(), new Foo(), /x/,
                   Object.create(null), new Boolean(true), Math, JSON, (function () { return arguments; })(1),
                   new Error("e"), Promise.resolve(), Symbol.prototype, { toString() { return "custom"; } }];
  for (const t of targets) {
    try { Object.defineProperty(t, "p", { value: 1, writable: false }); t.p = 2; } catch (e) { console.log(e.message); }
  }
})();
try { (1.5).toLocaleString(0, null); } catch (e) { console.log(e.name, e.message); }
console.log((1.5).toLocaleString(undefined, undefined), (1.5).toLocaleString("en", {}));
// Fuzz seed 2087: localeCompare with options null throws as V8 does.
try { "a".localeCompare("b", "en", null); } catch (e) { console.log(e.name, e.message); }
console.log("a".localeCompare("b", "en", undefined), "a".localeCompare("B", undefined, { sensitivity: "base" }));
