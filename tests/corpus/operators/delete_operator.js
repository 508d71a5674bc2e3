// delete removes own properties and reports success.
const obj = { a: 1, b: 2 };
console.log(delete obj.a, obj, "a" in obj);
console.log(delete obj.missing);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr);
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
const fixed = {};
Object.defineProperty(fixed, "p", { value: 1, configurable: false });
console.log(delete fixed.p);
function strictDelete() {
  "use strict";
  try {
    delete fixed.p;
  } catch (e) {
    return e.name;
  }
}
console.log(strictDelete());
const proto = { shared: "yes" };
const child = Object.create(proto);
child.shared = "own";
delete child.shared;
console.log(child.shared);
