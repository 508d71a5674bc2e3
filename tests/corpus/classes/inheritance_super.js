// extends and super: constructors and overridden methods.
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  toString() {
    return `Animal(${this.name})`;
  }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return super.speak() + " (woof)";
  }
}
class Puppy extends Dog {
  speak() {
    return super.speak().toUpperCase();
  }
}
const d = new Dog("Rex", "lab");
const p = new Puppy("Bit", "pug");
console.log(d.speak());
console.log(p.speak());
console.log(String(p), p);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal);
console.log(Object.getPrototypeOf(Puppy) === Dog, Puppy.name);
