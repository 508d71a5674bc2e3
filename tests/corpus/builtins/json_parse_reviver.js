// JSON.parse with and without a reviver; syntax errors.
const text = '{"name":"Ada","born":"1815-12-10T00:00:00.000Z","langs":["en","fr"],"n":1.5e2}';
const plain = JSON.parse(text);
console.log(plain, typeof plain.born);
const revived = JSON.parse(text, (key, value) =>
  key === "born" ? new Date(value).getUTCFullYear() : value
);
console.log(revived.born, revived.n);
const order = [];
JSON.parse('{"a":{"b":1},"c":[2]}', (k, v) => {
  order.push(k);
  return v;
});
console.log(order);
console.log(JSON.parse("[1, 2, 3]", (k, v) => (typeof v === "number" ? v * 2 : v)));
console.log(JSON.parse('"just a string"'), JSON.parse("null"), JSON.parse(" true "));
for (const bad of ["{'a':1}", "[1,]", "", "{\"a\":1}x"]) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log("bad input:", JSON.stringify(bad), e.name);
  }
}
