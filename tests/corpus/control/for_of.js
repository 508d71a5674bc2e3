// for-of over arrays, strings, Maps, Sets and entries().
for (const x of [10, 20]) console.log("array", x);
for (const ch of "héllo") showChar(ch);
function showChar(ch) {
  console.log("char", ch);
}
const m = new Map([["a", 1], ["b", 2]]);
for (const [key, value] of m) console.log("map", key, value);
for (const v of new Set([1, 1, 2])) console.log("set", v);
for (const [i, v] of ["p", "q"].entries()) console.log("entry", i, v);

const arr = [1, 2, 3];
for (const x of arr) {
  if (x === 1) arr.push(4);
  console.log("growing", x);
}
