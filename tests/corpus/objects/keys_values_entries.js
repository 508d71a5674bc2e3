// Object.keys/values/entries/fromEntries and getOwnPropertyNames.
const scores = { ada: 10, bob: 7, cy: 12 };
console.log(Object.keys(scores));
console.log(Object.values(scores));
console.log(Object.entries(scores));
const doubled = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v * 2]));
console.log(doubled);
console.log(Object.fromEntries(new Map([["x", 1], ["y", 2]])));
const withHidden = Object.defineProperty({ shown: 1 }, "hidden", { value: 2 });
console.log(Object.keys(withHidden), Object.getOwnPropertyNames(withHidden));
console.log(Object.getOwnPropertyNames([1, 2]));
console.log(Object.keys("ab"), Object.entries([7, 8]));
