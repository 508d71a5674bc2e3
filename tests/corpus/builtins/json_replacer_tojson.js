// JSON.stringify replacers (array and function) and toJSON.
const user = { id: 7, name: "Ada", password: "secret", meta: { id: 1, note: "x" } };
console.log(JSON.stringify(user, ["id", "name", "meta"]));
console.log(JSON.stringify(user, (key, value) => (key === "password" ? undefined : value)));
console.log(JSON.stringify({ a: 1, b: "2" }, (k, v) => (typeof v === "number" ? v * 100 : v)));
const keys = [];
JSON.stringify({ x: { y: [1] } }, function (key, value) {
  keys.push(key === "" ? "(root)" : key);
  return value;
});
console.log(keys);
class Money {
  constructor(cents) {
    this.cents = cents;
  }
  toJSON(key) {
    return `${(this.cents / 100).toFixed(2)} EUR (${key})`;
  }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
try {
  const loop = {};
  loop.self = loop;
  JSON.stringify(loop);
} catch (e) {
  console.log(e.name, e.message.split("\n")[0]);
}
