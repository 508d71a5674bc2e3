// Constructor functions and methods on the prototype.
function Person(name) {
  this.name = name;
}
Person.prototype.greet = function () {
  return "Hi, I'm " + this.name;
};
Person.prototype.species = "human";
const a = new Person("Ada");
const b = new Person("Bob");
console.log(a.greet(), b.greet());
console.log(a.greet === b.greet, a.species);
console.log(a.constructor === Person, Object.getPrototypeOf(a) === Person.prototype);
console.log(a instanceof Person, Object.keys(a));
console.log(a);

function Student(name, school) {
  Person.call(this, name);
  this.school = school;
}
Student.prototype = Object.create(Person.prototype);
Student.prototype.constructor = Student;
const s = new Student("Cy", "MIT");
console.log(s.greet(), s.school, s instanceof Person);

function ReturnsObject() {
  this.ignored = true;
  return { replaced: true };
}
console.log(new ReturnsObject());
