// console.log's formatting of collections, their iterators, regexps, dates,
// %d/%i and the names V8 gives primitives in "is not a function" messages.
var s = new Set([1, "two", { three: 3 }, [4]]);
var m = new Map([[1, "one"], ["k", { v: [1, 2] }], [{ o: 1 }, new Set([5])]]);
console.log(s, m, new Set(), new Map());
console.dir(s, { maxArrayLength: 2 });
console.dir(m, { maxArrayLength: 1 });
console.dir(m, { maxArrayLength: 0 });
console.dir(s, { maxArrayLength: 1.5 });
console.dir(m, { maxArrayLength: 2.5 });
class MySet extends Set {}
class MyMap extends Map {}
console.log(new MySet([1]), new MyMap([[1, 2]]));
var tagged = new Map([[1, 2]]);
tagged[Symbol.toStringTag] = "Tagged";
tagged.extra = true;
console.log(tagged);
console.log(s.values(), s.entries(), m.keys(), m.values(), m.entries());
console.dir(m.entries(), { maxArrayLength: 1 });
console.dir(s.values(), { maxArrayLength: 2 });
console.dir(m.keys(), { maxArrayLength: 0 });
var it = m.entries();
it.next();
console.log(it, [...it].length, it);
var big = new Set();
for (var i = 0; i < 120; i++) big.add(i);
console.dir(big, { breakLength: Infinity });
console.dir(big.values(), { breakLength: Infinity });

console.log(/a\/b/g, new RegExp("a/b"), new RegExp("line\nbreak"), new RegExp("[/]"), new RegExp("\\/"), new RegExp(""));
console.log([new RegExp("\u2028x\u2029", "m")], { r: /x\\/ }, String(new RegExp("a/[/]")));
console.log(new RegExp("a/b").source, new RegExp("\n").source, new RegExp("[\\n/]").source);

console.log(new Date(0), new Date(-1), new Date(8.64e15), new Date(-8.64e15), new Date(NaN));
console.log([new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1)), new Date(Date.UTC(99, 11, 31, 23, 59, 59, 999))]);
console.log({ when: new Date(Date.UTC(2024, 1, 29, 12, 30, 5, 7)) }, new Date(1e12).toISOString());

console.log("%d %i %d %i", 42.9, 42.9, "7.5px", "7.5px");
console.log("%d %i", 10n, 10n, "rest");
console.log("%d %i", Symbol("s"), Symbol("s"));
console.log("%d|%i|%d|%i", -0, -0, {}, [3]);
console.log("%i %d %f", "0x1f", "0x1f", "0x1f");
console.log("%d", "%i");

function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, e.message);
  }
}
[-0, 0, 1.5, -Infinity, NaN, true, undefined, null, 12n, "text", Symbol("desc"), Symbol()].forEach(function (v, i) {
  attempt(i, function () { [1].map(v); });
  attempt(i, function () { new Set([1]).forEach(v); });
});
