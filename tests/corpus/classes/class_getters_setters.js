// Accessors in classes live on the prototype.
class Person {
  #first;
  #last;
  constructor(first, last) {
    this.#first = first;
    this.#last = last;
  }
  get fullName() {
    return `${this.#first} ${this.#last}`;
  }
  set fullName(value) {
    [this.#first, this.#last] = value.split(" ");
  }
  get initials() {
    return this.#first[0] + this.#last[0];
  }
}
const p = new Person("Ada", "Lovelace");
console.log(p.fullName, p.initials);
p.fullName = "Grace Hopper";
console.log(p.fullName, p.initials);
p.initials = "XX";
console.log(p.initials);
const desc = Object.getOwnPropertyDescriptor(Person.prototype, "fullName");
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
console.log(Object.keys(p));
