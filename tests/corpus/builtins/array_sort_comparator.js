// sort: default string order, numeric comparators, and stability.
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(["banana", "Apple", "cherry", "apple"].sort());
const people = [
  { name: "ada", age: 30 }, { name: "bob", age: 25 }, { name: "cy", age: 30 },
  { name: "di", age: 25 }, { name: "ed", age: 30 }, { name: "fay", age: 20 },
];
const byAge = people.sort((a, b) => a.age - b.age);
console.log(byAge.map(p => p.name + ":" + p.age).join(" "));
console.log(byAge === people);
console.log([3, undefined, 1, , 2].sort());
console.log(["b", "a", "c"].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
const big = Array.from({ length: 30 }, (_, i) => ({ key: i % 3, order: i }));
big.sort((a, b) => a.key - b.key);
console.log(big.filter(o => o.key === 1).map(o => o.order).join(","));
