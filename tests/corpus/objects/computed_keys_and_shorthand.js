// Computed property names, shorthand properties and methods.
const prefix = "user";
let i = 0;
const obj = {
  [prefix + "Name"]: "ada",
  [`${prefix}Id`]: 7,
  [++i]: "one",
  [++i]: "two",
  ["a" + "b"]() {
    return "method ab";
  },
};
console.log(obj);
console.log(obj.ab());

const x = 1;
const y = 2;
const point = { x, y, toString() { return `(${this.x},${this.y})`; } };
console.log(String(point), point.x + point.y);

const sym = Symbol("tag");
const withSym = { [sym]: "symbol value", regular: true };
console.log(withSym[sym], Object.keys(withSym));
