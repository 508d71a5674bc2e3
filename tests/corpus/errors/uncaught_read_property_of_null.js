// Reading a property of null.
const found = [1, 2, 3].find(n => n > 5) ?? null;
console.log("found:", found);
console.log(found.value);
