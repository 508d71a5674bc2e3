// JSON.stringify: indentation, skipped values, nesting.
const data = {
  name: "Ada",
  age: 36,
  skills: ["math", "poetry"],
  address: { city: "London", zip: null },
  nothing: undefined,
  fn() {},
  sym: Symbol("s"),
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([undefined, function () {}, Symbol("x"), NaN, Infinity, -0]));
console.log(JSON.stringify("he said \"hi\"\n"), JSON.stringify(42), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, "--"));
console.log(JSON.stringify(new Date(0)), JSON.stringify({ d: new Date(Date.UTC(2020, 1, 3)) }));
console.log(JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
