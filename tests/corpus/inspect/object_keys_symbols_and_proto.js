// Non-enumerable properties are hidden; symbol keys are shown.
const obj = { visible: 1 };
Object.defineProperty(obj, "hidden", { value: 2, enumerable: false });
obj[Symbol("sym")] = 3;
console.log(obj);
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log(child);
function Legacy() {
  this.x = 1;
}
console.log(new Legacy());
const anonCtor = new (function () { this.y = 2; })();
console.log(anonCtor);
