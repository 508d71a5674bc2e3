// Accessors found on the prototype run with `this` set to the instance.
const shape = {
  get area() {
    return this.w * this.h;
  },
  set size(s) {
    this.w = s;
    this.h = s;
  },
};
const sq = Object.create(shape);
sq.size = 4;
console.log(sq.area, Object.keys(sq));
const rect = Object.create(shape);
rect.w = 2;
rect.h = 3;
console.log(rect.area);
Object.defineProperty(rect, "area", { value: "shadowed", enumerable: true });
console.log(rect.area, sq.area);
