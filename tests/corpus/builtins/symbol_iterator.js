// Making an object iterable with Symbol.iterator.
const range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    let current = this.from;
    const last = this.to;
    return {
      next: () => (current <= last ? { value: current++, done: false } : { value: undefined, done: true }),
    };
  },
};
console.log([...range]);
for (const n of range) console.log("n =", n);
console.log(Math.max(...range), Array.from(range, x => x * x));
const [first, ...others] = range;
console.log(first, others);
const arrIter = [10, 20][Symbol.iterator]();
console.log(arrIter.next(), arrIter.next(), arrIter.next());
