// A class whose instances are iterable, with a return() hook for early exit.
class Countdown {
  constructor(start) {
    this.start = start;
  }
  [Symbol.iterator]() {
    let n = this.start;
    return {
      next() {
        return n > 0 ? { value: n--, done: false } : { value: undefined, done: true };
      },
      return() {
        console.log("  cleanup: stopped early at", n);
        return { done: true };
      },
    };
  }
}
console.log([...new Countdown(3)]);
for (const n of new Countdown(5)) {
  if (n === 3) break;
  console.log("n", n);
}
const [first, second] = new Countdown(4);
console.log(first, second);
