// Promises show their state; iterators and generators have their own tags.
console.log(Promise.resolve(42));
console.log(new Promise(() => {}));
const rejected = Promise.reject(new Error("x"));
rejected.catch(() => {});
console.log(Promise.resolve({ a: [1] }));
function* gen() {}
console.log(gen());
console.log([1, 2][Symbol.iterator]());
console.log(new Map([[1, 2]]).entries());
