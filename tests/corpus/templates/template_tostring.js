// Interpolation calls toString (via ToString), not valueOf first.
const temp = {
  valueOf() { return 21; },
  toString() { return "twenty-one"; },
};
console.log(`${temp}`, "" + temp, temp + 0);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2);
console.log(`p = ${p}`, "p = " + p);
console.log(`${[1, [2, 3]]}`, `${new Date(0).toISOString()}`);
try {
  console.log(`${Symbol("s")}`);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log(`${Symbol("s").toString()}`);
