// Accessor properties are shown without being called.
const obj = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; },
  set both(v) {},
  plain: 3,
};
console.log(obj);
class Temp {
  get celsius() { return 20; }
}
console.log(new Temp(), Object.keys(obj));
const defined = Object.defineProperty({}, "hidden", { get() { return 1; }, enumerable: false });
console.log(defined);
