// The callback methods (forEach, map, filter, some, every, find*, reduce*)
// read the receiver and its length before they check the callback; splice
// and toSpliced read their start and delete count the same way.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}

var names = ["forEach", "map", "filter", "some", "every", "find", "findIndex",
             "findLast", "findLastIndex", "reduce", "reduceRight"];
names.forEach(function (name) {
  attempt(name + " null", function () { return Array.prototype[name].call(null, function () {}); });
  attempt(name + " not callable", function () { return [1][name]({}); });
  var log = [];
  var arrayLike = {
    get length() { log.push("length"); return 2; },
    get 0() { log.push("0"); return "a"; },
    get 1() { log.push("1"); return "b"; },
  };
  attempt(name + " order", function () { return Array.prototype[name].call(arrayLike, 5); });
  console.log(log.join(" "));
  var seen = [];
  var thisArg = { tag: "T" };
  var r = [3, , 5][name](function (a, b, c, d) {
    seen.push(this === thisArg ? "T" : typeof this, a, b, c, d === undefined ? "-" : d.length);
    return b === 2 || a === 3;
  }, name.startsWith("reduce") ? 100 : thisArg);
  console.log(name, r, seen.join(","));
});
attempt("reduce empty", function () { return [].reduce(function () {}); });
attempt("reduceRight holes", function () { return [, , ].reduceRight(function () {}); });
console.log([1, 2, 3].reduceRight(function (acc, x) { return acc + x; }));

var a = [0, 1, 2, 3, 4, 5];
console.log(a.toSpliced(), a.toSpliced(2), a.toSpliced(-2, 1), a.toSpliced(1, -1, "x"), a.toSpliced(1, Infinity, "y"));
console.log(a.slice().splice(), a.slice().splice(4), a.slice().splice(-3, 2, "z"), a.slice().splice(1, 0, "w"));
var b = a.slice();
b.splice(1, 2, "p", "q", "r");
console.log(b, a.toSpliced(undefined, undefined), a.toSpliced("2", "1"));
var big = { length: Math.pow(2, 53) - 1 };
attempt("splice too long", function () { return Array.prototype.splice.call(big, 0, 0, 1); });
attempt("toSpliced too long", function () { return Array.prototype.toSpliced.call(big, 0, 0, 1); });
console.log(a.slice(-2), a.slice(2, -2), [1, 2, 3, 4].copyWithin(-1, 0), [1, 2, 3].fill(0, -1), a.slice(NaN, "3"));
