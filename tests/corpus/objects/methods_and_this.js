// Methods use `this` to reach their object; losing the object loses `this`.
const counter = {
  count: 0,
  increment() {
    this.count++;
    return this;
  },
  report() {
    return `count=${this.count}`;
  },
};
console.log(counter.increment().increment().report());
const { report } = counter;
try {
  console.log(report());
} catch (e) {
  console.log(e.name);
}
const bound = counter.report.bind(counter);
console.log(bound());
const other = { count: 99, report: counter.report };
console.log(other.report());
