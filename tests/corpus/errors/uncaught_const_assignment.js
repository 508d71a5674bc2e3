// Assigning to a const binding.
const limit = 10;
console.log("limit is", limit);
limit = 20;
console.log("never printed");
