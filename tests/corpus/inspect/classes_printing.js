// Classes and their instances.
class A {}
class B extends A {}
const Anon = class {};
console.log(A, B, Anon);
console.log([A], { cls: B });
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
console.log(new Point(1, 2), [new Point(3, 4)]);
console.log(new A(), new B());
class WithPrivate {
  #hidden = 1;
  shown = 2;
}
console.log(new WithPrivate());
class Empty {}
console.log({ instance: new Empty() });
