// in, instanceof and typeof.
const car = { make: "X", year: undefined };
console.log("make" in car, "year" in car, "model" in car, "toString" in car);
console.log(0 in [5], 1 in [5], "length" in []);
class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, d instanceof Array);
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
function Legacy() {}
console.log(new Legacy() instanceof Legacy);
try {
  "x" in "string";
} catch (e) {
  console.log(e.name);
}
try {
  d instanceof {};
} catch (e) {
  console.log(e.name);
}
console.log(typeof d, typeof Dog, typeof null, typeof NaN, typeof [].map);
