// Reading a property of null.
const items = [{ value: 1 }, { value: 2 }];
const found = items.find(item => item.value > 5) ?? null;
console.log("found:", found);
console.log(found.value);
console.log("never printed");
