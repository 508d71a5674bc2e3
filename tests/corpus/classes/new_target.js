// new.target tells a function how it was called.
function Flexible(name) {
  if (!new.target) {
    return new Flexible(name);
  }
  this.name = name;
}
console.log(Flexible("called").name, new Flexible("newed").name);

class Shape {
  constructor() {
    if (new.target === Shape) {
      throw new TypeError("Shape is abstract");
    }
    this.kind = new.target.name;
  }
}
class Circle extends Shape {}
console.log(new Circle().kind);
try {
  new Shape();
} catch (e) {
  console.log(e.message);
}
function check() {
  return new.target === undefined;
}
console.log(check(), new check() instanceof check);
