// Class bodies are strict: a detached method has this === undefined.
class Counter {
  count = 0;
  increment() {
    this.count++;
    return this.count;
  }
  arrow = () => {
    this.count++;
    return this.count;
  };
}
const c = new Counter();
const detached = c.increment;
try {
  detached();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const arrow = c.arrow;
console.log(arrow(), c.count);
console.log([1, 2].map(() => c.increment()));
const bound = c.increment.bind(c);
console.log(bound());
