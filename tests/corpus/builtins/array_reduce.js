// reduce and reduceRight.
const nums = [1, 2, 3, 4];
console.log(nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 10));
console.log(nums.reduce((acc, n, i) => acc + `[${i}:${n}]`, ""));
console.log(["a", "b", "c"].reduceRight((acc, s) => acc + s, ""));
console.log([[1, 2], [3], [4, 5]].reduceRight((acc, part) => acc.concat(part), []));
const counts = ["x", "y", "x", "z", "x"].reduce((acc, k) => {
  acc[k] = (acc[k] ?? 0) + 1;
  return acc;
}, {});
console.log(counts);
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log([7].reduce((a, b) => a * b), [].reduce((a, b) => a + b, "init"));
