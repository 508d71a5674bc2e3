// Invalid array lengths throw RangeError.
for (const len of [-1, 1.5, 2 ** 32]) {
  try {
    new Array(len);
    console.log(len, "ok");
  } catch (e) {
    console.log(len, e.name + ": " + e.message);
  }
}
const arr = [1, 2, 3];
try {
  arr.length = -1;
} catch (e) {
  console.log(e.message, arr.length);
}
console.log(new Array(3).length, new Array("3").length);
