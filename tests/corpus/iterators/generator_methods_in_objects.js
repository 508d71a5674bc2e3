// Generator methods in objects and classes.
const obj = {
  *pairs() {
    yield ["a", 1];
    yield ["b", 2];
  },
};
console.log(new Map(obj.pairs()).get("b"));
class Matrix {
  constructor(rows) {
    this.rows = rows;
  }
  *[Symbol.iterator]() {
    for (const row of this.rows) yield* row;
  }
  *cells() {
    for (let r = 0; r < this.rows.length; r++) {
      for (let c = 0; c < this.rows[r].length; c++) yield `${r},${c}=${this.rows[r][c]}`;
    }
  }
}
const m = new Matrix([[1, 2], [3, 4]]);
console.log([...m], [...m.cells()].join(" "));
const genArrow = function* () { yield this === undefined ? "no this" : "has this"; };
console.log(genArrow.call({}).next().value);
