// Prototype chains: lookup, shadowing, and hasOwnProperty.
const animal = {
  kind: "animal",
  describe() {
    return `${this.name} is a ${this.kind}`;
  },
};
const dog = Object.create(animal);
dog.name = "Rex";
dog.kind = "dog";
const cat = Object.create(animal);
cat.name = "Tom";
console.log(dog.describe(), "|", cat.describe());
console.log(Object.getPrototypeOf(dog) === animal);
console.log(dog.hasOwnProperty("kind"), cat.hasOwnProperty("kind"));
animal.sound = "...";
console.log(cat.sound);
console.log(Object.getPrototypeOf(animal) === Object.prototype);
console.log(Object.getPrototypeOf(Object.prototype));
console.log(animal.isPrototypeOf(dog), Object.prototype.isPrototypeOf(dog));
