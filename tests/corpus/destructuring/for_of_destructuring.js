// Destructuring in for-of loops over entries, Maps and arrays of objects.
const scores = { ada: 90, bob: 72 };
for (const [name, score] of Object.entries(scores)) {
  console.log(`${name}: ${score}`);
}
const people = [{ name: "Cy", tags: ["x"] }, { name: "Di", tags: [] }];
for (const { name, tags: [firstTag = "none"] } of people) {
  console.log(name, firstTag);
}
const m = new Map([[1, { label: "one" }], [2, { label: "two" }]]);
for (const [key, { label }] of m) {
  console.log(key, label);
}
for (const [i, ch] of [..."ab"].entries()) console.log(i, ch);
