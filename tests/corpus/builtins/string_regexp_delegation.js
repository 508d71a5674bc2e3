// match, matchAll, search, replace and replaceAll hand a RegExp-like argument
// its Symbol method; otherwise they build a RegExp (or search the text).
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}

var log = [];
var custom = {};
custom[Symbol.match] = function (s) { log.push("match " + s); return "M"; };
custom[Symbol.matchAll] = function (s) { log.push("matchAll " + s); return "MA"; };
custom[Symbol.search] = function (s) { log.push("search " + s); return 7; };
custom[Symbol.replace] = function (s, r) { log.push("replace " + s + " " + r); return "R"; };
custom.flags = "g";

attempt("match", function () { return "abc".match(custom); });
attempt("matchAll", function () { return "abc".matchAll(custom); });
attempt("search", function () { return "abc".search(custom); });
attempt("replace", function () { return "abc".replace(custom, "x"); });
attempt("replaceAll", function () { return "abc".replaceAll(custom, "y"); });
console.log(log);

attempt("match string", function () { return "a.b.c".match("."); });
attempt("match undefined", function () { return "abc".match(); });
attempt("matchAll string", function () { return [..."a.b.c".matchAll(".")].map(function (m) { return m.index; }); });
attempt("search string", function () { return ["a.b".search("."), "a.b".search("\\."), "x".search()]; });
attempt("matchAll non-global", function () { return "abc".matchAll(/b/); });
attempt("replaceAll non-global", function () { return "abc".replaceAll(/b/, "x"); });
var noFlags = /b/g;
Object.defineProperty(noFlags, "flags", { value: undefined });
attempt("replaceAll flags undefined", function () { return "abc".replaceAll(noFlags, "x"); });
var notRegExp = { flags: "" };
notRegExp[Symbol.match] = false;
notRegExp.toString = function () { return "b"; };
attempt("matchAll IsRegExp false", function () { return [..."abcb".matchAll(notRegExp)].length; });
attempt("null receiver match", function () { return String.prototype.match.call(null, /a/); });
attempt("null receiver matchAll", function () { return String.prototype.matchAll.call(undefined, /a/g); });
attempt("null receiver search", function () { return String.prototype.search.call(null, /a/); });
attempt("null receiver replace", function () { return String.prototype.replace.call(null, "a", "b"); });
attempt("null receiver replaceAll", function () { return String.prototype.replaceAll.call(null, "a", "b"); });

console.log("aXbXc".replace("X", "-"), "aXbXc".replaceAll("X", "-"));
console.log("abc".replace("", "_"), "abc".replaceAll("", "_"));
console.log("aaaa".replace("aa", "b"), "aaaa".replaceAll("aa", "b"), "aaa".replaceAll("aa", "b"));
console.log("abc".replace("z", "_"), "abc".replaceAll("z", "_"), "".replaceAll("", "e"));
console.log("x-y-z".replace("-", "[$&|$`|$'|$$]"), "x-y-z".replaceAll("-", "[$&|$`|$'|$$]"));
console.log("x-y-z".replace("-", function (m, i, s) { return "<" + m + i + s + ">"; }));
console.log("x-y-z".replaceAll("-", function (m, i, s) { return "<" + m + i + s + ">"; }));
console.log("x-y-z".replaceAll("", function (m, i) { return i; }));
console.log("a1b2".replace(/\d/g, "#"), "a1b2".replaceAll(/\d/g, "#"));
var order = [];
var subject = { toString: function () { order.push("subject"); return "s1s"; } };
var pattern = { toString: function () { order.push("pattern"); return "1"; } };
console.log(String.prototype.match.call(subject, pattern)[0], String.prototype.search.call(subject, pattern), order);
console.log("I\u0130i".toLocaleLowerCase("tr"), "I\u0130i".toLocaleLowerCase("en"), "I\u0130i".toLowerCase());
console.log("i\u0131I".toLocaleUpperCase("az"), "i\u0131I".toLocaleUpperCase(["en"]), "i\u0131I".toUpperCase());
attempt("bad locale", function () { return "a".toLocaleUpperCase("x_y"); });
console.log("abcdef".slice(-2), "abcdef".slice(1, -1), "abcdef".substr(-3, 2), "abcdef".slice(2, 1));
