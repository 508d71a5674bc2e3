// instanceof follows the prototype chain; Symbol.hasInstance can customise it.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A);
Object.setPrototypeOf(b, null);
console.log(b instanceof A);
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
console.log(Object.getPrototypeOf(B.prototype) === A.prototype);
console.log(A.prototype.isPrototypeOf(new B()));
