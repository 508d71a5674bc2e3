// Only iterables can be spread into arrays or calls.
try {
  const arr = [...{ a: 1 }];
} catch (e) {
  console.log(e.name, e.message.includes("is not iterable"));
}
try {
  Math.max(...123);
} catch (e) {
  console.log(e.name);
}
const iterable = {
  *[Symbol.iterator]() {
    yield "made";
    yield "iterable";
  },
};
console.log([...iterable].join(" "));
const arrayLike = { 0: "a", 1: "b", length: 2 };
console.log(Array.from(arrayLike));
