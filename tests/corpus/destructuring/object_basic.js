// Object destructuring: names, renaming, defaults.
const user = { name: "Ada", age: 36, city: undefined, role: null };
const { name, age } = user;
console.log(name, age);
const { name: fullName, country = "UK" } = user;
console.log(fullName, country);
const { city = "unknown", role = "guest" } = user;
console.log(city, role);
const { length } = "hello";
console.log(length);
const { missing } = user;
console.log(missing);
let a, b;
({ a, b = a * 2 } = { a: 5 });
console.log(a, b);
const key = "age";
const { [key]: computed } = user;
console.log(computed);
