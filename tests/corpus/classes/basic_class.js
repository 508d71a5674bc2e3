// A class with a constructor and methods.
class Rectangle {
  constructor(width, height) {
    this.width = width;
    this.height = height;
  }
  area() {
    return this.width * this.height;
  }
  scale(factor) {
    return new Rectangle(this.width * factor, this.height * factor);
  }
}
const r = new Rectangle(2, 3);
console.log(r.area(), r.scale(2).area());
console.log(r);
console.log(typeof Rectangle, Object.getOwnPropertyNames(Rectangle.prototype));
console.log(Object.keys(r), r instanceof Rectangle);
try {
  Rectangle(1, 2);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
