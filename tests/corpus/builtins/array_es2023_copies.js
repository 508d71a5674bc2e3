// toSorted, toReversed, toSpliced and with return new arrays.
const original = [3, 1, 2];
const sorted = original.toSorted();
const reversed = original.toReversed();
const replaced = original.with(0, 99);
const negative = original.with(-1, "last");
const spliced = original.toSpliced(1, 1, "a", "b");
console.log(original, sorted, reversed, replaced, negative, spliced);
console.log([5, 40, 100].toSorted((a, b) => b - a));
try {
  original.with(5, 0);
} catch (e) {
  console.log("with(5) on a 3-item array:", e.name);
}
console.log(original.findLast(n => n > 1), original.findLastIndex(n => n > 5));
