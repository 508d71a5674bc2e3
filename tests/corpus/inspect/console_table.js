// console.table renders rows and columns.
console.table([
  { name: "Ada", year: 1815 },
  { name: "Alan", year: 1912 },
]);
console.table({ x: { a: 1 }, y: { a: 2, b: 3 } });
console.table(["apples", "pears"]);
