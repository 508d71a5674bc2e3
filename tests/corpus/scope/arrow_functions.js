// Arrow functions: concise bodies, object literals, and lexical this.
const double = x => x * 2;
const sum = (a, b) => a + b;
const makePoint = (x, y) => ({ x, y });
const noArgs = () => "nothing";
console.log(double(4), sum(2, 3), makePoint(1, 2).y, noArgs());

const counter = {
  count: 0,
  start() {
    const tick = () => {
      this.count++;
      return this.count;
    };
    tick();
    return tick();
  },
};
console.log(counter.start());

const list = [1, 2, 3].map((n, i) => n * i);
console.log(list.join(","));
